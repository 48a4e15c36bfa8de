import CriaHistory
import XCTest

/// A moved or re-saved file is the same document (same version); an edited one is a new
/// version of it; a department reference holds across a move and an edit together.
final class DocumentIdentityTests: XCTestCase {
    func testMovesAndEditsKeepTheDocumentAndCountVersions() throws {
        let temporary = try TemporaryStore()
        let store = try temporary.open()
        try store.record(
            "P1", "2026-01-01",
            [
                document("a/moved.xml", hash: "h-moved"),
                document("a/edited.xml", hash: "h-edited-1"),
                document("a/referenced.xml", hash: "h-ref-1", reference: "DFE-2026-001"),
            ])
        try store.record(
            "P2", "2026-04-01",
            [
                document("b/moved.xml", hash: "h-moved"),  // moved, same bytes
                document("a/edited.xml", hash: "h-edited-2"),  // edited in place
                document("c/renamed.xml", hash: "h-ref-2", reference: "DFE-2026-001"),  // moved and edited, same reference
                document("a/copy-of-moved.xml", hash: "h-moved"),  // a second copy: its own document
            ])

        let moved = try store.document("b/moved.xml")
        XCTAssertEqual(moved.observations.map(\.path), ["a/moved.xml", "b/moved.xml"])
        XCTAssertEqual(moved.observations.map(\.version), [1, 1])

        let edited = try store.document("a/edited.xml")
        XCTAssertEqual(edited.observations.map(\.point), ["P1", "P2"])
        XCTAssertEqual(edited.observations.map(\.version), [1, 2])

        let referenced = try store.document("DFE-2026-001")
        XCTAssertEqual(referenced.reference, "DFE-2026-001")
        XCTAssertEqual(referenced.observations.map(\.path), ["a/referenced.xml", "c/renamed.xml"])
        XCTAssertEqual(referenced.observations.map(\.version), [1, 2])

        let copy = try store.document("a/copy-of-moved.xml")
        XCTAssertEqual(copy.observations.map(\.point), ["P2"])
        XCTAssertNotEqual(copy.document, moved.document)

        let diff = try store.diff(from: "P1", to: "P2")
        XCTAssertEqual(diff.added.map(\.path), ["a/copy-of-moved.xml"])
        XCTAssertEqual(diff.removed, [])
    }

    func testAReSavedFileReturningToAnEarlierContentIsThatVersion() throws {
        let temporary = try TemporaryStore()
        let store = try temporary.open()
        try store.record("P1", "2026-01-01", [document("x.xml", hash: "one")])
        try store.record("P2", "2026-02-01", [document("x.xml", hash: "two")])
        try store.record("P3", "2026-03-01", [document("moved/x.xml", hash: "one")])
        XCTAssertEqual(try store.document("x.xml").observations.map(\.version), [1, 2, 1])
    }

    /// Copies of one proposal in one batch share its reference: the first keeps it, each is a
    /// document of its own, and the next point matches them again the same way.
    func testCopiesGivingTheSameReferenceAreSeparateDocuments() throws {
        let temporary = try TemporaryStore()
        let store = try temporary.open()
        let copies = (1...3).map { document("in/p\($0).xml", hash: "same", reference: "DFE-7") }
        try store.record("P1", "2026-01-01", copies)
        try store.record("P2", "2026-02-01", copies)
        XCTAssertEqual(try store.points().map(\.documents), [3, 3])
        XCTAssertEqual(try store.document("DFE-7").observations.map(\.path), ["in/p1.xml", "in/p1.xml"])
        XCTAssertEqual(try store.document("in/p3.xml").observations.map(\.path), ["in/p3.xml", "in/p3.xml"])
        XCTAssertEqual(try store.diff(from: "P1", to: "P2").added, [])
    }

    func testReportsWithoutHashesMatchByPath() throws {
        let temporary = try TemporaryStore()
        let store = try temporary.open()
        try store.record("P1", "2026-01-01", [document("x.xml")])
        try store.record("P2", "2026-02-01", [document("x.xml"), document("y.xml")])
        XCTAssertEqual(try store.document("x.xml").observations.map(\.version), [1, 1])
        XCTAssertEqual(try store.points().map(\.documents), [1, 2])
    }
}
