import ArgumentParser
import CriaKit
import Foundation

package struct RulesOption: ParsableArguments {
    package init() {}

    @Option(name: .long, help: ArgumentHelp("Rule pack folder (default: the bundled rules/, or $CRIA_RULES).", valueName: "dir"))
    package var rules: String?

    @Flag(name: .long, help: "Parse the rule pack's YAML rather than reuse the parsed pack cached in $XDG_CACHE_HOME/cria (default ~/.cache/cria), and leave the cache as it is. CRIA_CACHE=off does the same.")
    package var noCache = false

    /// The parsed-pack cache, unless `--no-cache` or `CRIA_CACHE=off` turn it off.
    package var cache: PackCache? { Self.cache(noCache: noCache) }

    package static func cache(noCache: Bool, environment: [String: String] = ProcessInfo.processInfo.environment) -> PackCache? {
        noCache ? nil : PackCache.fromEnvironment(environment)
    }

    /// Loads and compiles the pack, printing located problems and exiting 2 on any.
    /// `useCache: false` parses every file whatever the cache holds (`rules lint`).
    package func loadPack(useCache: Bool = true) throws -> CompiledPack {
        guard let directory = RuleLocator.locate(explicit: rules) else {
            Terminal.error("cria: error: no rule pack found; pass --rules DIR or set CRIA_RULES")
            throw ExitCode(2)
        }
        do {
            return CompiledPack(try RuleLoader().load(directory: directory, cache: useCache ? cache : nil))
        } catch let error as RuleLoadError {
            for problem in error.problems { Terminal.error(problem.description) }
            throw ExitCode(2)
        }
    }
}

package struct LimitOptions: ParsableArguments {
    package init() {}

    @Option(name: .long, help: ArgumentHelp("Largest file read, in bytes (suffixes K, M, G: 64M). Larger files are refused before reading.", valueName: "bytes"))
    package var maxFileSize: ByteCount = ByteCount(ReadLimits.default.maxFileBytes)

    @Option(name: .long, help: ArgumentHelp("Deepest nesting of elements or values (at most \(ReadLimits.depthCeiling)).", valueName: "levels"))
    package var maxDepth: Int = ReadLimits.default.maxDepth

    @Option(name: .long, help: ArgumentHelp("Most text read from one document (XML, HTML) or one JSON string, in bytes (suffixes K, M, G).", valueName: "bytes"))
    package var maxText: ByteCount = ByteCount(ReadLimits.default.maxTextBytes)

    package func validate() throws {
        if let problem = limits.problem { throw ValidationError(problem) }
    }

    package var limits: ReadLimits {
        var limits = ReadLimits()
        limits.maxFileBytes = maxFileSize.value
        limits.maxDepth = maxDepth
        limits.maxTextBytes = maxText.value
        return limits
    }
}

/// A number of bytes, optionally with a binary suffix: `1048576`, `512K`, `64M`, `2G`.
package struct ByteCount: ExpressibleByArgument, CustomStringConvertible {
    package let value: Int

    package init(_ value: Int) { self.value = value }

    package init?(argument: String) {
        let text = argument.trimmingCharacters(in: .whitespaces).uppercased()
        let multipliers: [Character: Int] = ["K": 1 << 10, "M": 1 << 20, "G": 1 << 30]
        var digits = Substring(text)
        var multiplier = 1
        if digits.hasSuffix("B") && digits.count > 1 && multipliers[digits.dropLast().last ?? " "] != nil { digits = digits.dropLast() }
        if let last = digits.last, let m = multipliers[last] {
            multiplier = m
            digits = digits.dropLast()
        }
        guard let number = Int(digits), number >= 0 else { return nil }
        let (product, overflow) = number.multipliedReportingOverflow(by: multiplier)
        guard !overflow else { return nil }
        value = product
    }

    package var description: String {
        for (suffix, size) in [("G", 1 << 30), ("M", 1 << 20), ("K", 1 << 10)] where value >= size && value % size == 0 {
            return "\(value / size)\(suffix)"
        }
        return String(value)
    }

    package var defaultValueDescription: String { description }
}

/// `.cria.yml` and the flags that override it (see `cria config show`).
package struct ConfigOptions: ParsableArguments {
    package init() {}

    @Option(name: .long, help: ArgumentHelp("Configuration file (default: .cria.yml in this folder or the nearest parent).", valueName: "file"))
    package var config: String?

    @Option(name: .long, help: ArgumentHelp("Turn a rule off (repeatable; replaces `disable:` of the configuration).", valueName: "rule-id"))
    package var disable: [String] = []

    @Option(name: .long, help: ArgumentHelp("Change a rule's severity (repeatable), e.g. childrens-own-views=warning.", valueName: "rule=level"))
    package var severity: [String] = []

    @Option(
        name: .long,
        help: ArgumentHelp("Read every document as this kind: assessment, proposal, legislation, guidance, news, statistics or other (default: `kind:` of .cria.yml, else detected from each document).", valueName: "kind")
    )
    package var kind: DocumentKind?

    package var flags: ConfigFlags { ConfigFlags(config: config, disable: disable, severity: severity, kind: kind) }

    /// The effective configuration, printing located problems and exiting 2 on any.
    package func resolve(_ overrides: ConfigOverrides) throws -> CriaConfig { try flags.resolve(overrides) }

    /// The configured pack with `disable` and `severity` applied.
    package func loadPack(_ config: CriaConfig, cache: PackCache?) throws -> CompiledPack { try flags.loadPack(config, cache: cache) }
}

/// The values of `ConfigOptions`.
package struct ConfigFlags {
    package var config: String?
    package var disable: [String] = []
    package var severity: [String] = []
    package var kind: DocumentKind?

    package init(config: String?, disable: [String] = [], severity: [String] = [], kind: DocumentKind? = nil) {
        self.config = config
        self.disable = disable
        self.severity = severity
        self.kind = kind
    }

    /// The effective configuration, printing located problems and exiting 2 on any.
    package func resolve(_ overrides: ConfigOverrides) throws -> CriaConfig {
        var overrides = overrides
        overrides.disable = disable
        overrides.severity = severity
        overrides.kind = kind
        do { return try CriaConfig.resolve(explicit: config, overrides: overrides) } catch let error as ConfigError {
            for problem in error.problems { Terminal.error(problem) }
            throw ExitCode(2)
        }
    }

    /// The configured pack with `disable` and `severity` applied.
    package func loadPack(_ config: CriaConfig, environment: [String: String] = ProcessInfo.processInfo.environment, cache: PackCache?) throws -> CompiledPack {
        do { return try config.loadPack(environment: environment, cache: cache) } catch let error as ConfigError {
            for problem in error.problems { Terminal.error(problem) }
            throw ExitCode(2)
        }
    }
}

/// A report format named on the command line (`--format sarif`), one of `ReportFormats`.
package struct FormatOption: ExpressibleByArgument {
    package let format: any ReportFormat.Type

    package init(_ format: any ReportFormat.Type) { self.format = format }

    package init?(argument: String) {
        guard let format = ReportFormats.named(argument) else { return nil }
        self.format = format
    }

    package static var allValueStrings: [String] { ReportFormats.registered.map { $0.name } }
    package var defaultValueDescription: String { format.name }
}

/// `--output FORMAT=FILE`: one more report of this run, written atomically.
package struct OutputRequest: ExpressibleByArgument {
    package let format: FormatOption
    package let path: String

    package init?(argument: String) {
        guard let equals = argument.firstIndex(of: "="),
            let format = FormatOption(argument: String(argument[..<equals]).lowercased())
        else { return nil }
        let path = String(argument[argument.index(after: equals)...])
        guard !path.isEmpty else { return nil }
        self.format = format
        self.path = path
    }
}

extension FailLevel: ExpressibleByArgument {}
extension DocumentKind: ExpressibleByArgument {}

/// Which files inside folders given to `check` or `batch` are read (over `.cria.yml`).
package struct SelectionOptions: ParsableArguments {
    package init() {}

    @Option(name: .long, help: ArgumentHelp("In folders, only files matching this glob (repeatable; relative to the folder; `**` spans folders; a glob without '/' matches the file name).", valueName: "glob"))
    package var include: [String] = []

    @Option(name: .long, help: ArgumentHelp("In folders, skip files matching this glob (repeatable).", valueName: "glob"))
    package var exclude: [String] = []
}
