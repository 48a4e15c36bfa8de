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
        return try read(bytes: bytes, file: path)
    }

    /// Reads bytes already in memory (rule examples, tests); `file` names them in messages.
    public func read(bytes: [UInt8], file: String) throws -> Document {
        switch FormatDetector.syntax(of: bytes, fileName: file) {
        case .json:
            let root = try JSONReader.read(bytes: bytes, file: file, limits: limits)
            let format = FormatDetector.dialect(of: root, syntax: .json)
            return Document(file: file, format: format, root: root, metadata: DialectMetadata.metadata(root: root, format: format))
        case .xml, .utf16XML:
            let parsed = try XMLReader.read(bytes: bytes, file: file, limits: limits)
            let format = FormatDetector.dialect(of: parsed, syntax: .xml)
            let metadata = DialectMetadata.metadata(root: parsed, format: format)
            let root = format == .clml ? CLMLDialect.simplify(parsed)
                : format == .akomaNtoso ? AkomaNtosoDialect.simplify(parsed) : parsed
            return Document(file: file, format: format, root: root, metadata: metadata)
        case .html:
            let page = try HTMLReader.read(bytes: bytes, file: file, limits: limits)
            return Document(file: file, format: .html, root: HTMLMainContent.reduce(page), metadata: HTMLMainContent.metadata(root: page))
        case .zip:
            let (root, metadata) = try DOCXReader.read(bytes: bytes, file: file, limits: limits)
            return Document(file: file, format: .docx, root: root, metadata: metadata)
        case .unknown(let reason):
            throw InputError(file: file, message: reason)
        }
    }

    func readBytes(path: String) throws -> [UInt8] {
        var status = stat()
        guard stat(path, &status) == 0 else {
            let reason = errno == ENOENT ? "no such file" : errno == ELOOP ? "too many levels of symbolic links" : String(cString: strerror(errno))
            throw InputError(file: path, message: reason)
        }
        switch status.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw InputError(file: path, message: "is a directory")
        case S_IFIFO: throw InputError(file: path, message: "is a FIFO, not a regular file")
        default: throw InputError(file: path, message: "not a regular file")
        }
        guard Int(status.st_size) <= limits.maxFileBytes else {
            throw InputError(file: path, message: "file is \(status.st_size) bytes, larger than the limit of \(limits.maxFileBytes) bytes (--max-file-size)")
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw InputError(file: path, message: "permission denied")
        }
        defer { try? handle.close() }
        let data = (try? handle.read(upToCount: limits.maxFileBytes + 1)) ?? Data()
        guard data.count <= limits.maxFileBytes else {
            throw InputError(file: path, message: "file is larger than the limit of \(limits.maxFileBytes) bytes (--max-file-size)")
        }
        return [UInt8](data)
    }
}
