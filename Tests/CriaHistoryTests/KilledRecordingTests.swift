import CriaHistory
import Foundation
import XCTest

/// `cria batch --record` killed with SIGKILL half-way: the store is as it was, and a second
/// process reading while the point was being recorded saw only the points before it.
final class KilledRecordingTests: XCTestCase {
    func testAKilledRecordingLeavesTheStoreAsItWas() throws {
        guard let binary = CriaExecutable.path else { throw XCTSkip("the cria binary is not built (swift build), or set CRIA_BINARY") }
        let temporary = try TemporaryStore()
        let store = try temporary.open()
        try store.record("P1", "2026-01-01", [document("kept.xml", hash: "k", [result(TestRule.views, .fail)])])

        let inputs = temporary.folder + "/inputs", out = temporary.folder + "/out"
        try FileManager.default.createDirectory(atPath: inputs, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        let sample = try Data(contentsOf: CriaExecutable.root.appendingPathComponent("samples/dfe-school-attendance-mentors.xml"))
        for i in 1...300 { try sample.write(to: URL(fileURLWithPath: inputs + "/p\(i).xml")) }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = [
            "batch", inputs, "--jobs", "1", "--quiet", "--json", out + "/report.json", "--record", temporary.path, "--point", "P2",
            "--rules", CriaExecutable.root.appendingPathComponent("rules").path, "--no-cache",
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Each entry goes to the report's spool, then into the open recording transaction:
        // once the spool has content, documents of P2 are in that transaction.
        var pointsSeenMidway: [String]?
        while process.isRunning {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: out)) ?? []
            let spooling = names.contains { name in
                name.contains("spool-documents") && ((try? FileManager.default.attributesOfItem(atPath: out + "/" + name)[.size] as? Int) ?? 0) > 0
            }
            if spooling {
                pointsSeenMidway = try HistoryStore(path: temporary.path).points().map(\.label)
                kill(process.processIdentifier, SIGKILL)
                break
            }
            usleep(2_000)
        }
        process.waitUntilExit()
        XCTAssertEqual(process.terminationReason, .uncaughtSignal, "the batch ended before it could be killed mid-recording")
        XCTAssertEqual(pointsSeenMidway, ["P1"], "a reader sees the last committed state")

        let reopened = try HistoryStore(path: temporary.path)
        XCTAssertEqual(try reopened.points().map(\.label), ["P1"])
        XCTAssertEqual(try reopened.points().map(\.documents), [1])
        XCTAssertEqual(try reopened.integrityCheck(), ["ok"])
        // And the store takes the next point as usual.
        try reopened.record("P2", "2026-04-01", [document("kept.xml", hash: "k")])
        XCTAssertEqual(try reopened.diff(from: "P1", to: "P2").resolvedFindings.map(\.rule), ["childrens-own-views"])
    }
}
