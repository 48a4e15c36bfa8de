import Foundation

/// Finds the rule pack: `--rules`, then `CRIA_RULES`, then a `rules/` folder beside the
/// executable or above it (`.build/debug/cria` inside a checkout), then `share/cria/rules` of
/// an installed prefix, then `./rules`, and last the pack built into the binary. The
/// executable is found by its real path (`/proc/self/exe`), so it is the same when cria is
/// run through `PATH` or a symbolic link.
public enum RuleLocator {
    public static func locate(explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        search(explicit: explicit, environment: environment).map(relativeToWorkingDirectory)
    }

    /// `rules` rather than `/home/me/cria/rules` in reports, when the pack is below the
    /// current folder, so that reports do not depend on where a checkout lives.
    static func relativeToWorkingDirectory(_ path: String) -> String {
        let here = FileManager.default.currentDirectoryPath
        // A plain absolute path (the pack found beside the executable) is standard already:
        // standardizing it as a URL costs a check a third of a million instructions.
        let resolved = CriaConfig.isPlainAbsolutePath(path) ? path : URL(fileURLWithPath: path).standardizedFileURL.path
        return resolved.hasPrefix(here + "/") ? String(resolved.dropFirst(here.count + 1)) : path
    }

    private static func search(explicit: String?, environment: [String: String]) -> String? {
        if let explicit { return explicit }
        if let fromEnvironment = environment["CRIA_RULES"], !fromEnvironment.isEmpty { return fromEnvironment }
        // Walked as text: URL's path appending costs a check a third of a million
        // instructions in the runtime's first lookup of what its character set conforms to.
        var directory = PathParts(executablePath()).folder
        for _ in 0..<6 {
            let base = directory == "/" ? "" : directory
            for candidate in [base + "/rules", base + "/share/cria/rules"] where isRulePack(candidate) { return candidate }
            directory = PathParts(directory).folder
        }
        let local = FileManager.default.currentDirectoryPath + "/rules"
        if isRulePack(local) { return local }
        return EmbeddedRulePack.unpacked(environment: environment)
    }

    /// The running executable's real path: what `/proc/self/exe` links to, else the first
    /// argument with its links resolved (which is just "cria" when run through `PATH`). The
    /// sibling executables (`cria-serve`, `cria-history`) are found beside it too.
    public static func executable() -> URL {
        #if os(Linux)
            if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
                return URL(fileURLWithPath: path)
            }
        #endif
        return URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    }

    /// `executable()`'s path, read without Foundation where `/proc/self/exe` tells it.
    static func executablePath() -> String {
        #if os(Linux)
            var buffer = [UInt8](repeating: 0, count: Int(PATH_MAX) + 1)
            let count = buffer.withUnsafeMutableBufferPointer { buffer in
                buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { readlink("/proc/self/exe", $0, buffer.count - 1) }
            }
            if count > 0 { return String(decoding: buffer.prefix(count), as: UTF8.self) }
        #endif
        return executable().path
    }

    static func isRulePack(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path + "/roles.yaml", isDirectory: &isDirectory) && !isDirectory.boolValue
    }
}
