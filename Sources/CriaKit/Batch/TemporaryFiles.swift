import Foundation

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
                lock.lock()  // held until exit: no file is created or renamed meanwhile
                for path in paths { unlink(path) }
                FileHandle.standardError.write(Data((message + "\n").utf8))
                _exit(128 + signalNumber)
            }
            source.resume()
            sources.append(source)
        }
    }
}
