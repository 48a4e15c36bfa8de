import Foundation

/// Reads a file from disk into a `Document`: checks it is a readable regular file within
/// the size limit, detects its format from its content and hands it to the right reader.
public struct DocumentLoader {
    public var limits: ReadLimits

    public init(limits: ReadLimits = .default) {
        self.limits = limits
    }

    public func load(path: String) throws -> Document {
        let bytes = try readBytes(path: path)
        var document = try read(bytes: bytes, file: path)
        document.contentHash = ContentHash.of(bytes)
        return document
    }

    /// Reads bytes already in memory (rule examples, tests); `file` names them in messages.
    /// A parsed XML or JSON document, read as its dialect if it has one (`InputDialects`).
    private static func document(file: String, parsed: DocumentNode, syntax: DocumentFormat) -> Document {
        var document: Document
        if let dialect = InputDialects.detect(parsed, syntax: syntax) {
            document = Document(file: file, format: dialect.format, root: dialect.simplify(parsed), metadata: dialect.metadata(root: parsed))
            document.isLegislation = dialect.isLegislation
        } else {
            document = Document(file: file, format: syntax, root: parsed)
        }
        if syntax == .xml {
            document.schemaElements = [parsed.label] + (parsed.children.first { $0.kind == .element }.map { [$0.label] } ?? [])
        }
        return document
    }

    public func read(bytes: [UInt8], file: String) throws -> Document {
        switch FormatDetector.syntax(of: bytes, fileName: file) {
        case .json:
            return Self.document(file: file, parsed: try JSONReader.read(bytes: bytes, file: file, limits: limits), syntax: .json)
        case .xml, .utf16XML:
            return Self.document(file: file, parsed: try XMLReader.read(bytes: bytes, file: file, limits: limits), syntax: .xml)
        case .html:
            let page = try HTMLReader.read(bytes: bytes, file: file, limits: limits)
            return Document(file: file, format: .html, root: HTMLMainContent.reduce(page), metadata: HTMLMainContent.metadata(root: page))
        case .zip:
            let (root, metadata) = try DOCXReader.read(bytes: bytes, file: file, limits: limits)
            return Document(file: file, format: .docx, root: root, metadata: metadata)
        case .unknown(let reason):
            var location = SourceLocation(line: 1, column: 1)
            if reason == FormatDetector.binaryMessage, let nul = FormatDetector.firstNUL(in: bytes) {
                location = bytes.withUnsafeBufferPointer { buffer in
                    var counter = SourcePositionCounter(bytes: buffer)
                    return counter.location(ofOffset: nul)
                }
            }
            throw InputError(file: file, location: location, message: reason)
        }
    }

    /// Stats the path first (a missing file, a folder, a FIFO or a device is refused without
    /// being opened), then opens it with `O_NONBLOCK` and checks the opened descriptor again,
    /// so that a file swapped for a FIFO in between cannot block the read. At most
    /// `maxFileBytes + 1` bytes are ever read, whatever size the file claims.
    func readBytes(path: String) throws -> [UInt8] {
        var status = stat()
        guard stat(path, &status) == 0 else { throw InputError(file: path, message: Self.reason(errno)) }
        try checkType(status, path: path)
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)
        guard descriptor >= 0 else { throw InputError(file: path, message: Self.reason(errno)) }
        defer { close(descriptor) }
        guard fstat(descriptor, &status) == 0 else { throw InputError(file: path, message: Self.reason(errno)) }
        try checkType(status, path: path)

        let limit = min(limits.maxFileBytes, Int.max - 1)
        // The size `stat` gave, plus one byte to see the end of the file, read straight into
        // the array's storage (no zero fill first); a file that grew meanwhile reads on below.
        let expected = min(Int(status.st_size), limit) + 1
        var readError: Int32 = 0
        var bytes = [UInt8](unsafeUninitializedCapacity: expected) { buffer, initialized in
            while initialized < expected {
                let n = readDescriptor(descriptor, buffer.baseAddress! + initialized, expected - initialized)
                if n < 0 {
                    if errno == EINTR { continue }
                    readError = errno
                    return
                }
                if n == 0 { return }
                initialized += n
            }
        }
        if readError != 0 { throw InputError(file: path, message: "cannot read: \(Self.reason(readError))") }
        var count = bytes.count
        if count < expected { return bytes }
        while true {
            if count == bytes.count {
                guard count <= limit else { break }
                bytes.append(contentsOf: repeatElement(0, count: min(max(count, 1 << 16), limit + 1 - count)))
            }
            let n = bytes.withUnsafeMutableBytes { buffer in
                readDescriptor(descriptor, buffer.baseAddress! + count, buffer.count - count)
            }
            if n < 0 {
                if errno == EINTR { continue }
                throw InputError(file: path, message: "cannot read: \(Self.reason(errno))")
            }
            if n == 0 { break }
            count += n
        }
        guard count <= limit else { throw tooLarge(path: path, size: nil) }
        bytes.removeLast(bytes.count - count)
        return bytes
    }

    private func checkType(_ status: stat, path: String) throws {
        switch status.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw InputError(file: path, message: "is a directory")
        case S_IFIFO: throw InputError(file: path, message: "is a FIFO, not a regular file")
        case S_IFSOCK: throw InputError(file: path, message: "is a socket, not a regular file")
        case S_IFCHR, S_IFBLK: throw InputError(file: path, message: "is a device, not a regular file")
        default: throw InputError(file: path, message: "not a regular file")
        }
        if Int(status.st_size) > limits.maxFileBytes { throw tooLarge(path: path, size: Int(status.st_size)) }
    }

    private func tooLarge(path: String, size: Int?) -> InputError {
        let what = size.map { "file is \($0) bytes, larger" } ?? "file is larger"
        return InputError(file: path, message: "\(what) than the limit of \(limits.maxFileBytes) bytes (--max-file-size)")
    }

    private static func reason(_ code: Int32) -> String {
        switch code {
        case ENOENT: return "no such file"
        case ENOTDIR: return "no such file (a folder on the path is a file)"
        case ELOOP: return "too many levels of symbolic links"
        case EACCES, EPERM: return "permission denied"
        case ENAMETOOLONG: return "file name too long"
        default: return String(cString: strerror(code))
        }
    }
}

/// `read(2)`, outside `DocumentLoader`, whose own `read` would shadow it.
private func readDescriptor(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
