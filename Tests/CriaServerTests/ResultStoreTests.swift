import CriaKit
import Foundation
import XCTest

@testable import CriaServer

/// Kept results are bounded by count and by size, oldest dropped first.
final class ResultStoreTests: XCTestCase {
    private func checked(_ name: String) throws -> CheckedDocument {
        let check = MemoryCheck(pack: ServerHarness.pack)
        let proposal = try check.proposal(bytes: Array(try ServerHarness.fixture("samples/dfe-kinship-allowance-pilot.xml")), name: name)
        return CheckedDocument(id: ResultStore.newID(), name: name, assessment: try check.assess(proposal), view: DocumentView(proposal))
    }

    func testTheOldestResultsGoFirstByCountAndBySize() async throws {
        let documents = try (1...3).map { try checked("d\($0).xml") }
        XCTAssertNotEqual(documents[0].id, documents[1].id)
        XCTAssertEqual(documents[0].id.count, 32)

        let byCount = ResultStore(capacity: 2, maxBytes: .max)
        for document in documents { await byCount.keep(document) }
        let keptByCount = await [byCount.document(id: documents[0].id), byCount.document(id: documents[1].id), byCount.document(id: documents[2].id)]
        XCTAssertEqual(keptByCount.map { $0?.name }, [nil, "d2.xml", "d3.xml"])

        // Room for about two: the size of one document's text is well over 10 kB.
        let size = documents[0].approximateBytes
        XCTAssertGreaterThan(size, 10_000)
        let bySize = ResultStore(capacity: 64, maxBytes: size * 2 + size / 2)
        for document in documents { await bySize.keep(document) }
        let keptBySize = await [bySize.document(id: documents[0].id), bySize.document(id: documents[1].id), bySize.document(id: documents[2].id)]
        XCTAssertEqual(keptBySize.map { $0?.name }, [nil, "d2.xml", "d3.xml"])

        // The newest is kept even when it alone is over the limit.
        let tiny = ResultStore(capacity: 64, maxBytes: 1)
        for document in documents { await tiny.keep(document) }
        let newest = await tiny.document(id: documents[2].id)
        let older = await tiny.document(id: documents[1].id)
        XCTAssertEqual(newest?.name, "d3.xml")
        XCTAssertNil(older)
    }
}
