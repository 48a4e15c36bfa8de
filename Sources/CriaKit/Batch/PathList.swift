import Foundation

/// The inputs of `--from-list`: one path a line (LF, CR LF or CR; lines of only spaces and
/// tabs skipped),
/// read from the file as the batch takes them, so that a list of a million paths costs a
/// 64 kB buffer rather than a record per path. Every path is an input as is: a folder in a
/// list is an input that fails ("is a directory"), not one to search. Paths are decoded as
/// UTF-8 (invalid bytes become U+FFFD, and the path then fails to open).
public struct PathList: Sequence, Sendable {
    enum Source: Sendable {
        /// Read twice: once to count the paths, once as the batch runs.
        case file(String)
        /// Standard input cannot be read twice: its bytes are kept, one copy, until the end.
        case bytes([UInt8])
    }

    let source: Source
    /// How many paths the list holds (for the progress line).
    public let count: Int

    /// The list in the file at `path` (`-`: standard input), counted.
    public init(path: String) throws {
        if path == "-" {
            self.init(bytes: [UInt8](FileHandle.standardInput.readDataToEndOfFile()))
        } else {
            self.init(source: .file(path), lines: try LineReader(path: path))
        }
    }

    public init(bytes: [UInt8]) {
        self.init(source: .bytes(bytes), lines: LineReader(bytes: bytes))
    }

    private init(source: Source, lines: LineReader) {
        self.source = source
        // A file that fails part way is counted as empty; the run itself reports the failure.
        count = (try? lines.countPaths()) ?? 0
    }

    public func makeIterator() -> Iterator {
        switch source {
        case .bytes(let bytes): return Iterator(lines: LineReader(bytes: bytes), listPath: "-")
        case .file(let path):
            do { return Iterator(lines: try LineReader(path: path), listPath: path) } catch {
                return Iterator(lines: nil, listPath: path, failure: "\(error)")
            }
        }
    }

    public struct Iterator: IteratorProtocol {
        var lines: LineReader?
        let listPath: String
        /// A list that could not be read to its end is one more input, failed, so that the
        /// batch cannot pass as if the rest of the list were not there.
        var failure: String?

        init(lines: LineReader?, listPath: String, failure: String? = nil) {
            self.lines = lines
            self.listPath = listPath
            self.failure = failure
        }

        public mutating func next() -> BatchInput? {
            if let failure {
                self.failure = nil
                lines = nil
                return BatchInput(path: listPath, failure: InputError(file: listPath, message: "cannot read the rest of the list of paths: \(failure)"))
            }
            do {
                guard let line = try lines?.next() else { return nil }
                return BatchInput(path: line)
            } catch {
                failure = "\(error)"
                return next()
            }
        }
    }
}

/// Non-blank lines of a file or of bytes, read 64 kB at a time. A class, so that the file
/// is closed however early the batch stops taking paths.
final class LineReader {
    private var descriptor: Int32 = -1
    private var buffer: [UInt8]
    private var start = 0
    private var atEnd: Bool

    struct ReadError: Error, CustomStringConvertible {
        let description: String
    }

    init(path: String) throws {
        descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw ReadError(description: String(cString: strerror(errno))) }
        buffer = []
        atEnd = false
    }

    init(bytes: [UInt8]) {
        buffer = bytes
        atEnd = true
    }

    /// The next line holding more than spaces and tabs, without its line end; nil at the end.
    func next() throws -> String? {
        while let line = try nextLine() {
            if !Self.isBlank(line) { return String(decoding: line, as: UTF8.self) }
        }
        return nil
    }

    /// How many lines hold more than spaces and tabs, from here to the end (no paths made).
    func countPaths() throws -> Int {
        var count = 0
        while let line = try nextLine() {
            if !Self.isBlank(line) { count += 1 }
        }
        return count
    }

    private func nextLine() throws -> ArraySlice<UInt8>? {
        while true {
            let end: Int? = buffer.withUnsafeBufferPointer { all in
                guard start < all.count, let base = all.baseAddress else { return nil }
                // Up to the next LF, then any CR before it: both found by memchr, not byte by byte.
                let origin = UnsafeRawPointer(base)
                let lf = memchr(origin + start, 0x0A, all.count - start).map { origin.distance(to: UnsafeRawPointer($0)) }
                let cr = memchr(origin + start, 0x0D, (lf ?? all.count) - start).map { origin.distance(to: UnsafeRawPointer($0)) }
                return cr ?? lf
            }
            if let end {
                defer { start = end + 1 }
                return buffer[start..<end]
            }
            if atEnd {
                guard start < buffer.count else { return nil }
                defer { start = buffer.count }
                return buffer[start...]
            }
            try fill()
        }
    }

    /// Drops the lines already read and appends the next chunk of the file.
    private func fill() throws {
        buffer.removeSubrange(0..<start)
        start = 0
        let chunk = 64 * 1024
        let old = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: chunk))
        let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + old, chunk) }
        guard count >= 0 else {
            buffer.removeSubrange(old...)
            throw ReadError(description: String(cString: strerror(errno)))
        }
        buffer.removeSubrange((old + count)...)
        if count == 0 {
            atEnd = true
            close(descriptor)
            descriptor = -1
        }
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    private static func isBlank(_ line: ArraySlice<UInt8>) -> Bool {
        line.allSatisfy { $0 == 0x20 || $0 == 0x09 }
    }
}
