import Foundation
import XCTest

@testable import CriaKit

/// The JSON report written straight as bytes must be the tree's serialization byte for byte,
/// and fingerprints hashed piece by piece the hash of the string they were first spelled as.
final class ReportBytesTests: XCTestCase {
    private func assessments() throws -> [Assessment] {
        let fixture = try WorkflowFixture()
        let waived = try fixture.check(WorkflowWaiverTests.waivedXML)
        let unused = try fixture.check(
            """
            <proposal>
              <title>Buses "for" the county\\path</title>
              <summary>Children and young people travel to school; families pay fares.\tTabs too.</summary>
              <cria-waiver rule="best-interests" by="Director" reason="Elsewhere."/>
            </proposal>

            """)
        let json = try fixture.check(
            #"{"summary": "A plan for buses across the county next year.", "annex": {"criaWaivers": [{"rule": "best-interests", "by": "Director", "reason": "Addressed in annex C."}]}}"#, file: "doc.json")
        return [waived, unused, json]
    }

    func testDocumentBytesAreTheTreeSerialized() throws {
        for assessment in try assessments() {
            for indent in [0, 1, 2, 3, 20] {
                var out = JSONBytes()
                JSONReport.writeDocument(assessment, at: indent, into: &out)
                XCTAssertEqual(out.string, JSONReport.document(assessment).serialized(nestedAt: indent), "indent \(indent)")
            }
        }
    }

    func testRenderIsTheTreeSerialized() throws {
        let assessments = try assessments()
        let errors = [InputError(file: "c.xml", location: SourceLocation(line: 3, column: 7), message: "bad \"quote\"")]
        let tree =
            JSONValue.object([
                ("tool", .object([("name", .string(ToolInfo.name)), ("version", .string(ToolInfo.version)), ("rules", .string("pack"))])),
                ("documents", .array(assessments.map(JSONReport.document))),
                ("errors", .array(errors.map(JSONReport.error))),
            ]).serialized() + "\n"
        XCTAssertEqual(JSONReport.render(assessments, errors: errors, rulesDirectory: "pack"), tree)
        let empty =
            JSONValue.object([
                ("tool", .object([("name", .string(ToolInfo.name)), ("version", .string(ToolInfo.version)), ("rules", .string("pack"))])),
                ("documents", .array([])),
                ("errors", .array([])),
            ]).serialized() + "\n"
        XCTAssertEqual(JSONReport.render([], errors: [], rulesDirectory: "pack"), empty)
    }

    func testIntegersAsStringWritesThem() {
        for value in [0, 7, 9, 10, 42, 99, 100, 12345, -1, -10, -987_654_321, Int.max, Int.min] {
            XCTAssertEqual(JSONValue.int(value).serialized(), String(value))
        }
    }

    func testFingerprintIsTheHashOfItsSpelledString() {
        let titles: [String?] = [
            nil, "", "Children's views", "  Impact -- on  CHILDREN 2024 ", "---", "a\r\nb",
            "Équité des ENFANTS (2024)", "Straße ﬁnance", "١٢ arabic digits", "x",
        ]
        for title in titles {
            let result = RuleResult(
                ruleID: "views", title: "Views", articles: [12], severity: .error, outcome: .fail,
                message: "m", location: SourceLocation(line: 1, column: 1), path: "/proposal/section[2]",
                sectionTitle: title, evidence: [])
            let normalised = (title ?? "").lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: " ")
            let file = "dir/a file é.xml"
            XCTAssertEqual(result.fingerprint(file: file), StableHash.hex("views|\(file)|/proposal/section[2]|\(normalised)"), String(describing: title))
            var out = JSONBytes()
            out.writeHex(result.fingerprintHash(file: file))
            XCTAssertEqual(out.string, "\"\(result.fingerprint(file: file))\"")
        }
        XCTAssertEqual(StableHash.hex(""), "cbf29ce484222325")
        XCTAssertEqual(StableHash.hex("a"), "af63dc4c8601ec8c")
    }

    func testUniqueEvidenceKeepsTheFirstOfEachPathAndText() {
        let at = SourceLocation(line: 1, column: 1)
        func evidence(_ path: String, _ text: String, _ note: String? = nil) -> Evidence { Evidence(text: text, location: at, path: path, note: note) }
        let short = [evidence("/a", "x", "1"), evidence("/a", "y"), evidence("/a", "x", "2"), evidence("/b", "x"), evidence("/b", "x")]
        XCTAssertEqual(unique(short), [short[0], short[1], short[3]])
        // Joined with `|`, these two are one key, as they always were.
        let piped = [evidence("/a|b", "c"), evidence("/a", "b|c")]
        XCTAssertEqual(unique(piped), [piped[0]])
        let long = (0..<40).map { evidence("/p\($0 % 7)", "t") }
        XCTAssertEqual(unique(long).map(\.path), (0..<7).map { "/p\($0)" })
    }
}
