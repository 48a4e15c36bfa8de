import CriaKit
import Foundation

/// What the targets that need files or the shipped rule pack share.
public enum FuzzEnvironment {
    /// The shipped rule pack, which the `check` and `config` targets run against. The
    /// driver sets it from `CRIA_FUZZ_RULES` (scripts/fuzz: `rules`); the tests from the
    /// repository.
    nonisolated(unsafe) public static var rulesDirectory = ProcessInfo.processInfo.environment["CRIA_FUZZ_RULES"] ?? "rules"

    /// Loaded once per process: every input is checked against the same pack.
    static let pack: RulePack? = try? RuleLoader().load(directory: rulesDirectory)
    static let compiledPack: CompiledPack? = pack.map { CompiledPack($0) }

    /// Loads the pack and makes the folder before the first input, so that what is made
    /// once per process is not counted against that input (time, or a leak check).
    public static func prepare() {
        _ = compiledPack
        _ = scratchFolder
    }

    /// A folder of this process's own, rewritten for every input of the rule pack target.
    static let scratchFolder: String = {
        let folder = NSTemporaryDirectory() + "cria-fuzz-\(getpid())"
        try? FileManager.default.createDirectory(atPath: folder + "/lexicons", withIntermediateDirectories: true)
        return folder
    }()
}
