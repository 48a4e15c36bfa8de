import Foundation
import XCTest

@testable import CriaKit

/// A batch over published legislation: per document its provisions and articles, and the
/// article × kind view, in HTML, CSV and JSON alike.
final class CampaignerReportTests: XCTestCase {
    func testBatchOverLegislationCarriesProvisionsAndArticlesByKind() throws {
        let corpus = CorpusRelevanceTests.corpus
        guard FileManager.default.fileExists(atPath: corpus.path) else { throw XCTSkip("no corpus") }
        let out = NSTemporaryDirectory() + "cria-campaign-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: out) }
        let pack = CompiledPack(try RuleLoader().load(directory: packageRoot + "/rules"))
        let outputs = BatchOutputs(html: out + "/r.html", json: out + "/r.json", csv: out + "/r.csv")
        let writer = try BatchReportWriter(outputs: outputs, pack: pack, context: BatchContext(generated: "2024-01-01T00:00:00Z", rulesDirectory: "rules", workingDirectory: out), baseline: nil)
        let files = ["canada-laws-lois-xml/eng/acts/F-11.73.xml", "clml-legislation-gov-uk/ukpga_20210005_en.xml"].map { corpus.appendingPathComponent($0).path }
        try BatchRunner(pack: pack, jobs: 1).run(files.map { BatchInput(path: $0) }) { try writer.add($0) }
        _ = try writer.finish()

        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out + "/r.json"))) as? [String: Any])
        let documents = try XCTUnwrap(json["documents"] as? [[String: Any]])
        XCTAssertEqual(documents.map { $0["kind"] as? String }, ["legislation", "legislation"])
        let provisions = try XCTUnwrap(documents[0]["provisions"] as? [[String: Any]])
        XCTAssertEqual(provisions.count, 27)
        let ten = try XCTUnwrap(provisions.first { $0["number"] as? String == "10" })
        XCTAssertEqual(ten["heading"] as? String, "Best interests of Indigenous child")
        XCTAssertEqual(ten["articles"] as? [Int], [3, 5, 8, 9, 12, 18, 19, 20, 24, 30])
        let byKind = try XCTUnwrap(json["articlesByKind"] as? [[String: Any]])
        let thirty = try XCTUnwrap(byKind.first { $0["article"] as? Int == 30 }?["kinds"] as? [[String: Any]])
        XCTAssertEqual(thirty.first?["kind"] as? String, "legislation")
        XCTAssertEqual(thirty.first?["documents"] as? Int, 1)
        XCTAssertEqual(thirty.first?["provisions"] as? Int, provisions.filter { ($0["articles"] as? [Int])?.contains(30) == true }.count)

        let csv = try String(contentsOfFile: out + "/r.csv", encoding: .utf8)
        let provisionRows = csv.components(separatedBy: "\r\n").filter { $0.contains(",provision,") }
        XCTAssertEqual(provisionRows.count, 27 + ((documents[1]["provisions"] as? [Any])?.count ?? 0))
        XCTAssertTrue(provisionRows.contains { $0.contains(",legislation,") && $0.contains("10 Best interests of Indigenous child: ") && $0.contains(",3 5 8 9 12 18 19 20 24 30,") })

        let html = try String(contentsOfFile: out + "/r.html", encoding: .utf8)
        XCTAssertTrue(html.contains("<h2 id=\"by-kind\">Articles by kind of document</h2>"))
        XCTAssertTrue(html.contains(">10 Best interests of Indigenous child</a>"))
        // A UK Act's section links to its page on legislation.gov.uk.
        XCTAssertTrue(html.contains("href=\"https://www.legislation.gov.uk/ukpga/2021/5/section/"), "no legislation.gov.uk link")
        // The Canadian Act states no type of its own: its schema says it is an Act; the UK Act's
        // legislation.gov.uk type is its own.
        XCTAssertEqual(documents.map { $0["type"] as? String }, ["Act", "United Kingdom Public General Act"])
        let types = html.components(separatedBy: "data-label=\"Type\">").dropFirst().map { $0.prefix { $0 != "<" } }
        XCTAssertEqual(Set(types), ["Act", "United Kingdom Public General Act"])
        // The contents link to the cross-document tables, and published documents get their own
        // article × department table (both Acts state no department: each counts under the
        // legislature that made it).
        for (id, title) in [("by-kind", "Articles by kind of document"), ("by-legislature", "Articles by legislature"), ("by-publishing-department", "Articles by department, published documents")] {
            XCTAssertTrue(html.contains("<li><a href=\"#\(id)\">\(title)</a></li>"), id)
            XCTAssertTrue(html.contains("<h2 id=\"\(id)\">\(title)</h2>"), id)
        }
        let byDepartment = try XCTUnwrap(json["articlesByPublishingDepartment"] as? [[String: Any]])
        let departments = try XCTUnwrap(byDepartment.first { $0["article"] as? Int == 30 }?["departments"] as? [[String: Any]])
        XCTAssertEqual(departments.map { $0["department"] as? String }, ["Parliament of Canada"])
        XCTAssertEqual(documents.map { $0["department"] as? String }, ["Parliament of Canada", "UK Parliament"])
        XCTAssertEqual(departments.first?["documents"] as? Int, 1)
    }

    /// The article × legislature view, and the French text of the Youth Criminal Justice Act,
    /// which must not count as a second Act: one run over both versions and a Scottish SSI.
    func testLegislatureViewCountsABilingualActOnce() throws {
        let corpus = CorpusRelevanceTests.corpus
        guard FileManager.default.fileExists(atPath: corpus.path) else { throw XCTSkip("no corpus") }
        let out = NSTemporaryDirectory() + "cria-legislature-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: out) }
        let pack = CompiledPack(try RuleLoader().load(directory: packageRoot + "/rules"))
        let outputs = BatchOutputs(json: out + "/r.json", csv: out + "/r.csv", markdown: out + "/r.md")
        let writer = try BatchReportWriter(outputs: outputs, pack: pack, context: BatchContext(generated: "2024-01-01T00:00:00Z", rulesDirectory: "rules", workingDirectory: out), baseline: nil)
        let files = ["canada-laws-lois-xml/eng/acts/Y-1.5.xml", "canada-laws-lois-xml/fra/lois/Y-1.5.xml", "clml-legislation-gov-uk/ssi-2006-255-schedule-made.xml"]
        try BatchRunner(pack: pack, jobs: 1).run(files.map { BatchInput(path: corpus.appendingPathComponent($0).path) }) { try writer.add($0) }
        _ = try writer.finish()

        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out + "/r.json"))) as? [String: Any])
        let documents = try XCTUnwrap(json["documents"] as? [[String: Any]])
        let english = try XCTUnwrap(documents[0]["provisions"] as? [[String: Any]])
        XCTAssertGreaterThan(english.count, 100)
        // The French version lists no provisions of its own, and nothing fails on it.
        XCTAssertEqual((documents[1]["provisions"] as? [Any])?.count, 0)
        let french = try XCTUnwrap(documents[1]["results"] as? [[String: Any]])
        XCTAssertEqual(
            french.first { $0["rule"] as? String == "child-rights-assessment-published" }?["message"] as? String,
            "Not applicable: cria reads English, and this document is in French (fr): read its English version.")
        XCTAssertFalse(french.contains { ["fail", "review"].contains($0["outcome"] as? String) })
        // A Scottish SSI names no maker: the Scottish Ministers make it, not legislation.gov.uk (its publisher).
        XCTAssertEqual(documents[2]["department"] as? String, "Scottish Government")

        let byLegislature = try XCTUnwrap(json["articlesByLegislature"] as? [[String: Any]])
        // The child heard (Art 12): the Act's proceedings and the SSI's agreement form, which asks
        // the parents to have regard to the child's views. (Youth justice, Art 40, is the Act's
        // alone: the form's "legal aid" for a parent is no youth justice.)
        let twelve = try XCTUnwrap(byLegislature.first { $0["article"] as? Int == 12 }?["legislatures"] as? [[String: Any]])
        XCTAssertEqual(twelve.map { $0["legislature"] as? String }, ["Parliament of Canada", "Scottish Parliament"])
        XCTAssertEqual(twelve[0]["documents"] as? Int, 1)
        XCTAssertEqual(twelve[0]["provisions"] as? Int, english.filter { ($0["articles"] as? [Int])?.contains(12) == true }.count)
        let forty = try XCTUnwrap(byLegislature.first { $0["article"] as? Int == 40 }?["legislatures"] as? [[String: Any]])
        XCTAssertEqual(forty.map { $0["legislature"] as? String }, ["Parliament of Canada"])

        let csv = try String(contentsOfFile: out + "/r.csv", encoding: .utf8)
        XCTAssertTrue(csv.components(separatedBy: "\r\n").filter { $0.contains(",provision,") }.allSatisfy { $0.hasSuffix(",Parliament of Canada") || $0.hasSuffix(",Scottish Parliament") })
        let markdown = try String(contentsOfFile: out + "/r.md", encoding: .utf8)
        XCTAssertTrue(markdown.contains("### Articles by legislature"), markdown)
        XCTAssertTrue(markdown.contains("## What each document engages"), markdown)
        XCTAssertTrue(markdown.contains("| 64 Application by Attorney General |"), markdown)
    }

    func testLegislatureIsReadFromWhatTheFormatStates() {
        XCTAssertEqual(Legislature.named(in: "Scottish Statutory Instrument"), "Scottish Parliament")
        XCTAssertEqual(Legislature.named(in: "ScottishStatutoryInstrument GB-SCT"), "Scottish Parliament")
        XCTAssertEqual(Legislature.named(in: "Welsh National Assembly Act"), "Senedd Cymru")
        XCTAssertEqual(Legislature.named(in: "United Kingdom Public General Act"), "UK Parliament")
        XCTAssertEqual(Legislature.named(in: "directive eu"), "European Union")
        XCTAssertNil(Legislature.named(in: "Private Law"))
        // Told by bytes for ASCII, by Foundation beyond: the same answers either way.
        XCTAssertEqual(Legislature.named(in: "Deddf Senedd Cymru – Welsh"), "Senedd Cymru")
        XCTAssertEqual(Legislature.named(in: "Scottish Statutory Instrument – Écosse"), "Scottish Parliament")
        XCTAssertEqual(Legislature.named(in: "GB-NIR"), "Northern Ireland Assembly")
        XCTAssertNil(Legislature.named(in: "Ukulele Act"))
        XCTAssertNil(Legislature.named(in: "Ukulélé Act"))
        XCTAssertNil(Legislature.named(in: ""))
    }
}
