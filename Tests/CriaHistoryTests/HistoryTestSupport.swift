import CriaHistory
import CriaKit
import Foundation
import XCTest

/// A store in a folder of its own, removed after the test.
final class TemporaryStore {
    let folder: String
    let path: String

    init() throws {
        folder = NSTemporaryDirectory() + "cria-history-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        path = folder + "/history.sqlite"
    }

    func open() throws -> HistoryStore { try HistoryStore(path: path, access: .createIfMissing) }

    deinit { try? FileManager.default.removeItem(atPath: folder) }
}

/// The three rules the hand-made histories use, as a pack would give them.
enum TestRule {
    static let views = ("childrens-own-views", [12], Severity.error)
    static let rights = ("rights-engaged-identified", [4], Severity.warning)
    static let bestInterests = ("best-interests-primary-consideration", [3], Severity.error)
    static let evidence = ("evidence-about-children", [3, 4], Severity.info)
}

func result(_ rule: (String, [Int], Severity), _ outcome: Outcome) -> RecordedResult {
    RecordedResult(rule: rule.0, title: rule.0, articles: rule.1, severity: rule.2, outcome: outcome, fingerprint: StableHash.hex(rule.0), section: nil, path: "/proposal")
}

func document(
    _ path: String, hash: String? = nil, reference: String? = nil, department: String = "Department for Education",
    relevance: Relevance = .direct, _ results: [RecordedResult] = []
) -> RecordedDocument {
    RecordedDocument(path: path, reference: reference, contentHash: hash, format: "xml", title: nil, department: department, relevance: relevance, results: results)
}

func header(_ label: String, _ date: String) -> PointHeader {
    PointHeader(label: label, takenAt: date, toolVersion: "test", rules: "rules", source: "test")
}

extension HistoryStore {
    func record(_ label: String, _ date: String, _ documents: [RecordedDocument]) throws {
        try record(header(label, date)) { recorder in for document in documents { try recorder.add(document) } }
    }
}

/// The built `cria` and the package folder.
enum CriaExecutable {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var path: String? {
        var candidates: [String] = []
        if let explicit = ProcessInfo.processInfo.environment["CRIA_BINARY"] { candidates.append(explicit) }
        if let executable = Bundle.main.executableURL { candidates.append(executable.deletingLastPathComponent().appendingPathComponent("cria").path) }
        candidates.append(root.appendingPathComponent(".build/debug/cria").path)
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs cria in `directory` to the end; output through files, so no pipe fills up.
    static func run(_ arguments: [String], in directory: String) throws -> (status: Int32, stdout: String, stderr: String) {
        guard let path else { throw XCTSkip("the cria binary is not built (swift build), or set CRIA_BINARY") }
        let out = directory + "/.stdout", err = directory + "/.stderr"
        FileManager.default.createFile(atPath: out, contents: nil)
        FileManager.default.createFile(atPath: err, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: out))
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: err))
        process.environment = ProcessInfo.processInfo.environment.merging(["SOURCE_DATE_EPOCH": "1767225600", "CRIA_CACHE": "off"]) { $1 }
        try process.run()
        process.waitUntilExit()
        defer { try? FileManager.default.removeItem(atPath: out); try? FileManager.default.removeItem(atPath: err) }
        return (process.terminationStatus, try String(contentsOfFile: out, encoding: .utf8), try String(contentsOfFile: err, encoding: .utf8))
    }
}
