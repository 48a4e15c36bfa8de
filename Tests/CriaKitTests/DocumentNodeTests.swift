import XCTest
@testable import CriaKit

final class DocumentNodeTests: XCTestCase {
    func testMixedContentReadsInOrder() {
        let p = DocumentNode(kind: .element, label: "p", path: "/p", location: .unknown)
        p.appendText("Some ")
        let em = DocumentNode(kind: .element, label: "em", path: "/p/em", location: .unknown)
        em.appendText("emphasis")
        em.isInline = true
        p.appendChild(em)
        p.appendText(" here.")
        XCTAssertEqual(p.fullText, "Some emphasis here.")
        XCTAssertEqual(p.ownText, "Some emphasis here.")
    }
}
