import Foundation
import XCTest

@testable import CriaKit

final class ReportTests: XCTestCase {
    private let rules = TestPack.rulesFile(
        TestPack.rule(id: "views-section", expect: "{section: children-views}", articles: "[12]"),
        TestPack.rule(id: "best-interests-section", expect: "{section: best-interests}", severity: "warning", articles: "[3, 12]"),
        TestPack.rule(id: "only-when-direct", expect: "{section: evidence}", applies: "{relevance: [direct]}", articles: "[4]")
    )

    private let viewsDocument = """
        <proposal>
          <title>School transport</title>
          <department>DfE</department>
          <voice-of-the-child><p>We held workshops with 240 pupils; children said journeys were long and pupils walk.</p></voice-of-the-child>
        </proposal>
        """

    private func assess(_ documents: [(String, String)], pack: CompiledPack) throws -> [Assessment] {
        let evaluator = Evaluator(pack: pack)
        return try documents.map { file, text in evaluator.assess(try proposal(text, file: file)) }
    }

    func testJSONReportShapeAndEveryOutcome() throws {
        let pack = try TestPack.make(files: ["rules/a.yaml": rules])
        defer { pack.remove() }
        let compiled = try pack.load()
        let assessments = try assess([("a.xml", viewsDocument), ("b.json", #"{"summary": "Warehouses pay business rates on large premises."}"#)], pack: compiled)
        let text = JSONReport.render(assessments, errors: [InputError(file: "c.xml", location: SourceLocation(line: 3, column: 7), message: "bad")], rulesDirectory: pack.directory)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        XCTAssertEqual(Array(json.keys).sorted(), ["documents", "errors", "tool"])
        let tool = try XCTUnwrap(json["tool"] as? [String: Any])
        XCTAssertEqual(tool["name"] as? String, "cria")
        XCTAssertEqual(tool["rules"] as? String, pack.directory)
        let documents = try XCTUnwrap(json["documents"] as? [[String: Any]])
        XCTAssertEqual(documents.map { $0["file"] as? String }, ["a.xml", "b.json"])
        XCTAssertEqual(documents.map { $0["format"] as? String }, ["xml", "json"])
        XCTAssertEqual(documents[0]["title"] as? String, "School transport")
        XCTAssertEqual(documents[0]["department"] as? String, "DfE")
        XCTAssertTrue(documents[1]["department"] is NSNull)
        XCTAssertEqual(documents.map { $0["relevance"] as? String }, ["direct", "none"])

        let results = try XCTUnwrap(documents[0]["results"] as? [[String: Any]])
        XCTAssertEqual(results.map { $0["rule"] as? String }, ["views-section", "best-interests-section", "only-when-direct"])
        XCTAssertEqual(results.map { $0["outcome"] as? String }, ["pass", "fail", "fail"])
        XCTAssertEqual(results.map { $0["severity"] as? String }, ["error", "warning", "error"])
        XCTAssertEqual(results[1]["articles"] as? [Int], [3, 12])
        XCTAssertEqual(results[1]["title"] as? String, "Test rule best-interests-section")
        XCTAssertEqual(results[1]["message"] as? String, "Rule best-interests-section failed.")
        let location = try XCTUnwrap(results[0]["location"] as? [String: Any])
        XCTAssertEqual(location["line"] as? Int, 4)
        XCTAssertEqual(location["column"] as? Int, 3)
        XCTAssertEqual(location["path"] as? String, "/proposal/voice-of-the-child[1]")
        let failLocation = try XCTUnwrap(results[1]["location"] as? [String: Any])
        XCTAssertEqual(failLocation["line"] as? Int, 1)
        XCTAssertEqual(failLocation["path"] as? String, "/proposal")
        let evidence = try XCTUnwrap(results[0]["evidence"] as? [[String: Any]])
        XCTAssertEqual(evidence.count, 1)
        XCTAssertEqual((evidence[0]["location"] as? [String: Any])?["line"] as? Int, 4)
        XCTAssertNotNil(evidence[0]["text"] as? String)

        let second = try XCTUnwrap(documents[1]["results"] as? [[String: Any]])
        XCTAssertEqual(second.map { $0["outcome"] as? String }, ["fail", "fail", "notApplicable"])
        let errors = try XCTUnwrap(json["errors"] as? [[String: Any]])
        XCTAssertEqual(errors.first?["line"] as? Int, 3)
        XCTAssertEqual(errors.first?["message"] as? String, "bad")
    }

    // MARK: SARIF

    private func bundledAssessments() throws -> (RulePack, [Assessment]) {
        let pack = try RuleLoader().load(directory: packageRoot + "/rules")
        let evaluator = Evaluator(pack: CompiledPack(pack))
        let samples = try FileManager.default.contentsOfDirectory(atPath: packageRoot + "/samples")
            .filter { $0.hasSuffix(".xml") || $0.hasSuffix(".json") }.sorted()
        XCTAssertFalse(samples.isEmpty)
        let assessments = try samples.map { evaluator.assess(Proposal(document: try DocumentLoader().load(path: packageRoot + "/samples/" + $0))) }
        return (pack, assessments)
    }

    func testCheckstyleListsFailsAtTheirSeverityReviewsAsInfoAndUnreadableInputs() throws {
        let pack = try TestPack.make(files: [
            "rules/a.yaml": TestPack.rulesFile(
                TestPack.rule(id: "views-section", expect: "{section: children-views}", review: "{section: children-views, maxWords: 30}"),
                TestPack.rule(id: "best-interests-section", expect: "{section: best-interests}", severity: "warning"),
                TestPack.rule(id: "only-when-direct", expect: "{section: evidence}", applies: "{relevance: [none]}"))
        ])
        defer { pack.remove() }
        let compiled = try pack.load()
        let assessments = try assess([("a&b.xml", viewsDocument)], pack: compiled)
        let report = CheckReport(assessments: assessments, errors: [InputError(file: "c.xml", location: SourceLocation(line: 3, column: 7), message: "unclosed <p>")], pack: compiled)
        XCTAssertEqual(
            try ReportFormats.named("checkstyle")?.render(report),
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <checkstyle version="4.3">
              <file name="c.xml">
                <error line="3" column="7" severity="error" message="unclosed &lt;p&gt;" source="cria.input"/>
              </file>
              <file name="a&amp;b.xml">
                <error line="4" column="3" severity="info" message="Review: Rule views-section failed." source="cria.views-section"/>
                <error line="1" column="1" severity="warning" message="Rule best-interests-section failed." source="cria.best-interests-section"/>
              </file>
            </checkstyle>

            """)
    }

    func testSARIFOfTheSamplesIsValid() throws {
        let validator = packageRoot + "/../shared/tools/validate-sarif"
        guard FileManager.default.isExecutableFile(atPath: validator), FileManager.default.fileExists(atPath: packageRoot + "/../shared/schemas/sarif-2.1.0.json") else {
            throw XCTSkip("../shared/tools/validate-sarif or its schema is missing")
        }
        let probe = Process()
        probe.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        probe.arguments = ["python3", "-c", "import jsonschema"]
        probe.standardError = FileHandle.nullDevice
        do { try probe.run() } catch { throw XCTSkip("python3 is missing") }
        probe.waitUntilExit()
        if probe.terminationStatus != 0 { throw XCTSkip("python3 jsonschema is missing") }

        let (pack, assessments) = try bundledAssessments()
        for includeAll in [false, true] {
            let sarif = SARIFReport.render(
                assessments, errors: [InputError(file: "samples/broken.xml", location: SourceLocation(line: 2, column: 5), message: "bad")], pack: pack, includeAll: includeAll, workingDirectory: packageRoot)
            let file = NSTemporaryDirectory() + "cria-\(UUID().uuidString).sarif"
            try sarif.write(toFile: file, atomically: true, encoding: .utf8)
            defer { try? FileManager.default.removeItem(atPath: file) }
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["python3", validator, file]
            let pipe = Pipe()
            process.standardOutput = pipe
            process.standardError = pipe
            try process.run()
            let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            XCTAssertEqual(process.terminationStatus, 0, output)
            XCTAssertTrue(output.contains("valid SARIF 2.1.0"), output)
        }
    }

    func testSARIFTagsAndResults() throws {
        let pack = try TestPack.make(files: ["rules/a.yaml": rules])
        defer { pack.remove() }
        let compiled = try pack.load()
        let assessments = try assess([("a.xml", viewsDocument)], pack: compiled)
        let text = SARIFReport.render(assessments, errors: [], pack: compiled.pack, includeAll: false, workingDirectory: "/work")
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let run = try XCTUnwrap((json["runs"] as? [[String: Any]])?.first)
        let rules = try XCTUnwrap(((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
        XCTAssertEqual(rules.map { $0["id"] as? String }, ["views-section", "best-interests-section", "only-when-direct"])
        XCTAssertEqual((rules[1]["properties"] as? [String: Any])?["tags"] as? [String], ["UNCRC-3", "UNCRC-12", "child-rights"])
        let results = try XCTUnwrap(run["results"] as? [[String: Any]])
        XCTAssertEqual(results.map { $0["ruleId"] as? String }, ["best-interests-section", "only-when-direct"])
        XCTAssertEqual(results.map { $0["ruleIndex"] as? Int }, [1, 2])
        XCTAssertEqual(results.map { $0["level"] as? String }, ["warning", "error"])
        for result in results {
            let fingerprint = (result["partialFingerprints"] as? [String: Any])?["criaFingerprint/v1"] as? String
            XCTAssertEqual(fingerprint?.count, 16)
        }
        let physical = ((results[0]["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        XCTAssertEqual((physical?["artifactLocation"] as? [String: Any])?["uri"] as? String, "a.xml")
        XCTAssertEqual((physical?["region"] as? [String: Any])?["startLine"] as? Int, 1)
    }

    func testFingerprintsSurviveLinesMoving() throws {
        let pack = try TestPack.make(files: ["rules/a.yaml": rules + TestPack.rule(id: "mentions-budget", expect: "{mentions: [budget], in: children-views}")])
        defer { pack.remove() }
        let compiled = try pack.load()
        let json = #"{"voiceOfTheChild": "We held workshops with 240 pupils; children said journeys were long and pupils walk."}"#
        for (name, original) in [("a.xml", viewsDocument), ("a.json", json)] {
            let moved = "\n\n\n" + original.replacingOccurrences(of: "<voice", with: "\n\n  <voice")
            let before = try assess([(name, original)], pack: compiled)[0].results
            let after = try assess([(name, moved)], pack: compiled)[0].results
            XCTAssertEqual(before.map(\.outcome), after.map(\.outcome))
            XCTAssertNotEqual(before.map(\.location), after.map(\.location), "the lines did move")
            XCTAssertEqual(before.map { $0.fingerprint(file: name) }, after.map { $0.fingerprint(file: name) })
            let sarifBefore = SARIFReport.render([try assess([(name, original)], pack: compiled)[0]], errors: [], pack: compiled.pack, includeAll: true, workingDirectory: "/w")
            let sarifAfter = SARIFReport.render([try assess([(name, moved)], pack: compiled)[0]], errors: [], pack: compiled.pack, includeAll: true, workingDirectory: "/w")
            XCTAssertEqual(fingerprints(sarifBefore), fingerprints(sarifAfter))
            XCTAssertEqual(Set(fingerprints(sarifBefore)).count, 4, "one distinct fingerprint per rule")
        }
        // A different file or rule gives a different fingerprint.
        let result = try assess([("a.xml", viewsDocument)], pack: compiled)[0].results[0]
        XCTAssertNotEqual(result.fingerprint(file: "a.xml"), result.fingerprint(file: "b.xml"))
    }

    private func fingerprints(_ sarif: String) -> [String] {
        let json = try? JSONSerialization.jsonObject(with: Data(sarif.utf8)) as? [String: Any]
        let results = ((json?["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]]) ?? []
        return results.compactMap { ($0["partialFingerprints"] as? [String: Any])?["criaFingerprint/v1"] as? String }
    }

    func testTextReportHasNoEscapeCodesWithoutColour() throws {
        let pack = try TestPack.make(files: ["rules/a.yaml": rules])
        defer { pack.remove() }
        let assessment = try assess([("a.xml", viewsDocument)], pack: try pack.load())[0]
        let plain = TextReport(colour: false).render(assessment)
        XCTAssertFalse(plain.contains("\u{1B}"))
        XCTAssertTrue(plain.contains("a.xml: fail (warning): Rule best-interests-section failed. [best-interests-section] (Art 3, Art 12)"), plain)
        XCTAssertTrue(TextReport(colour: true).render(assessment).contains("\u{1B}["))
    }
}

final class BundledRuleExampleTests: XCTestCase {
    /// Every example of the bundled pack comes out as it says (what `cria rules test` checks).
    func testBundledRuleExamples() throws {
        let pack = try CompiledPack(RuleLoader().load(directory: packageRoot + "/rules"))
        let (count, mismatches) = ExampleRunner(pack: pack).run()
        XCTAssertGreaterThan(count, 0)
        XCTAssertTrue(mismatches.isEmpty, "\(mismatches.count) of \(count) examples mismatch:\n" + mismatches.map(\.description).joined(separator: "\n"))
    }
}
