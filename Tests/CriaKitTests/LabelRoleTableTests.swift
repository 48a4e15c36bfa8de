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
}
