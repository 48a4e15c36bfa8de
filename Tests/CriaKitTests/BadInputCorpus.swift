import Foundation
import XCTest

/// Hostile and broken inputs, written into a temporary folder by the tests (the large ones
/// are generated, never committed), each with the one error line cria must print for it.
struct BadInputCase {
    enum Expected: Equatable {
        /// `path:line:column: error: message`, exit code 2.
        case error(line: Int, column: Int, message: String)
        /// Only the shape `path:1:1: error: ` (damaged DOCX files, whose messages carry the
        /// ZIP library's own wording).
        case fileLevelError
        /// Read and assessed.
        case readFine
    }

    let name: String
    let expected: Expected
    /// Creates the input at the given path (which may end up as a folder, FIFO, link...).
    let make: (String) throws -> Void
    /// The path given to cria when it is not the generated one (`/dev/null`).
    var fixedPath: String?
    /// What `cria check` says when it differs (check searches folders; batch lists don't).
    var viaCheck: Expected?

    init(_ name: String, _ expected: Expected, fixedPath: String? = nil, make: @escaping (String) throws -> Void) {
        self.name = name
        self.expected = expected
        self.fixedPath = fixedPath
        self.make = make
    }

    init(_ name: String, _ expected: Expected, text: String) {
        self.init(name, expected) { try Data(text.utf8).write(to: URL(fileURLWithPath: $0)) }
    }

    init(_ name: String, _ expected: Expected, bytes: [UInt8]) {
        self.init(name, expected) { try Data(bytes).write(to: URL(fileURLWithPath: $0)) }
    }

    func path(in folder: String) -> String { fixedPath ?? folder + "/" + name }

    /// The exact error line (nil when the file must be read, or only the shape is known).
    func expectedLine(in folder: String, viaCheck: Bool = false) -> String? {
        guard case .error(let line, let column, let message) = viaCheck ? (self.viaCheck ?? expected) : expected else { return nil }
        return "\(path(in: folder)):\(line):\(column): error: \(message)"
    }
}

enum CorpusWriter {
    static func write(_ path: String, _ bytes: [UInt8]) throws {
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }

    /// A file of `prefix`, `count` copies of `byte`, then `suffix`, written in chunks.
    static func repeated(_ path: String, prefix: String, byte: UInt8, count: Int, suffix: String) throws {
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        try handle.write(contentsOf: Data(prefix.utf8))
        let chunk = Data(repeating: byte, count: 1 << 20)
        var left = count
        while left > 0 {
            let n = min(left, chunk.count)
            try handle.write(contentsOf: chunk.prefix(n))
            left -= n
        }
        try handle.write(contentsOf: Data(suffix.utf8))
    }

    /// A sparse file of `size` bytes (no blocks written): refused by its size, never read.
    static func sparse(_ path: String, size: Int) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw CocoaError(.fileWriteUnknown) }
        defer { close(fd) }
        guard ftruncate(fd, off_t(size)) == 0 else { throw CocoaError(.fileWriteUnknown) }
    }
}

/// Just enough of the ZIP format to write broken Word documents.
enum ZIPWriter {
    struct Entry {
        var name: String
        /// 0 stored, 8 deflated.
        var method: UInt16
        var data: [UInt8]
        var uncompressedSize: UInt32
        var crc: UInt32
    }

    static func stored(_ name: String, _ text: String) -> Entry {
        let bytes = Array(text.utf8)
        return Entry(name: name, method: 0, data: bytes, uncompressedSize: UInt32(bytes.count), crc: crc32(bytes))
    }

    static func archive(_ entries: [Entry]) -> [UInt8] {
        var out: [UInt8] = []
        var central: [UInt8] = []
        func u16(_ v: UInt16, _ into: inout [UInt8]) { into += [UInt8(v & 0xFF), UInt8(v >> 8)] }
        func u32(_ v: UInt32, _ into: inout [UInt8]) { for s in stride(from: 0, to: 32, by: 8) { into.append(UInt8((v >> UInt32(s)) & 0xFF)) } }
        for entry in entries {
            let offset = UInt32(out.count)
            let name = Array(entry.name.utf8)
            u32(0x0403_4B50, &out); u16(20, &out); u16(0, &out); u16(entry.method, &out); u16(0, &out); u16(0x21, &out)
            u32(entry.crc, &out); u32(UInt32(entry.data.count), &out); u32(entry.uncompressedSize, &out)
            u16(UInt16(name.count), &out); u16(0, &out)
            out += name
            out += entry.data
            u32(0x0201_4B50, &central); u16(20, &central); u16(20, &central); u16(0, &central); u16(entry.method, &central)
            u16(0, &central); u16(0x21, &central); u32(entry.crc, &central); u32(UInt32(entry.data.count), &central)
            u32(entry.uncompressedSize, &central); u16(UInt16(name.count), &central); u16(0, &central); u16(0, &central)
            u16(0, &central); u16(0, &central); u32(0, &central); u32(offset, &central)
            central += name
        }
        let centralOffset = UInt32(out.count)
        out += central
        u32(0x0605_4B50, &out); u16(0, &out); u16(0, &out); u16(UInt16(entries.count), &out); u16(UInt16(entries.count), &out)
        u32(UInt32(central.count), &out); u32(centralOffset, &out); u16(0, &out)
        return out
    }

    /// A deflate stream (one fixed-Huffman block) that expands to `1 + 258 * pairs` zero
    /// bytes: a literal 0, then (length 258, distance 1) again and again: about 1:1000.
    static func deflatedZeros(pairs: Int) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(pairs * 13 / 8 + 8)
        var bits: UInt64 = 0
        var count = 0
        func put(_ value: UInt32, _ n: Int) {  // LSB first
            bits |= UInt64(value) << UInt64(count)
            count += n
            while count >= 8 { out.append(UInt8(bits & 0xFF)); bits >>= 8; count -= 8 }
        }
        func code(_ value: UInt32, _ n: Int) {  // Huffman codes go MSB first
            var reversed: UInt32 = 0
            for i in 0..<n where value & (1 << UInt32(i)) != 0 { reversed |= 1 << UInt32(n - 1 - i) }
            put(reversed, n)
        }
        put(1, 1); put(1, 2)  // final block, fixed Huffman
        code(0x30, 8)  // literal 0
        for _ in 0..<pairs {
            code(0xC5, 8)  // length symbol 285 (258)
            code(0, 5)  // distance symbol 0 (1)
        }
        code(0, 7)  // end of block
        if count > 0 { out.append(UInt8(bits & 0xFF)) }
        return out
    }

    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 != 0 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }
}

/// Runs the built `cria` binary with a time limit, its output going to files (no pipe can
/// fill up and block it).
enum CriaBinary {
    struct Run {
        let status: Int32
        let stdout: String
        let stderr: String
        let seconds: Double
        let timedOut: Bool
    }

    /// Next to the test bundle (`.build/<config>/cria`), else `<package>/.build/debug/cria`.
    static var path: String? {
        var candidates: [String] = []
        if let explicit = ProcessInfo.processInfo.environment["CRIA_BINARY"] { candidates.append(explicit) }
        candidates.append(Bundle.main.bundleURL.appendingPathComponent("cria").path)
        if let executable = Bundle.main.executableURL {
            candidates.append(executable.deletingLastPathComponent().appendingPathComponent("cria").path)
        }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(root.appendingPathComponent(".build/debug/cria").path)
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    static func require() throws -> String {
        guard let path else { throw XCTSkip("the cria binary is not built (swift build), or set CRIA_BINARY") }
        return path
    }

    /// Where the binary caches parsed rule packs during the tests (a folder of this run's own).
    static let cacheHome = NSTemporaryDirectory() + "cria-test-cache-" + UUID().uuidString

    /// `interruptWhen` is polled while the process runs; once true, SIGINT is sent.
    /// `timeout` only catches a hang: it is far above any normal run, even of the debug
    /// binary on a loaded two-core machine, so that it never measures speed.
    /// `executable`: run that (a copy or link of the binary, or `/usr/bin/env`) in its place.
    static func run(
        _ arguments: [String], timeout: TimeInterval = 60, environment: [String: String] = [:],
        directory: String? = nil, executable: String? = nil, interruptWhen: (() -> Bool)? = nil
    ) throws -> Run {
        let binary = try executable ?? require()
        let folder = NSTemporaryDirectory() + "cria-run-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        _ = FileManager.default.createFile(atPath: folder + "/out", contents: nil)
        _ = FileManager.default.createFile(atPath: folder + "/err", contents: nil)
        let out = try FileHandle(forWritingTo: URL(fileURLWithPath: folder + "/out"))
        let err = try FileHandle(forWritingTo: URL(fileURLWithPath: folder + "/err"))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        var inherited = ProcessInfo.processInfo.environment
        // The caller's own settings do not leak in: a test names what it wants.
        for name in ["NO_COLOR", "CRIA_RULES", "CRIA_CACHE"] { inherited.removeValue(forKey: name) }
        // Parsed packs of the tests' temporary rule folders stay out of the user's cache.
        inherited["XDG_CACHE_HOME"] = cacheHome
        process.environment = inherited.merging(environment) { $1 }
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        let start = Date()
        try process.run()
        var timedOut = false
        var interrupted = false
        while process.isRunning {
            let elapsed = Date().timeIntervalSince(start)
            if let interruptWhen, !interrupted, interruptWhen() {
                process.interrupt()
                interrupted = true
            }
            if elapsed > timeout {
                timedOut = true
                process.terminate()
                break
            }
            usleep(5_000)
        }
        process.waitUntilExit()
        try out.close()
        try err.close()
        let read = { (name: String) in (try? String(contentsOfFile: folder + "/" + name, encoding: .utf8)) ?? "" }
        return Run(
            status: process.terminationStatus, stdout: read("out"), stderr: read("err"),
            seconds: Date().timeIntervalSince(start), timedOut: timedOut)
    }
}
