import Foundation
import XCTest

@testable import CriaKit

final class BatchReportTests: XCTestCase {
    func testEveryInputIsAccountedForInEveryFormat() throws {
        let fixture = try BatchFixture()
        let (writer, stdout) = try fixture.run(outputs: fixture.allOutputs())
        XCTAssertNil(stdout)
        XCTAssertEqual(writer.aggregate.given, 8)
        let assessed = ["dfe/a.json", "dfe/b.xml", "dwp/c.json", "dwp/d.xml"].map { fixture.fixtures + "/" + $0 }
        let failed = [
            (fixture.fixtures + "/bad/broken.json", "1:11"),
            (fixture.fixtures + "/bad/broken.xml", "1:30"),
            (fixture.root + "/fixtures/missing/none.xml", "1:1"),
            (fixture.fixtures + "/dwp", "1:1"),
        ]

        let json = try fixture.json(fixture.out + "/r.json")
        let documents = try XCTUnwrap(json["documents"] as? [[String: Any]])
        XCTAssertEqual(documents.map { $0["file"] as? String }, assessed)
        let failures = try XCTUnwrap(json["failed"] as? [[String: Any]])
        XCTAssertEqual(failures.map { $0["file"] as? String }, failed.map(\.0))
        XCTAssertEqual(failures.map { "\($0["line"]!):\($0["column"]!)" }, failed.map(\.1))
        XCTAssertEqual(failures.last?["message"] as? String, "is a directory")
        XCTAssertEqual(failures[2]["message"] as? String, "no such file")

        let csv = fixture.read(fixture.out + "/r.csv")
        let sarif = fixture.read(fixture.out + "/r.sarif")
        let markdown = fixture.read(fixture.out + "/r.md")
        let html = fixture.read(fixture.out + "/r.html")
        for (path, location) in failed {
            let parts = location.split(separator: ":")
            XCTAssertTrue(csv.contains("\(path),"), "CSV lacks \(path)")
            XCTAssertTrue(csv.contains(",error,error,\(parts[0]),\(parts[1]),"), "CSV lacks the error row of \(path)")
            XCTAssertTrue(sarif.contains("\"uri\": \"\(path.dropFirst(fixture.root.count + 1))\""), "SARIF lacks \(path)")
            XCTAssertTrue(markdown.contains(path) && markdown.contains(location), "Markdown lacks \(path)")
            XCTAssertTrue(html.contains(path), "HTML lacks \(path)")
        }
        for path in assessed {
            XCTAssertTrue(markdown.contains(path), "Markdown lacks \(path)")
            // The HTML report gives paths within the folder given.
            XCTAssertTrue(html.contains("<code>\(path.dropFirst(fixture.fixtures.count + 1))</code>"), "HTML lacks \(path)")
            XCTAssertFalse(html.contains(path), "HTML repeats the full path \(path)")
        }
        // CSV: header, one row per fail/review (3), one per failed input (4).
        XCTAssertEqual(csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count, 1 + 3 + 4)
        let log = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(sarif.utf8)) as? [String: Any])
        let run = try XCTUnwrap((log["runs"] as? [[String: Any]])?.first)
        let invocation = try XCTUnwrap((run["invocations"] as? [[String: Any]])?.first)
        XCTAssertEqual((invocation["toolExecutionNotifications"] as? [Any])?.count, 4)
        XCTAssertEqual(invocation["executionSuccessful"] as? Bool, false)
        XCTAssertEqual((run["results"] as? [Any])?.count, 3)
    }

    func testBatchDocumentsAreExactlyTheCheckJSON() throws {
        let fixture = try BatchFixture()
        try fixture.run(outputs: BatchOutputs(json: fixture.out + "/r.json", sarif: fixture.out + "/r.sarif"), departments: .none)
        let compiled = CompiledPack(try RuleLoader().load(directory: fixture.pack))
        var assessments: [Assessment] = []
        var errors: [InputError] = []
        for input in fixture.standardInputs {
            do {
                var assessment = Evaluator(pack: compiled).assess(Proposal(document: try DocumentLoader().load(path: input.path)))
                assessment.source = input.source
                assessments.append(assessment)
            } catch let error as InputError { errors.append(error) }
        }
        let check = JSONReport.render(assessments, errors: errors, rulesDirectory: "pack")
        let checkDocuments = try XCTUnwrap((JSONSerialization.jsonObject(with: Data(check.utf8)) as? [String: Any])?["documents"] as? [Any])
        let batchDocuments = try XCTUnwrap(fixture.json(fixture.out + "/r.json")["documents"] as? [Any])
        XCTAssertEqual(batchDocuments as NSArray, checkDocuments as NSArray)
        // The SARIF log is byte for byte what SARIFReport.render writes for the same run.
        let expected = SARIFReport.render(assessments, errors: errors, pack: compiled.pack, includeAll: false, workingDirectory: fixture.root)
        XCTAssertEqual(fixture.read(fixture.out + "/r.sarif"), expected)
    }

    func testAggregationNumbers() throws {
        let fixture = try BatchFixture()
        let (writer, _) = try fixture.run(outputs: BatchOutputs(json: fixture.out + "/r.json"))
        let a = writer.aggregate
        XCTAssertEqual([a.given, a.assessed, a.failed, a.direct, a.indirect], [8, 4, 4, 2, 1])
        XCTAssertEqual(a.outcomes, OutcomeCounts(fail: 2, review: 1, pass: 2, notApplicable: 3))
        XCTAssertEqual(a.severities[.error], OutcomeCounts(fail: 1, review: 1))
        XCTAssertEqual(a.severities[.warning], OutcomeCounts(fail: 1))
        XCTAssertNil(a.severities[.info])
        XCTAssertEqual(a.mostUnaddressed().map(\.article), [12, 2, 3])
        XCTAssertEqual(a.mostUnaddressed().map(\.counts.unaddressed), [2, 1, 1])
        XCTAssertEqual(a.departmentNames, ["bad", "DfE", "dfe", "DWP", "dwp", "missing", "Unknown"])
        XCTAssertEqual(a.departments["DfE"]?.principles[3], OutcomeCounts(fail: 1))
        XCTAssertEqual(a.departments["DfE"]?.principles[2], OutcomeCounts(fail: 1))
        XCTAssertEqual(a.departments["dfe"]?.principles[12], OutcomeCounts(review: 1))
        XCTAssertEqual(a.departments["DWP"]?.principles[12], OutcomeCounts(fail: 1))
        XCTAssertEqual(a.departments["bad"]?.failed, 2)
        XCTAssertEqual(a.departments["Unknown"]?.documents, 1)  // the folder given in a list
        XCTAssertEqual(a.coverage[12]?["dwp"], OutcomeCounts(notApplicable: 1))
        XCTAssertEqual(a.coverage[3]?["dfe"], OutcomeCounts(pass: 1))
        XCTAssertTrue(writer.hasFails(atOrAbove: .error))
        XCTAssertFalse(writer.hasFails(atOrAbove: nil))

        let json = try fixture.json(fixture.out + "/r.json")
        let summary = try XCTUnwrap(json["summary"] as? [String: Any])
        XCTAssertEqual(summary["documents"] as? NSDictionary, ["given": 8, "assessed": 4, "childRelevant": ["direct": 2, "indirect": 1], "failed": 4] as NSDictionary)
        XCTAssertEqual(summary["outcomes"] as? NSDictionary, ["fail": 2, "review": 1, "pass": 2, "notApplicable": 3, "waived": 0] as NSDictionary)
        let departments = try XCTUnwrap(json["departments"] as? [[String: Any]])
        let dwp = try XCTUnwrap(departments.first { $0["name"] as? String == "DWP" })
        XCTAssertEqual(dwp["childRelevant"] as? NSDictionary, ["direct": 0, "indirect": 1, "percentOfAssessed": 100] as NSDictionary)
        let coverage = try XCTUnwrap(json["coverage"] as? [[String: Any]])
        XCTAssertEqual(coverage.map { $0["article"] as? Int }, [2, 3, 12])
    }

    /// The reports are written around markers where the spooled arrays go; a department
    /// named like a marker must come out as text, with every document still listed once.
    func testADepartmentNamedLikeASpoolMarkerIsOnlyText() throws {
        let fixture = try BatchFixture()
        let department = "\u{1}spool:documents"
        try fixture.write(
            "fixtures/dfe/a.json",
            """
            {"title": "A", "department": "\\u0001spool:documents", "summary": "This affects children in schools, children and pupils."}

            """)
        let report = fixture.out + "/marker.json", sarif = fixture.out + "/marker.sarif"
        try fixture.run(outputs: BatchOutputs(json: report, sarif: sarif))
        let json = try fixture.json(report)
        let documents = try XCTUnwrap(json["documents"] as? [[String: Any]])
        XCTAssertEqual(documents.count, 4)
        XCTAssertEqual((json["failed"] as? [Any])?.count, 4)
        XCTAssertEqual(documents.filter { $0["department"] as? String == department }.count, 1)
        let departments = try XCTUnwrap(json["departments"] as? [[String: Any]])
        XCTAssertTrue(departments.contains { $0["name"] as? String == department })
        XCTAssertNotNil(try fixture.json(sarif)["runs"] as? [Any])
    }

    func testBaselineComparison() throws {
        let fixture = try BatchFixture()
        let first = fixture.out + "/first.json"
        try fixture.run(outputs: BatchOutputs(json: first))
        // a.json now cites Article 3 (resolves its best-interests fail); d.xml is removed;
        // e.json is new with two fails; line numbers of b.xml move (its review must match).
        try fixture.write(
            "fixtures/dfe/a.json",
            """
            {"title": "A", "department": "DfE", "summary": "This affects children in schools, children and pupils. Article 3 applies.",
             "voiceOfTheChild": "We held workshops with 240 pupils aged 11 to 16 in ten schools."}

            """)
        try FileManager.default.removeItem(atPath: fixture.fixtures + "/dwp/d.xml")
        try fixture.write("fixtures/dfe/e.json", "{\"title\": \"E\", \"summary\": \"Children and pupils and children.\"}\n")
        try fixture.write("fixtures/dfe/b.xml", "\n\n\n" + fixture.read(fixture.fixtures + "/dfe/b.xml"))
        let (writer, _) = try fixture.run(outputs: BatchOutputs(json: fixture.out + "/second.json", markdown: fixture.out + "/second.md"), baseline: first)
        let comparison = try XCTUnwrap(writer.comparison)
        XCTAssertEqual(comparison.total.newFindings, 2)
        XCTAssertEqual(comparison.total.resolvedFindings, 1)
        XCTAssertEqual(comparison.total.documentsAdded, 1)
        XCTAssertEqual(comparison.total.documentsRemoved, 1)
        XCTAssertEqual(comparison.departments["dfe"]?.newFindings, 2)
        XCTAssertEqual(comparison.departments["dfe"]?.documentsAdded, 1)
        XCTAssertEqual(comparison.departments["DfE"]?.resolvedFindings, 1)
        XCTAssertEqual(comparison.departments["dwp"]?.documentsRemoved, 1)
        XCTAssertEqual(comparison.articles[12]?.newFindings, 1)
        XCTAssertEqual(comparison.articles[3]?.newFindings, 1)
        XCTAssertEqual(comparison.articles[3]?.resolvedFindings, 1)
        XCTAssertNil(comparison.articles[12]?.resolvedFindings == 0 ? nil : 1)

        let baseline = try XCTUnwrap(fixture.json(fixture.out + "/second.json")["baseline"] as? [String: Any])
        XCTAssertEqual(baseline["added"] as? [String], [fixture.fixtures + "/dfe/e.json"])
        XCTAssertEqual(baseline["removed"] as? [String], [fixture.fixtures + "/dwp/d.xml"])
        XCTAssertEqual(baseline["newFindings"] as? Int, 2)
        XCTAssertEqual(baseline["resolvedFindings"] as? Int, 1)
        let markdown = fixture.read(fixture.out + "/second.md")
        XCTAssertTrue(markdown.contains("2 new findings, 1 resolved; 1 documents added, 1 removed; 7 of the baseline's 8 documents matched."), markdown)
    }

    func testCSVEscaping() throws {
        XCTAssertEqual(
            BatchCSV.line(["a,b", "say \"hi\"", "x\ny", "cr\rz", "plain", ""]),
            "\"a,b\",\"say \"\"hi\"\"\",\"x\ny\",\"cr\rz\",plain,\r\n")
        XCTAssertEqual(BatchCSV.header, "file,format,kind,department,title,rule,articles,severity,outcome,line,column,path,message,type,govukPath,source,section,guidance,legislature\r\n")
        let fixture = try BatchFixture()
        try fixture.run(outputs: BatchOutputs(csv: fixture.out + "/r.csv"))
        let csv = fixture.read(fixture.out + "/r.csv")
        XCTAssertTrue(csv.contains(",best-interests,3 2,warning,fail,"))
        XCTAssertTrue(csv.contains(",\"Best interests, \"\"not weighed\"\", here.\","))
        XCTAssertFalse(csv.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
    }

    func testTwoRunsAreByteIdentical() throws {
        let fixture = try BatchFixture()
        try fixture.run(outputs: fixture.allOutputs("one"), jobs: 1)
        try fixture.run(outputs: fixture.allOutputs("two"), jobs: 4)
        for ext in ["html", "json", "csv", "md", "sarif"] {
            let one = fixture.read("\(fixture.out)/one.\(ext)")
            XCTAssertFalse(one.isEmpty)
            XCTAssertEqual(one, fixture.read("\(fixture.out)/two.\(ext)"), ext)
        }
        XCTAssertEqual(BatchContext.timestamp(environment: ["SOURCE_DATE_EPOCH": "1700000000"]), "2023-11-14T22:13:20Z")
    }

    func testWritesAreAtomicAndLeaveNoTemporaryFiles() throws {
        let fixture = try BatchFixture()
        let outputs = fixture.allOutputs()
        for path in outputs.paths { try String(repeating: "old report\n", count: 50_000).write(toFile: path, atomically: false, encoding: .utf8) }
        try fixture.run(outputs: outputs)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: fixture.out).sorted(), ["r.csv", "r.html", "r.json", "r.md", "r.sarif"])
        for path in outputs.paths { XCTAssertFalse(fixture.read(path).contains("old report"), path) }
        XCTAssertTrue(fixture.read(fixture.out + "/r.json").hasSuffix("}\n"))
        XCTAssertTrue(fixture.read(fixture.out + "/r.html").hasSuffix("</html>\n"))
        // Inputs are never touched.
        XCTAssertEqual(fixture.read(fixture.fixtures + "/dwp/d.xml"), "<proposal><title>D</title><summary>Roads and bridges.</summary></proposal>\n")
    }

    func testAbortLeavesExistingReportsAlone() throws {
        let fixture = try BatchFixture()
        let path = fixture.out + "/r.json"
        try "previous".write(toFile: path, atomically: false, encoding: .utf8)
        let compiled = CompiledPack(try RuleLoader().load(directory: fixture.pack))
        let writer = try BatchReportWriter(outputs: BatchOutputs(json: path), pack: compiled, context: BatchContext(generated: "x", rulesDirectory: "pack"))
        writer.abort()
        XCTAssertEqual(fixture.read(path), "previous")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: fixture.out), ["r.json"])
    }

    func testMarkdownGoesToStdoutWithoutOutputs() throws {
        let fixture = try BatchFixture()
        let (_, text) = try fixture.run(outputs: BatchOutputs())
        let markdown = try XCTUnwrap(text)
        XCTAssertTrue(markdown.hasPrefix("# Child rights impact: batch report\n"))
        XCTAssertTrue(markdown.contains("| Given | 8 |"))
        XCTAssertTrue(markdown.contains("| DfE | 1 | 1 | 1 (100%) | 0 | 1 / 0 | 1 / 0 | 0 / 0 | 0 / 0 |"))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: fixture.out), [])
    }

    func testHTMLIsSelfContainedAndAccessible() throws {
        let fixture = try BatchFixture()
        try fixture.run(outputs: BatchOutputs(html: fixture.out + "/r.html"))
        let html = fixture.read(fixture.out + "/r.html")
        XCTAssertTrue(html.contains("<html lang=\"en\">"))
        XCTAssertFalse(html.contains("<script"))
        XCTAssertFalse(html.contains("src=\"http"))
        XCTAssertFalse(html.contains("href=\"http"))
        XCTAssertFalse(html.contains("<link"))
        XCTAssertTrue(html.contains("<th scope=\"col\">"))
        XCTAssertTrue(html.contains("<caption"))
        XCTAssertTrue(html.contains("@media print"))
        // Coverage cells print their numbers as well as their colour.
        XCTAssertTrue(html.contains("100% unaddressed"))
        XCTAssertTrue(html.contains("F 1 · R 0 · P 0 · N/A 0"))
        XCTAssertTrue(html.contains("Best interests, &quot;not weighed&quot;, here."))
        // Headings in order: h1, then h2s, then h3s, never skipping a level.
        var level = 0
        let regex = try NSRegularExpression(pattern: "<h([1-6])")
        for match in regex.matches(in: html, range: NSRange(html.startIndex..., in: html)) {
            let next = Int(html[Range(match.range(at: 1), in: html)!])!
            XCTAssertLessThanOrEqual(next, level + 1)
            level = next
        }
    }
}
