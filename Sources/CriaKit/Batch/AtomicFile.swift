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
