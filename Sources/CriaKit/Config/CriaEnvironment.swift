import Foundation

/// The environment variables that choose the rule pack and its cache, read one by one.
/// `ProcessInfo.environment` copies the whole environment into a dictionary first, which
/// costs a small check 0.7M instructions.
public enum CriaEnvironment {
    /// Every variable that `CriaConfig.loadPack` (through `RuleLocator`) and
    /// `PackCache.fromEnvironment` read.
    public static let packVariables = ["CRIA_RULES", "CRIA_CACHE", "XDG_CACHE_HOME", "HOME"]

    /// `packVariables` that are set, with their values.
    public static func packSettings() -> [String: String] {
        var settings: [String: String] = [:]
        for name in packVariables {
            if let value = getenv(name) { settings[name] = String(cString: value) }
        }
        return settings
    }
}
