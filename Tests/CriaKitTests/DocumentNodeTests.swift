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

    func testTextRunsJoinAndKeepTheirPlaceBeforeChildren() {
        let p = DocumentNode(kind: .element, label: "p", path: "/p", location: .unknown)
        p.appendText("One ")
        p.appendText("two")
        guard case .text(let sole)? = p.pieces.first else { return XCTFail("no text") }
        XCTAssertEqual(sole, "One two")
        XCTAssertEqual(p.pieces.count, 1)
        p.appendChild(DocumentNode(kind: .element, label: "b", path: "/p/b", location: .unknown))
        p.appendText(" three")
        XCTAssertEqual(p.pieces.count, 3)
        guard case .child(0) = p.pieces[1], case .text(" three") = p.pieces[2] else { return XCTFail("pieces out of order") }
    }

    func testParentIsNilOnceTheParentIsGone() {
        var parent: DocumentNode? = DocumentNode(kind: .element, label: "a", path: "/a", location: .unknown)
        let child = DocumentNode(kind: .element, label: "b", path: "/a/b", location: .unknown)
        let grandchild = DocumentNode(kind: .element, label: "c", path: "/a/b/c", location: .unknown)
        parent!.appendChild(child)
        child.appendChild(grandchild)
        XCTAssertTrue(child.parent === parent)
        parent = nil
        XCTAssertNil(child.parent)
        XCTAssertTrue(grandchild.parent === child)
    }

    func testKeptGrandchildLosesItsReleasedParent() {
        var root: DocumentNode? = DocumentNode(kind: .element, label: "a", path: "/a", location: .unknown)
        let grandchild = DocumentNode(kind: .element, label: "c", path: "/a/b/c", location: .unknown)
        do {
            let child = DocumentNode(kind: .element, label: "b", path: "/a/b", location: .unknown)
            root!.appendChild(child)
            child.appendChild(grandchild)
        }
        root = nil
        XCTAssertNil(grandchild.parent)
    }

    func testNodeInTwoParentsNamesTheLaterWhileItLives() {
        let first = DocumentNode(kind: .element, label: "a", path: "/a", location: .unknown)
        var second: DocumentNode? = DocumentNode(kind: .element, label: "b", path: "/b", location: .unknown)
        let child = DocumentNode(kind: .element, label: "c", path: "/c", location: .unknown)
        first.appendChild(child)
        second!.appendChild(child)
        XCTAssertTrue(child.parent === second)
        second = nil
        XCTAssertNil(child.parent)
        XCTAssertTrue(first.children.first === child)
    }

    func testPathTableSpellsOutStepsFromTheRoot() {
        let table = PathTable()
        let proposal = table.addLabel("proposal"), section = table.addLabel("section"), p = table.addLabel("p")
        let root = table.append(parent: nil, label: proposal, number: nil)
        let third = table.append(parent: root, label: section, number: 3)
        let deep = table.append(parent: third, label: p, number: 12)
        XCTAssertEqual(table.path(at: root), "/proposal")
        XCTAssertEqual(table.path(at: third), "/proposal/section[3]")
        XCTAssertEqual(table.path(at: deep), "/proposal/section[3]/p[12]")
        let node = DocumentNode(kind: .element, label: "p", pathEntry: deep, in: table, location: .unknown)
        XCTAssertEqual(node.path, "/proposal/section[3]/p[12]")
        XCTAssertEqual(node.path, "/proposal/section[3]/p[12]")
    }

    func testPositionsCountScalarsAndResumeOrRestart() {
        let text = Array("ab\ncé€😀x\n\nyz".utf8)
        text.withUnsafeBufferPointer { buffer in
            var counter = SourcePositionCounter(bytes: buffer)
            XCTAssertEqual(counter.location(ofOffset: 0), SourceLocation(line: 1, column: 1))
            XCTAssertEqual(counter.location(ofOffset: 2), SourceLocation(line: 1, column: 3))
            let x = text.firstIndex(of: UInt8(ascii: "x"))!
            XCTAssertEqual(counter.location(ofOffset: x), SourceLocation(line: 2, column: 5))
            XCTAssertEqual(counter.location(ofOffset: text.count - 1), SourceLocation(line: 4, column: 2))
            XCTAssertEqual(counter.location(ofOffset: 1), SourceLocation(line: 1, column: 2))
            XCTAssertEqual(counter.location(ofOffset: 10_000), SourceLocation(line: 4, column: 3))
        }
    }

    func testLastOffsetFindsTheNearestByteBeforeTheEnd() {
        let bytes = Array("<a x='1'>text<b attr='long value here'".utf8)
        bytes.withUnsafeBufferPointer { buffer in
            XCTAssertEqual(ByteSearch.lastOffset(of: UInt8(ascii: "<"), in: buffer, before: buffer.count), 13)
            XCTAssertEqual(ByteSearch.lastOffset(of: UInt8(ascii: "<"), in: buffer, before: 13), 0)
            XCTAssertEqual(ByteSearch.lastOffset(of: UInt8(ascii: "<"), in: buffer, before: 0), nil)
            XCTAssertEqual(ByteSearch.lastOffset(of: UInt8(ascii: "#"), in: buffer, before: buffer.count), nil)
            XCTAssertEqual(ByteSearch.lastOffset(of: UInt8(ascii: "e"), in: buffer, before: buffer.count), 36)
        }
    }
}
