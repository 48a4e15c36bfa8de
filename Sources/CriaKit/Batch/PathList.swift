import Foundation

/// The inputs of `--from-list`: one path a line (LF, CR LF or CR; blank lines skipped),
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
        var count = 0
        // A file that fails part way is counted to there; the run itself reports the failure.
        while (try? lines.next()) != nil { count += 1 }
        self.count = count
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

    /// The next line holding more than blanks, without its line end; nil at the end.
    func next() throws -> String? {
        while true {
            if let end = buffer[start...].firstIndex(where: { $0 == 0x0A || $0 == 0x0D }) {
                let line = buffer[start..<end]
                start = end + 1
                if let text = Self.path(line) { return text }
                continue
            }
            if atEnd {
                defer { start = buffer.count }
                return start < buffer.count ? Self.path(buffer[start...]) : nil
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

    private static func path(_ line: ArraySlice<UInt8>) -> String? {
        let text = String(decoding: line, as: UTF8.self)
        return text.trimmingCharacters(in: .whitespaces).isEmpty ? nil : text
    }
}
