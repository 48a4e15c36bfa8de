import Foundation

/// Finds the bundled rule pack: `--rules`, then `CRIA_RULES`, then a `rules/` folder beside
/// the executable or above it (`.build/debug/cria` inside a checkout), then
/// `share/cria/rules` of an installed prefix, then `./rules`.
public enum RuleLocator {
    public static func locate(explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let explicit { return explicit }
        if let fromEnvironment = environment["CRIA_RULES"], !fromEnvironment.isEmpty { return fromEnvironment }
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var directory = executable.deletingLastPathComponent()
        for _ in 0..<6 {
            for candidate in [directory.appendingPathComponent("rules"), directory.appendingPathComponent("share/cria/rules")] where isRulePack(candidate.path) {
                return candidate.path
            }
            directory = directory.deletingLastPathComponent()
        }
        let local = FileManager.default.currentDirectoryPath + "/rules"
        return isRulePack(local) ? local : nil
    }

    static func isRulePack(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path + "/roles.yaml", isDirectory: &isDirectory) && !isDirectory.boolValue
    }
}
