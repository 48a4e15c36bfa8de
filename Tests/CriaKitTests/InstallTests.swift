import Foundation
import XCTest

@testable import CriaKit

/// cria finds its rule pack as an installed tool does: from its real path, however it was
/// started, and from the pack built into it when there is none on disk.
final class InstallTests: XCTestCase {
    private var folder = ""

    override func setUpWithError() throws {
        folder = NSTemporaryDirectory() + "cria-install-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder + "/bin", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: folder + "/work", withIntermediateDirectories: true)
    }

    override func tearDown() {
        try? FileManager.default.removeItem(atPath: folder)
    }

    private var samplePath: String { packageRoot + "/samples/dfe-school-attendance-mentors.xml" }

    func testThroughPATHAndASymbolicLinkThePackBesideTheRealExecutableIsFound() throws {
        let binary = try CriaBinary.require()
        try FileManager.default.createSymbolicLink(atPath: folder + "/bin/cria", withDestinationPath: binary)
        let path = folder + "/bin:" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        // `env` finds `cria` on PATH: the program is started as plain "cria", from a folder with no rules.
        let run = try CriaBinary.run(["cria", "--version"], environment: ["PATH": path], directory: folder + "/work", executable: "/usr/bin/env")
        let rules = URL(fileURLWithPath: packageRoot + "/rules").resolvingSymlinksInPath().path
        XCTAssertEqual(run.stdout, "cria \(ToolInfo.version), rule pack cria-uncrc 2026.12.0 (\(rules))\n", run.stderr)
        XCTAssertEqual(run.status, 0)
        let check = try CriaBinary.run(["cria", "check", "--format", "json", samplePath], environment: ["PATH": path], directory: folder + "/work", executable: "/usr/bin/env")
        XCTAssertEqual(check.status, 0, check.stderr)
        XCTAssertTrue(check.stdout.contains("\"rules\": \"\(rules)\""), String(check.stdout.prefix(300)))
    }

    /// `cria serve` is run by `cria-serve`, and `cria history` by `cria-history`, found beside
    /// cria's real path. Copied alone, cria still gives the commands' help and usage errors (it
    /// declares them), and says in one line that a sibling is missing when it would run it.
    func testACommandWithoutItsSiblingIsOneLineAndExitCode2() throws {
        let binary = try CriaBinary.require()
        try FileManager.default.copyItem(atPath: binary, toPath: folder + "/bin/cria")
        let alone = folder + "/bin/cria"
        let serve = try CriaBinary.run(["serve", "--port", "0"], directory: folder + "/work", executable: alone)
        XCTAssertEqual(serve.status, 2)
        XCTAssertEqual(serve.stderr, "cria: error: cannot find \(folder)/bin/cria-serve, which runs this command; build it with `swift build` or install cria with scripts/install\n")
        XCTAssertEqual(serve.stdout, "")
        let help = try CriaBinary.run(["serve", "--help"], directory: folder + "/work", executable: alone)
        XCTAssertEqual(help.status, 0, help.stderr)
        XCTAssertTrue(help.stdout.contains("USAGE: cria serve [--host <host>] [--port <port>]"), help.stdout)
        let usage = try CriaBinary.run(["serve", "--port", "70000"], directory: folder + "/work", executable: alone)
        XCTAssertEqual(usage.status, 2)
        XCTAssertTrue(usage.stderr.hasPrefix("Error: --port must be between 0 and 65535\n"), usage.stderr)
        // The history store's commands and a recorded batch are cria-history's.
        for arguments in [["history", "points"], ["batch", samplePath, "--record", "h.sqlite", "--point", "P"]] {
            let history = try CriaBinary.run(arguments, directory: folder + "/work", executable: alone)
            XCTAssertEqual(history.status, 2, "\(arguments)")
            XCTAssertEqual(history.stderr, "cria: error: cannot find \(folder)/bin/cria-history, which runs this command; build it with `swift build` or install cria with scripts/install\n")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder + "/work/h.sqlite"))
    }

    func testTheBinaryCopiedAloneChecksWithThePackBuiltIntoIt() throws {
        let binary = try CriaBinary.require()
        try FileManager.default.copyItem(atPath: binary, toPath: folder + "/bin/cria")
        let cache = folder + "/cache"
        let alone = try CriaBinary.run(
            ["check", "--format", "json", samplePath], environment: ["XDG_CACHE_HOME": cache],
            directory: folder + "/work", executable: folder + "/bin/cria")
        XCTAssertEqual(alone.status, 0, alone.stderr)
        let unpacked = try FileManager.default.contentsOfDirectory(atPath: cache + "/cria").filter { $0.hasPrefix("embedded-rules-") }
        XCTAssertEqual(unpacked.count, 1, "\(unpacked)")
        // The same findings as with the checkout's own pack.
        let checkout = try CriaBinary.run(["check", "--format", "json", "--rules", packageRoot + "/rules", samplePath], directory: folder + "/work")
        func documents(_ json: String) throws -> String {
            let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
            let data = try JSONSerialization.data(withJSONObject: object["documents"] ?? [], options: [.sortedKeys])
            return String(decoding: data, as: UTF8.self)
        }
        XCTAssertEqual(try documents(alone.stdout), try documents(checkout.stdout))
        XCTAssertTrue(alone.stdout.contains("\"rules\": \"\(cache)/cria/\(unpacked[0])\""), String(alone.stdout.prefix(300)))
        let version = try CriaBinary.run(["--version"], environment: ["XDG_CACHE_HOME": cache], directory: folder + "/work", executable: folder + "/bin/cria")
        XCTAssertEqual(version.stdout, "cria \(ToolInfo.version), rule pack cria-uncrc 2026.12.0 (\(cache)/cria/\(unpacked[0]))\n")
    }
}
