import CriaKit
import Foundation
import GRDB
import XCTest

@testable import CriaHistory

/// The commands as a user runs them, from a folder of their own.
final class HistoryCLITests: XCTestCase {
    func testRecordImportAndQueryFromTheCommandLine() throws {
        let temporary = try TemporaryStore()
        let folder = temporary.folder
        try FileManager.default.createDirectory(atPath: folder + "/proposals", withIntermediateDirectories: true)
        for name in ["dfe-kinship-allowance-pilot.xml", "dwp-uc-deductions-cap.json", "hmt-business-rates-warehouse-relief.json"] {
            try FileManager.default.copyItem(atPath: CriaExecutable.root.path + "/samples/" + name, toPath: folder + "/proposals/" + name)
        }
        let rules = CriaExecutable.root.path + "/rules"
        let first = try CriaExecutable.run(["batch", "proposals", "--quiet", "--rules", rules, "--json", "q1.json", "--record", "history.sqlite", "--point", "2026-Q1", "--date", "2026-03-31"], in: folder)
        XCTAssertEqual(first.status, 1, first.stderr)  // the samples have error-level fails
        let again = try CriaExecutable.run(["batch", "proposals", "--quiet", "--rules", rules, "--record", "history.sqlite", "--point", "2026-Q1"], in: folder)
        XCTAssertEqual(again.status, 2)
        XCTAssertEqual(again.stderr, "history.sqlite: error: point '2026-Q1' is already recorded; give --replace to record it again\n")

        // The same report imported as a later point: the same documents (by reference and
        // path), nothing new, nothing resolved.
        let imported = try CriaExecutable.run(["history", "import", "q1.json", "--point", "2026-Q2", "--date", "2026-06-30"], in: folder)
        XCTAssertEqual(imported.status, 0, imported.stderr)
        XCTAssertTrue(imported.stdout.hasPrefix("Recorded point 2026-Q2: 3 documents (0 new), "), imported.stdout)

        // A recorded batch and its imported JSON report store the same kind and content hash
        // for each document (the reader's hash of the file's bytes, not a second reading).
        let observed = try HistoryStore(path: folder + "/history.sqlite", access: .existing).read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT point.label, observation.path, observation.kind, observation.contentHash
                    FROM observation JOIN point ON point.id = observation.pointID ORDER BY observation.path, point.label
                    """
            ).map { [$0[0] as String, $0[1] as String, $0[2] as String? ?? "nil", $0[3] as String? ?? "nil"] }
        }
        XCTAssertEqual(observed.count, 6)
        for pair in stride(from: 0, to: observed.count, by: 2) {
            XCTAssertEqual(observed[pair].dropFirst(), observed[pair + 1].dropFirst())
            XCTAssertEqual(observed[pair][2], "proposal", "\(observed[pair])")
            XCTAssertEqual(observed[pair][3].count, 16, "\(observed[pair])")
        }

        let points = try CriaExecutable.run(["history", "points"], in: folder)
        XCTAssertEqual(points.status, 0)
        let lines = points.stdout.split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ") }
        XCTAssertEqual(lines.count, 3)
        XCTAssertEqual(lines[0], "point date documents child-relevant fails reviews unreadable")
        XCTAssertTrue(lines[1].hasPrefix("2026-Q1 2026-03-31 3 2 "), lines[1])
        XCTAssertEqual(lines[1].split(separator: " ").dropFirst(2), lines[2].split(separator: " ").dropFirst(2))

        let diff = try CriaExecutable.run(["history", "diff", "2026-Q1", "2026-Q2"], in: folder)
        XCTAssertEqual(diff.stdout, "From 2026-Q1 to 2026-Q2: 0 new findings, 0 resolved, 0 documents added, 0 removed\n")

        let report = try CriaExecutable.run(["history", "report", "--html", "trends.html", "--markdown", "trends.md"], in: folder)
        XCTAssertEqual(report.status, 0, report.stderr)
        let html = try String(contentsOfFile: folder + "/trends.html", encoding: .utf8)
        XCTAssertFalse(html.contains("<script"))
        XCTAssertEqual(html.components(separatedBy: "<svg ").count - 1, Metric.all.count)
        XCTAssertEqual(html.components(separatedBy: "role=\"img\" aria-labelledby=").count - 1, Metric.all.count)
        XCTAssertTrue(try String(contentsOfFile: folder + "/trends.md", encoding: .utf8).hasPrefix("# Children's rights over time\n"))

        let missing = try CriaExecutable.run(["history", "show", "2027-Q1"], in: folder)
        XCTAssertEqual(missing.status, 2)
        XCTAssertEqual(missing.stderr, "history.sqlite: error: no point '2027-Q1' (recorded: 2026-Q1, 2026-Q2)\n")
    }

    func testAReportThatIsNotOneIsRefusedWithoutMakingAStore() throws {
        let temporary = try TemporaryStore()
        try Data("{\"documents\": [{\"file\": 3}]}".utf8).write(to: URL(fileURLWithPath: temporary.folder + "/bad.json"))
        let run = try CriaExecutable.run(["history", "import", "bad.json", "--point", "A"], in: temporary.folder)
        XCTAssertEqual(run.status, 2)
        XCTAssertEqual(run.stderr, "bad.json: error: not a cria batch JSON report (unexpected value at documents[0].file)\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: temporary.folder + "/history.sqlite"))
    }
}
