import Foundation

/// The rule pack the binary was built with (`rules/`, embedded by the `EmbedRulePack` build
/// plugin as `files`), for a binary that finds no pack on disk: copied on its own to another
/// machine or folder. It is written out once into the cache folder (under its digest, so
/// another build's pack is never read for it) and loaded from there like any pack.
public enum EmbeddedRulePack {
    /// The folder holding the unpacked pack, written now if it is not there yet; nil when
    /// no folder can be written.
    public static func unpacked(environment: [String: String]) -> String? {
        let base = PackCache.directory(environment: environment) ?? (NSTemporaryDirectory() + "cria-\(getuid())")
        let directory = base + "/embedded-rules-" + digest
        if RuleLocator.isRulePack(directory) { return directory }
        let staging = directory + ".new-\(getpid())"
        let manager = FileManager.default
        do {
            try? manager.removeItem(atPath: staging)
            for (path, text) in files {
                let file = staging + "/" + path
                try manager.createDirectory(atPath: PathParts(file).folder, withIntermediateDirectories: true)
                try text.write(toFile: file, atomically: false, encoding: .utf8)
            }
            // Another cria may have unpacked it meanwhile: either copy is the same pack.
            if rename(staging, directory) != 0 { try? manager.removeItem(atPath: staging) }
        } catch {
            try? manager.removeItem(atPath: staging)
            return nil
        }
        return RuleLocator.isRulePack(directory) ? directory : nil
    }
}
