import Foundation

/// Temporary files that a killed run left behind (SIGKILL, a crash, a power cut: nothing of
/// cria's runs to remove them), told apart by the process id in their names,
/// `.NAME.PURPOSE.PID.XXXXXX` next to the destination NAME (see `AtomicFile`): a process that
/// no longer exists. They are removed when a later run first writes the same destination,
/// so that they never pile up; the files of a run still going are left alone.
enum StaleTemporaryFiles {
    private static let lock = NSLock()
    /// Destinations already swept by this process: once each is enough.
    nonisolated(unsafe) private static var swept: Set<String> = []

    static func remove(nextTo destination: String) {
        lock.lock()
        defer { lock.unlock() }
        guard swept.insert(destination).inserted else { return }
        let place = PathParts(destination)
        let prefix = "." + place.name + "."
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: place.folder.isEmpty ? "." : place.folder) else { return }
        for entry in entries where entry.hasPrefix(prefix) {
            // PURPOSE.PID.XXXXXX: purposes have no dot, mkstemp's suffix is six characters.
            let parts = entry.dropFirst(prefix.count).split(separator: ".", omittingEmptySubsequences: false)
            guard parts.count == 3, parts[2].utf8.count == 6, let pid = pid_t(parts[1]), pid > 0, pid != getpid(),
                kill(pid, 0) == -1, errno == ESRCH
            else { continue }
            unlink(place.sibling(entry))
        }
    }
}
