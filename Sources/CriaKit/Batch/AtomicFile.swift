import Foundation

/// A file written under a temporary name in the destination's own folder and renamed over
/// the destination on `commit()`, so readers see either the old report whole or the new
/// one whole. Also used for spool files, which are read back and then removed.
public final class AtomicFile {
    public let destination: String
    public let temporaryPath: String
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var closed = false

    public init(destination: String, purpose: String = "tmp") throws {
        self.destination = destination
        let folder = (destination as NSString).deletingLastPathComponent
        let name = (destination as NSString).lastPathComponent
        // The process id lets a later run tell a killed run's leftovers from a live run's files.
        StaleTemporaryFiles.remove(nextTo: destination)
        let template = (folder.isEmpty ? "" : folder + "/") + ".\(name).\(purpose).\(getpid()).XXXXXX"
        var bytes = Array(template.utf8CString)
        // Created and registered at once, so that an interrupt never leaves it behind.
        let (descriptor, failure): (Int32, Int32) = TemporaryFiles.create {
            let descriptor = bytes.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
            return (descriptor, errno, descriptor >= 0 ? String(cString: bytes.map { $0 }) : nil)
        }
        guard descriptor >= 0 else {
            throw InputError(file: destination, message: "cannot create a temporary file next to it: \(String(cString: strerror(failure)))")
        }
        fchmod(descriptor, 0o644)
        temporaryPath = String(cString: bytes.map { $0 })
        handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    }

    public func write(_ text: String) throws {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { try flush() }
    }

    public func write(_ bytes: [UInt8]) throws {
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 16 { try flush() }
    }

    public func flush() throws {
        guard !buffer.isEmpty else { return }
        do { try handle.write(contentsOf: Data(buffer)) } catch {
            throw InputError(file: destination, message: "cannot write: \(error.localizedDescription)")
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Copies another (spool) file's content in.
    public func append(contentsOf spool: AtomicFile) throws {
        try flush()
        try spool.close()
        guard let reader = FileHandle(forReadingAtPath: spool.temporaryPath) else {
            throw InputError(file: spool.temporaryPath, message: "cannot read the spool file back")
        }
        defer { try? reader.close() }
        while let chunk = try reader.read(upToCount: 1 << 20), !chunk.isEmpty {
            try handle.write(contentsOf: chunk)
        }
    }

    public func close() throws {
        guard !closed else { return }
        try flush()
        closed = true
        try handle.close()
    }

    /// Renames the finished file over the destination.
    public func commit() throws {
        try close()
        let renamed = TemporaryFiles.remove(temporaryPath) { rename(temporaryPath, destination) == 0 ? nil : errno }
        if let failure = renamed {
            discard()
            throw InputError(file: destination, message: "cannot replace: \(String(cString: strerror(failure)))")
        }
    }

    /// Removes the temporary file (spools after use; reports after an error).
    public func discard() {
        if !closed { closed = true; try? handle.close() }
        TemporaryFiles.remove(temporaryPath) { unlink(temporaryPath) }
    }
}

/// Every temporary file cria has created and not yet renamed or removed, so that an
/// interrupted run (Ctrl-C, SIGTERM) removes them all before it exits: the destinations
/// are only ever replaced whole by `rename`, so nothing half-written is left either.
public enum TemporaryFiles {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var paths: Set<String> = []
    nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []

    /// Runs `make` (which creates a file and returns its path, or nil) under the lock.
    static func create<T>(_ make: () -> (T, Int32, String?)) -> (T, Int32) {
        lock.lock()
        defer { lock.unlock() }
        let (result, error, path) = make()
        if let path { paths.insert(path) }
        return (result, error)
    }

    /// Runs `body` (which renames or unlinks `path`) under the lock and forgets the path.
    @discardableResult
    static func remove<T>(_ path: String, _ body: () -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        paths.remove(path)
        return body()
    }

    /// The temporary files now registered (for tests).
    public static var current: Set<String> {
        lock.lock()
        defer { lock.unlock() }
        return paths
    }

    /// On SIGINT or SIGTERM: removes every temporary file, prints `message` on stderr and
    /// exits 130 (SIGINT) or 143 (SIGTERM), as shells report a command killed by them.
    public static func removeOnInterrupt(message: String) {
        for signalNumber in [SIGINT, SIGTERM] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler {
                lock.lock()   // held until exit: no file is created or renamed meanwhile
                for path in paths { unlink(path) }
                FileHandle.standardError.write(Data((message + "\n").utf8))
                _exit(128 + signalNumber)
            }
            source.resume()
            sources.append(source)
        }
    }
}

/// A spool of items of one JSON array, each serialized at `indent` levels, comma-separated,
/// so that the final report can be assembled without holding them in memory.
final class JSONArraySpool {
    let file: AtomicFile
    let indent: String
    let indentLevel: Int
    private(set) var count = 0

    init(next destination: String, name: String, indentLevel: Int) throws {
        file = try AtomicFile(destination: destination, purpose: "spool-\(name)")
        indent = String(repeating: "  ", count: indentLevel)
        self.indentLevel = indentLevel
    }

    /// Bytes reused from item to item.
    private var scratch = JSONBytes()

    func append(_ value: JSONValue) throws {
        try append { out, level in out.write(value, indent: level) }
    }

    /// Appends the item that `write` writes at the given indent level.
    func append(writing write: (inout JSONBytes, _ level: Int) -> Void) throws {
        scratch.bytes.removeAll(keepingCapacity: true)
        if count > 0 { scratch.bytes.append(UInt8(ascii: ",")) }
        scratch.newline(indentLevel)
        write(&scratch, indentLevel)
        try file.write(scratch.bytes)
        count += 1
    }

    /// Writes `[ ... ]` into `out`; the closing bracket is one level less indented.
    func emit(into out: AtomicFile) throws {
        if count == 0 { try out.write("[]"); return }
        try out.write("[")
        try out.append(contentsOf: file)
        try out.write("\n" + String(indent.dropLast(2)) + "]")
    }
}
