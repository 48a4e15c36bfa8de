import ArgumentParser
import CriaKit
import Foundation

struct RulesOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Rule pack folder (default: the bundled rules/, or $CRIA_RULES).", valueName: "dir"))
    var rules: String?

    /// Loads and compiles the pack, printing located problems and exiting 2 on any.
    func loadPack() throws -> CompiledPack {
        guard let directory = RuleLocator.locate(explicit: rules) else {
            Terminal.error("cria: error: no rule pack found; pass --rules DIR or set CRIA_RULES")
            throw ExitCode(2)
        }
        do {
            return CompiledPack(try RuleLoader().load(directory: directory))
        } catch let error as RuleLoadError {
            for problem in error.problems { Terminal.error(problem.description) }
            throw ExitCode(2)
        }
    }
}

struct LimitOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Largest file read, in bytes.", valueName: "bytes"))
    var maxFileSize: Int = ReadLimits.default.maxFileBytes

    @Option(name: .long, help: ArgumentHelp("Deepest nesting of elements or values.", valueName: "levels"))
    var maxDepth: Int = ReadLimits.default.maxDepth

    var limits: ReadLimits {
        var limits = ReadLimits()
        limits.maxFileBytes = maxFileSize
        limits.maxDepth = maxDepth
        return limits
    }
}

/// Expands folders into the documents under them (sorted), keeping files as given.
enum InputPaths {
    static let extensions: Set<String> = ["xml", "json", "html", "htm", "xhtml", "docx"]

    static func expand(_ paths: [String]) -> [String] {
        var out: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                let enumerator = FileManager.default.enumerator(atPath: path)
                var found: [String] = []
                while let relative = enumerator?.nextObject() as? String {
                    let ext = (relative as NSString).pathExtension.lowercased()
                    if extensions.contains(ext) { found.append((path as NSString).appendingPathComponent(relative)) }
                }
                out += found.sorted()
            } else {
                out.append(path)
            }
        }
        return out
    }
}

/// `.cria.yml` and the flags that override it (see `cria config show`).
struct ConfigOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Configuration file (default: .cria.yml in this folder or the nearest parent).", valueName: "file"))
    var config: String?

    @Option(name: .long, help: ArgumentHelp("Turn a rule off (repeatable; replaces `disable:` of the configuration).", valueName: "rule-id"))
    var disable: [String] = []

    @Option(name: .long, help: ArgumentHelp("Change a rule's severity (repeatable), e.g. childrens-own-views=warning.", valueName: "rule=level"))
    var severity: [String] = []

    /// The effective configuration, printing located problems and exiting 2 on any.
    func resolve(_ overrides: ConfigOverrides) throws -> CriaConfig {
        var overrides = overrides
        overrides.disable = disable
        overrides.severity = severity
        do { return try CriaConfig.resolve(explicit: config, overrides: overrides) } catch let error as ConfigError {
            for problem in error.problems { Terminal.error(problem) }
            throw ExitCode(2)
        }
    }

    /// The configured pack with `disable` and `severity` applied.
    func loadPack(_ config: CriaConfig) throws -> CompiledPack {
        do { return try config.loadPack() } catch let error as ConfigError {
            for problem in error.problems { Terminal.error(problem) }
            throw ExitCode(2)
        }
    }
}

/// `--output FORMAT=FILE`: one more report of this run, written atomically.
struct OutputRequest: ExpressibleByArgument {
    let format: CheckCommand.Format
    let path: String

    init?(argument: String) {
        guard let equals = argument.firstIndex(of: "="),
              let format = CheckCommand.Format(rawValue: String(argument[..<equals]).lowercased()) else { return nil }
        let path = String(argument[argument.index(after: equals)...])
        guard !path.isEmpty else { return nil }
        self.format = format
        self.path = path
    }
}
