import Foundation
import XCTest

@testable import CriaKit

final class WorkflowBaselineTests: XCTestCase {
    func testBaselineSurvivesLinesInsertedAtTheTop() throws {
        let fixture = try WorkflowFixture()
        let before = try fixture.check(WorkflowFixture.failingXML, file: "proposal.xml")
        XCTAssertEqual(before.findings.count, 2)
        let path = fixture.root + "/baseline.json"
        try CheckBaseline(assessments: [before]).write(to: path)
        let written = try String(contentsOfFile: path, encoding: .utf8)
        XCTAssertTrue(written.contains("\"version\": 1"), written)
        XCTAssertFalse(written.contains("line"), "never line numbers: \(written)")

        let edited = String(repeating: "<!-- a comment line added later -->\n", count: 5) + WorkflowFixture.failingXML
        let after = try fixture.check(edited, file: "proposal.xml")
        XCTAssertNotEqual(result(after, "views")?.location.line, result(before, "views")?.location.line, "the finding moved")
        let baseline = try CheckBaseline.read(path: path)
        let (filtered, known) = baseline.filter([after])
        XCTAssertEqual(known, 2)
        XCTAssertTrue(filtered[0].findings.isEmpty)
    }

    func testNewFindingsAreStillReported() throws {
        let fixture = try WorkflowFixture()
        let passing = "<proposal>\n<voice-of-the-child>We held workshops with 240 pupils in ten schools across the county.</voice-of-the-child>\n<summary>The plan follows Article 3.</summary>\n</proposal>\n"
        let baseline = CheckBaseline(assessments: [try fixture.check(passing)])
        XCTAssertTrue(baseline.entries.isEmpty)
        let (filtered, known) = baseline.filter([try fixture.check(WorkflowFixture.failingXML)])
        XCTAssertEqual(known, 0)
        XCTAssertEqual(filtered[0].findings.map(\.ruleID).sorted(), ["best-interests", "views"])
    }

    func testBadBaselineFileIsAnInputError() throws {
        let fixture = try WorkflowFixture()
        let path = try fixture.write("b.json", #"{"version": 9, "tool": "cria", "findings": []}"#)
        XCTAssertThrowsError(try CheckBaseline.read(path: path)) { error in
            XCTAssertTrue((error as? InputError)?.message.contains("version 9") == true)
        }
    }
}
