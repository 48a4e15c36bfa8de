import Foundation
import XCTest

@testable import CriaKit

/// An analyst compares two appraisal points kept in two folders, as the README shows
/// (`batch q1/ --json q1.json`, then `batch q2/ --baseline q1.json`): documents match by
/// their path within the folder, or by content when moved; the counts are the true ones and
/// every report lists the new and resolved findings by document.
final class BaselineFolderTests: XCTestCase {
    private var pack: TestPack!
    private var root: String { pack.directory }

    override func setUpWithError() throws {
        let rules = """
            rules:
              - id: views-section
                title: Children's views were sought
                articles: [12]
                references: ["UNCRC Art 12"]
                severity: error
                expect: {section: children-views}
                message: The proposal does not show children's views.
                guidance: Say how children's own views were gathered.
                examples:
                  fail: ["<proposal><summary><p>Text about the proposal.</p></summary></proposal>"]
                  pass: ["<proposal><voice-of-the-child><p>We asked pupils.</p></voice-of-the-child></proposal>"]
              - id: best-interests-section
                title: Best interests were weighed
                articles: [3]
                references: ["UNCRC Art 3"]
                severity: warning
                expect: {section: best-interests}
                message: The proposal does not weigh the child's best interests.
                guidance: Weigh the child's best interests against other interests.
                examples:
                  fail: ["<proposal><summary><p>Nothing here.</p></summary></proposal>"]
                  pass: ["<proposal><best-interests><p>Weighed first.</p></best-interests></proposal>"]
            """
        pack = try TestPack.make(files: ["rules/a.yaml": rules])
        let complete = "<proposal>\n  <voice-of-the-child><p>We asked pupils.</p></voice-of-the-child>\n  <best-interests><p>Weighed first.</p></best-interests>\n</proposal>\n"
        let viewsOnly = "<proposal>\n  <voice-of-the-child><p>We asked pupils.</p></voice-of-the-child>\n</proposal>\n"
        let nothing = "<proposal>\n  <summary><p>Just a summary.</p></summary>\n</proposal>\n"
        let interestsOnly = "<proposal>\n  <best-interests><p>Weighed first, for 40 pupils.</p></best-interests>\n</proposal>\n"
        for (path, text) in [
            ("q1/a.xml", complete), ("q1/b.xml", nothing), ("q1/old/c.xml", interestsOnly),
            // a lost its best interests (1 new); b gained children's views (1 resolved, and
            // its best interests still missing); c moved to another folder, unchanged.
            ("q2/a.xml", viewsOnly), ("q2/b.xml", viewsOnly), ("q2/new/c-renamed.xml", interestsOnly),
            ("other/x.xml", nothing + "<!-- x -->\n"), ("other/y.xml", complete + "<!-- another -->\n"),
        ] {
            try FileManager.default.createDirectory(atPath: root + "/" + (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try text.write(toFile: root + "/" + path, atomically: true, encoding: .utf8)
        }
    }

    override func tearDownWithError() throws { pack.remove() }

    private func batch(_ arguments: [String]) throws -> CriaBinary.Run {
        try CriaBinary.run(["batch"] + arguments + ["--rules", root, "--quiet"], environment: ["SOURCE_DATE_EPOCH": "0"], directory: root)
    }

    func testTwoFoldersCompareFileByFile() throws {
        XCTAssertEqual(try batch(["q1/", "--json", "q1.json"]).status, 1)
        let run = try batch(["q2/", "--baseline", "q1.json", "--json", "q2.json", "--markdown", "q2.md", "--html", "q2.html"])
        XCTAssertEqual(run.status, 1, run.stderr)
        XCTAssertFalse(run.stderr.contains("warning"), run.stderr)
        let report = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: root + "/q2.json"))) as! [String: Any]
        let baseline = report["baseline"] as! [String: Any]
        XCTAssertEqual(baseline["newFindings"] as? Int, 1)
        XCTAssertEqual(baseline["resolvedFindings"] as? Int, 1)
        XCTAssertEqual(baseline["documentsAdded"] as? Int, 0)
        XCTAssertEqual(baseline["documentsRemoved"] as? Int, 0)
        XCTAssertEqual(baseline["matched"] as? Int, 3)
        let documents = baseline["documents"] as! [[String: Any]]
        XCTAssertEqual(documents.map { $0["file"] as? String }, ["a.xml", "b.xml"])
        XCTAssertEqual((documents[0]["new"] as! [[String: Any]]).map { $0["rule"] as? String }, ["best-interests-section"])
        XCTAssertEqual((documents[0]["resolved"] as! [[String: Any]]).count, 0)
        XCTAssertEqual((documents[1]["resolved"] as! [[String: Any]]).map { $0["rule"] as? String }, ["views-section"])
        XCTAssertEqual((documents[1]["new"] as! [[String: Any]]).count, 0)
        let markdown = try String(contentsOfFile: root + "/q2.md", encoding: .utf8)
        XCTAssertTrue(markdown.contains("1 new findings, 1 resolved; 0 documents added, 0 removed; 3 of the baseline's 3 documents matched."), markdown)
        XCTAssertTrue(markdown.contains("### `a.xml`\n\n- new: fail `best-interests-section`: The proposal does not weigh the child's best interests.\n"), markdown)
        XCTAssertTrue(markdown.contains("### `b.xml`\n\n- resolved: fail `views-section`: The proposal does not show children's views.\n"), markdown)
        let html = try String(contentsOfFile: root + "/q2.html", encoding: .utf8)
        XCTAssertTrue(html.contains("<li>new: fail <code>best-interests-section</code>: The proposal does not weigh the child&#39;s best interests.</li>"), html)
    }

    func testFewMatchesWarn() throws {
        XCTAssertEqual(try batch(["q1/", "--json", "q1.json"]).status, 1)
        let run = try batch(["other/", "--baseline", "q1.json", "--json", "other.json"])
        XCTAssertTrue(run.stderr.contains("cria: warning: only 0 of the baseline's 3 documents matched an input of this run"), run.stderr)
        let report = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: root + "/other.json"))) as! [String: Any]
        let baseline = report["baseline"] as! [String: Any]
        XCTAssertEqual(baseline["documentsAdded"] as? Int, 2)
        XCTAssertEqual(baseline["documentsRemoved"] as? Int, 3)
        XCTAssertEqual(baseline["resolvedFindings"] as? Int, 0)
        XCTAssertNotNil(baseline["warning"] as? String)
    }
}
