import XCTest

@testable import CriaKit

final class LabelRoleTableTests: XCTestCase {
    func testFindsEveryLabelAndNothingElse() {
        var roles: [String: Int] = [:]
        for (n, label) in ["Part", "Chapter", "P1group", "ExplanatoryNotes", "Pnumber", "BlockAmendment", "é", "a-very-long-element-name-indeed"].enumerated() {
            roles[label] = n
        }
        let table = LabelRoleTable(roles)
        for (label, role) in roles { XCTAssertEqual(table[label], role, label) }
        for label in ["", "part", "P1", "Chapters", "ExplanatoryNote", "e", "a-very-long-element-name-indeeD"] {
            XCTAssertNil(table[label], label)
        }
    }

    func testMemoAnswersAsTheTableDoes() {
        let table = LabelRoleTable(["Part": 1, "Chapter": 2, "a-very-long-element-name-indeed": 3])
        var memo = LabelRoleMemo(table)
        // Equal labels with other bits (a small string built anew, long strings in two
        // storages) and more labels than slots, so that slots are taken over.
        let labels =
            [
                "Part", "Chapter", String("Par") + "t", "a-very-long-element-name-indeed",
                String("a-very-long-element-") + "name-indeed", "P1", "",
            ] + (0..<200).map { "Label\($0)" }
        for _ in 0..<3 {
            for label in labels { XCTAssertEqual(memo[label], table[label], label) }
        }
    }
}
