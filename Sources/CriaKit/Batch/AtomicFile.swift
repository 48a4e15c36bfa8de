import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

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
        let place = PathParts(destination)
        // The process id lets a later run tell a killed run's leftovers from a live run's files.
        StaleTemporaryFiles.remove(nextTo: destination)
        let template = place.sibling(".\(place.name).\(purpose).\(getpid()).XXXXXX")
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
        try buffer.withUnsafeBytes { try writeAll($0) }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Copies another (spool) file's content in, a chunk at a time through one buffer.
    public func append(contentsOf spool: AtomicFile) throws {
        try flush()
        try spool.close()
        let reader = open(spool.temporaryPath, O_RDONLY | O_CLOEXEC)
        guard reader >= 0 else { throw InputError(file: spool.temporaryPath, message: "cannot read the spool file back") }
        defer { closeDescriptor(reader) }
        let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 20, alignment: 1)
        defer { chunk.deallocate() }
        while true {
            let count = read(reader, chunk.baseAddress, chunk.count)
            if count < 0 && errno == EINTR { continue }
            guard count >= 0 else {
                throw InputError(file: spool.temporaryPath, message: "cannot read the spool file back: \(String(cString: strerror(errno)))")
            }
            if count == 0 { return }
            try writeAll(UnsafeRawBufferPointer(rebasing: chunk[..<count]))
        }
    }

    /// Writes `bytes` whole with the system's `write`: going through `Data` and
    /// `FileHandle` copied every 64 KiB flushed, and grew and copied every chunk read back.
    private func writeAll(_ bytes: UnsafeRawBufferPointer) throws {
        var written = 0
        while written < bytes.count {
            let count = writeDescriptor(handle.fileDescriptor, bytes.baseAddress! + written, bytes.count - written)
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else {
                throw InputError(file: destination, message: "cannot write: \(String(cString: strerror(errno)))")
            }
            written += count
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

// The system calls by other names: inside `AtomicFile` its own `write` and `close` methods
// would be found first.
private func writeDescriptor(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}

private func closeDescriptor(_ descriptor: Int32) {
    _ = close(descriptor)
}
