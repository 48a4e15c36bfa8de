import Foundation
import XCTest

@testable import CriaKit

/// `cria batch` killed outright (SIGKILL: no handler runs, nothing is cleaned up) at random
/// moments, over and over: a report is either absent or whole, and what a killed run leaves
/// behind never breaks the next run, which also removes it.
final class BatchKillTests: XCTestCase {
    func testKilledBatchesLeaveNoHalfWrittenReport() throws {
        let binary = try CriaBinary.require()
        let fixture = try BatchFixture()
        defer { try? FileManager.default.removeItem(atPath: fixture.root) }
        let folder = fixture.root + "/docs", tmp = fixture.root + "/tmp"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: tmp, withIntermediateDirectories: true)
        // 300 documents, 1 in 50 broken.
        let sample = fixture.read(fixture.fixtures + "/dfe/a.json")
        let total = 300, broken = 6
        for i in 1...total {
            let text = i % 50 == 0 ? String(sample.dropLast(20)) : sample
            try text.write(toFile: String(format: "%@/p%03d.json", folder, i), atomically: false, encoding: .utf8)
        }
        let reports = [
            "json": fixture.out + "/r.json", "sarif": fixture.out + "/r.sarif", "html": fixture.out + "/r.html",
            "csv": fixture.out + "/r.csv", "markdown": fixture.out + "/r.md",
        ]
        let arguments =
            ["batch", "--rules", fixture.pack, "--quiet", "--jobs", "2"]
            + reports.sorted { $0.key < $1.key }.flatMap { ["--" + $0.key, $0.value] } + [folder]
        let environment = ["TMPDIR": tmp + "/", "XDG_CACHE_HOME": CriaBinary.cacheHome]

        let whole = try runToEnd(binary, arguments, environment: environment)
        XCTAssertEqual(whole.status, 2)
        try assertWhole(reports, documents: total, failed: broken)

        // Killed at a random moment of a run's length, a few times (about five seconds in all).
        var generator = SystemRandomNumberGenerator()
        var kills: [Double] = []
        let started = Date()
        while kills.count < 12, Date().timeIntervalSince(started) < 5 {
            let delay = Double.random(in: 0..<whole.seconds, using: &generator)
            kills.append(delay)
            let process = try launch(binary, arguments, environment: environment)
            usleep(useconds_t(delay * 1_000_000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            try assertWhole(reports, documents: total, failed: broken, after: "a kill at \(delay) s")
        }
        XCTAssertGreaterThanOrEqual(kills.count, 3)

        // The next run completes; the killed runs' temporary files (spools, half-written
        // reports) are gone, next to the reports and in TMPDIR alike.
        XCTAssertEqual(try runToEnd(binary, arguments, environment: environment).status, 2, "after kills at \(kills)")
        try assertWhole(reports, documents: total, failed: broken, after: "the run after kills at \(kills)")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: fixture.out).sorted(), ["r.csv", "r.html", "r.json", "r.md", "r.sarif"])
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: tmp), [])
    }

    /// A dead process's temporary files next to a destination are removed when it is next
    /// written; a live process's are not, nor are other files.
    func testAKilledRunsTemporaryFilesAreRemovedByTheNext() throws {
        let folder = NSTemporaryDirectory() + "cria-stale-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let ended = Process()
        ended.executableURL = URL(fileURLWithPath: "/bin/true")
        try ended.run()
        ended.waitUntilExit()
        let dead = ended.processIdentifier
        let names = [
            ".r.json.spool-documents.\(dead).a1B2c3", ".r.json.tmp.\(dead).x9Y8z7",  // the dead run's
            ".r.json.tmp.1.q5W6e7",  // pid 1 is alive
            ".r.html.tmp.\(dead).k0L9m8", "r.json.notes", ".r.json.tmp.\(dead)",
        ]  // not r.json's, or not cria's
        for name in names { _ = FileManager.default.createFile(atPath: folder + "/" + name, contents: Data("x".utf8)) }
        let file = try AtomicFile(destination: folder + "/r.json")
        try file.write("{}")
        try file.commit()
        XCTAssertEqual(
            try FileManager.default.contentsOfDirectory(atPath: folder).sorted(),
            [".r.html.tmp.\(dead).k0L9m8", ".r.json.tmp.1.q5W6e7", ".r.json.tmp.\(dead)", "r.json", "r.json.notes"])
    }

    /// Each report that exists is a finished one: every document in it, up to its last line.
    private func assertWhole(
        _ reports: [String: String], documents: Int, failed: Int, after moment: String = "a whole run",
        file: StaticString = #filePath, line: UInt = #line
    ) throws {
        if let data = FileManager.default.contents(atPath: reports["json"]!) {
            let report = try XCTUnwrap(try? JSONSerialization.jsonObject(with: data) as? [String: Any], "r.json after \(moment)", file: file, line: line)
            XCTAssertEqual((report["documents"] as? [Any])?.count, documents - failed, moment, file: file, line: line)
            XCTAssertEqual((report["failed"] as? [Any])?.count, failed, moment, file: file, line: line)
        }
        if let data = FileManager.default.contents(atPath: reports["sarif"]!) {
            let log = try XCTUnwrap(try? JSONSerialization.jsonObject(with: data) as? [String: Any], "r.sarif after \(moment)", file: file, line: line)
            XCTAssertEqual((log["runs"] as? [Any])?.count, 1, moment, file: file, line: line)
        }
        if let html = try? String(contentsOfFile: reports["html"]!, encoding: .utf8) {
            XCTAssertTrue(html.hasSuffix("</html>\n"), "r.html after \(moment)", file: file, line: line)
        }
        if let csv = try? String(contentsOfFile: reports["csv"]!, encoding: .utf8) {
            // A row per finding and per broken input, each ending in CRLF.
            let files = Set(csv.components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty }.map { $0.prefix { $0 != "," } })
            XCTAssertTrue(csv.hasSuffix("\r\n"), "r.csv after \(moment)", file: file, line: line)
            XCTAssertEqual(files.count, documents, "r.csv after \(moment)", file: file, line: line)
        }
        if let markdown = try? String(contentsOfFile: reports["markdown"]!, encoding: .utf8) {
            XCTAssertEqual(
                markdown.components(separatedBy: "\n").filter { $0.hasPrefix("| ") && $0.contains("/p") }.count, documents,
                "r.md after \(moment)", file: file, line: line)
        }
    }

    private func launch(_ binary: String, _ arguments: [String], environment: [String: String]) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.filter { !["CRIA_RULES", "CRIA_CACHE"].contains($0.key) }
            .merging(environment) { $1 }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return process
    }

    private func runToEnd(_ binary: String, _ arguments: [String], environment: [String: String]) throws -> (status: Int32, seconds: Double) {
        let start = Date()
        let process = try launch(binary, arguments, environment: environment)
        process.waitUntilExit()
        return (process.terminationStatus, Date().timeIntervalSince(start))
    }
}
