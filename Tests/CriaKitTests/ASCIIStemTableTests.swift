import XCTest

@testable import CriaKit

/// The table of a vocabulary's ASCII stems, built from the stems or taken back as the
/// matcher's cache kept it.
final class ASCIIStemTableTests: XCTestCase {
    private let stems = ["child", "view", "parti", "gcse", "café", "K\u{212A}", "e\u{301}", "plan"]

    private func id(_ table: ASCIIStemTable, _ spelled: String) -> Int32? {
        Array(spelled.utf8).withUnsafeBufferPointer { table.id(of: $0) }
    }

    private func parts(_ table: ASCIIStemTable) -> (keyBytes: [UInt8], keyStarts: [Int32], keyEnds: [Int32], ids: [Int32], slots: [Int32]) {
        (table.keyBytes, table.keyStarts, table.keyEnds, table.ids, table.slots)
    }

    private func rebuilt(
        _ table: ASCIIStemTable, keyBytes: [UInt8]? = nil, keyStarts: [Int32]? = nil, keyEnds: [Int32]? = nil, ids: [Int32]? = nil,
        slots: [Int32]? = nil, stemCount: Int? = nil
    ) -> ASCIIStemTable? {
        ASCIIStemTable(
            keyBytes: keyBytes ?? table.keyBytes, keyStarts: keyStarts ?? table.keyStarts, keyEnds: keyEnds ?? table.keyEnds,
            ids: ids ?? table.ids, slots: slots ?? table.slots, seed: table.seed, stemCount: stemCount ?? stems.count)
    }

    func testATableTakenBackFromItsPartsFindsWhatTheBuiltOneFinds() throws {
        let built = ASCIIStemTable(stems: stems)
        let taken = try XCTUnwrap(rebuilt(built))
        // "KK" is the Kelvin sign's canonical composition, "é" spelled as e and an accent is not ASCII.
        let asked = ["child", "view", "parti", "gcse", "plan", "KK", "caf", "children", "e", ""]
        XCTAssertEqual(asked.map { id(built, $0) }, [0, 1, 2, 3, 7, 5, nil, nil, nil, nil])
        XCTAssertEqual(asked.map { id(taken, $0) }, asked.map { id(built, $0) })
    }

    func testPartsThatWouldReadOutOfBoundsOrNeverEndAreRefused() {
        let built = ASCIIStemTable(stems: stems)
        let entries = Int32(built.ids.count)
        XCTAssertNil(rebuilt(built, stemCount: 3), "an id past the stems")
        XCTAssertNil(rebuilt(built, keyBytes: Array(built.keyBytes.dropLast())), "a key past the bytes")
        XCTAssertNil(rebuilt(built, keyStarts: built.keyStarts.map { $0 + 1 }, keyEnds: built.keyStarts), "a key ending before it starts")
        XCTAssertNil(rebuilt(built, ids: Array(built.ids.dropLast())), "fewer ids than keys")
        XCTAssertNil(rebuilt(built, slots: built.slots.map { $0 == 0 ? entries + 1 : $0 }), "a slot naming no entry")
        XCTAssertNil(rebuilt(built, slots: built.slots.map { $0 == 0 ? 1 : $0 }), "no empty slot: a lookup would not end")
        XCTAssertNil(rebuilt(built, slots: Array(built.slots.dropLast())), "a slot count that is not a power of two")
        XCTAssertNil(rebuilt(built, slots: []), "no slots")
        XCTAssertNotNil(rebuilt(built))
    }
}
