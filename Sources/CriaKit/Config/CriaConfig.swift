import Foundation
import Yams

/// The effective configuration of a run: defaults, then `.cria.yml`, then flags.
public struct CriaConfig: Sendable {
    public static let fileNames = [".cria.yml", ".cria.yaml"]
    static let keys: Set<String> = ["rules", "disable", "severity", "failOn", "include", "exclude", "departments", "kind"]

    /// The configuration file read, if any.
    public var file: String?
    /// Rule pack folders (relative ones resolved against the config file's folder); empty:
    /// the bundled pack (`RuleLocator`).
    public var rules: Sourced<[String]> = Sourced([], .default)
    public var disable: Sourced<[String]> = Sourced([], .default)
    /// Rule id → severity, in order, each with its own source.
    public var severity: [(rule: String, value: Sourced<Severity>)] = []
    public var failOn: Sourced<FailLevel> = Sourced(.error, .default)
    public var include: Sourced<[String]> = Sourced([], .default)
    public var exclude: Sourced<[String]> = Sourced([], .default)
    public var departments: Sourced<[DepartmentMapping]> = Sourced([], .default)
    public var departmentFrom: Sourced<String?> = Sourced(nil, .default)
    /// `kind:` one kind for every document, or path glob or /regex/ → kind; `--kind`.
    public var kind: Sourced<[(pattern: String?, kind: DocumentKind)]> = Sourced([], .default)
    /// Where each rule id named in the file is, for "unknown rule" errors.
    var ruleMentions: [(id: String, location: SourceLocation, source: ConfigSource, setting: String)] = []

    public init() {}

    // MARK: - Finding and loading

    /// `.cria.yml` (or `.cria.yaml`) in `directory` or the nearest parent that has one.
    public static func find(from directory: String = FileManager.default.currentDirectoryPath) -> String? {
        if isPlainAbsolutePath(directory) { return findWalkingPath(from: directory) }
        var url = URL(fileURLWithPath: directory, isDirectory: true).standardizedFileURL
        while true {
            for name in fileNames {
                let candidate = url.appendingPathComponent(name).path
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory), !isDirectory.boolValue { return candidate }
            }
            let parent = url.deletingLastPathComponent()
            if parent.path == url.path { return nil }
            url = parent
        }
    }

    /// `find` for a folder that standardizing would leave as it is, walked as text: a URL's
    /// standardization alone costs a small check 0.4M instructions.
    private static func findWalkingPath(from directory: String) -> String? {
        var folder = Substring(directory)
        while true {
            for name in fileNames {
                let candidate = (folder == "/" ? "" : String(folder)) + "/" + name
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory), !isDirectory.boolValue { return candidate }
            }
            guard folder != "/", let slash = folder.lastIndex(of: "/") else { return nil }
            folder = slash == folder.startIndex ? "/" : folder[..<slash]
        }
    }

    /// Absolute, without empty, `.` or `..` components or a trailing slash (but `/` itself).
    static func isPlainAbsolutePath(_ path: String) -> Bool {
        guard path.hasPrefix("/") else { return false }
        if path == "/" { return true }
        return path.dropFirst().split(separator: "/", omittingEmptySubsequences: false).allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." }
    }

    /// The effective configuration: `explicit` (`--config`) or the file found from
    /// `directory`, with `overrides` on top. Throws every problem found, located.
    public static func resolve(
        explicit: String? = nil, overrides: ConfigOverrides = ConfigOverrides(),
        directory: String = FileManager.default.currentDirectoryPath
    ) throws -> CriaConfig {
        var config = CriaConfig()
        var problems: [String] = []
        if let path = explicit ?? find(from: directory) {
            if explicit != nil, !FileManager.default.fileExists(atPath: path) {
                throw ConfigError(problems: ["\(path):1:1: error: configuration file not found"])
            }
            config = try load(path: path)
        }
        config.apply(overrides, problems: &problems)
        if !problems.isEmpty { throw ConfigError(problems: problems) }
        return config
    }

    /// Reads one configuration file.
    public static func load(path: String) throws -> CriaConfig {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw ConfigError(problems: ["\(path):1:1: error: cannot read the configuration file"])
        }
        return try parse(text, file: path)
    }

    public static func parse(_ text: String, file: String) throws -> CriaConfig {
        var config = CriaConfig()
        config.file = file
        var problems: [RuleProblem] = []
        func problem(_ at: YAMLView, _ message: String) { problems.append(RuleProblem(file: file, location: at.location, message: message)) }
        let node: Node?
        do { node = try Yams.compose(yaml: text) } catch let error as YamlError {
            throw ConfigError(problems: [RuleLoader.problem(from: error, file: file).description])
        }
        guard let node else { return config }  // an empty file: all defaults
        let root = YAMLView(node: node, file: file)
        if root.nodeCount(limit: 10_000) >= 10_000 { throw ConfigError(problems: ["\(file):1:1: error: configuration too large"]) }
        guard let entries = root.mapping else {
            throw ConfigError(problems: [RuleProblem(file: file, location: root.location, message: "the configuration must be a mapping of settings (\(keys.sorted().joined(separator: ", ")))").description])
        }
        let source = ConfigSource.file(file)
        let base = PathParts(file).folder
        func strings(_ view: YAMLView, _ key: String) -> [String]? {
            guard let list = view.strings else { problem(view, "`\(key)` takes a list of strings"); return nil }
            return list
        }
        for entry in entries {
            let value = entry.value
            switch entry.key {
            case "rules":
                guard let list = strings(value, "rules") else { continue }
                let folders = list.map { $0.hasPrefix("/") ? $0 : (base.isEmpty ? $0 : base + "/" + $0) }
                config.rules = Sourced(folders.map { URL(fileURLWithPath: $0).standardizedFileURL.path }, source, location: value.location)
            case "disable":
                guard let list = strings(value, "disable") else { continue }
                config.disable = Sourced(list, source, location: value.location)
                let items = value.sequence ?? [value]
                for (id, item) in zip(list, items) { config.ruleMentions.append((id, item.location, source, "disable")) }
            case "severity":
                guard let pairs = value.mapping else { problem(value, "`severity` takes a mapping of rule id to error, warning or info"); continue }
                for pair in pairs {
                    guard let text = pair.value.string, let severity = Severity(rawValue: text) else {
                        problem(pair.value, "unknown severity '\(pair.value.string ?? "?")' for '\(pair.key)'; expected error, warning or info")
                        continue
                    }
                    config.severity.append((pair.key, Sourced(severity, source, location: pair.keyView.location)))
                    config.ruleMentions.append((pair.key, pair.keyView.location, source, "severity"))
                }
            case "failOn":
                guard let text = value.string, let level = FailLevel(rawValue: text) else {
                    problem(value, "unknown failOn '\(value.string ?? "?")'; expected error, warning, info or never")
                    continue
                }
                config.failOn = Sourced(level, source, location: value.location)
            case "include":
                if let list = strings(value, "include") { config.include = Sourced(list, source, location: value.location) }
            case "exclude":
                if let list = strings(value, "exclude") { config.exclude = Sourced(list, source, location: value.location) }
            case "departments":
                guard let pairs = value.mapping else { problem(value, "`departments` takes a mapping of path glob (or /regex/) to department name"); continue }
                var mappings: [DepartmentMapping] = []
                for pair in pairs {
                    guard let name = pair.value.string, !name.isEmpty else { problem(pair.value, "department for '\(pair.key)' must be a name"); continue }
                    if let regex = DepartmentRule.regexBody(pair.key), (try? NSRegularExpression(pattern: regex)) == nil {
                        problem(pair.keyView, "'\(pair.key)' is not a valid regular expression")
                        continue
                    }
                    mappings.append(DepartmentMapping(pattern: pair.key, department: name))
                }
                config.departments = Sourced(mappings, source, location: value.location)
            case "kind":
                if let name = value.string {
                    guard let kind = DocumentKind(rawValue: name) else { problem(value, "unknown kind '\(name)'; expected \(DocumentKind.spelled)"); continue }
                    config.kind = Sourced([(nil, kind)], source, location: value.location)
                    continue
                }
                guard let pairs = value.mapping else { problem(value, "`kind` takes a document kind, or a mapping of path glob (or /regex/) to kind"); continue }
                var mappings: [(pattern: String?, kind: DocumentKind)] = []
                for pair in pairs {
                    guard let name = pair.value.string, let kind = DocumentKind(rawValue: name) else {
                        problem(pair.value, "unknown kind '\(pair.value.string ?? "?")' for '\(pair.key)'; expected \(DocumentKind.spelled)")
                        continue
                    }
                    if let regex = DepartmentRule.regexBody(pair.key), (try? NSRegularExpression(pattern: regex)) == nil {
                        problem(pair.keyView, "'\(pair.key)' is not a valid regular expression")
                        continue
                    }
                    mappings.append((pair.key, kind))
                }
                config.kind = Sourced(mappings, source, location: value.location)
            default:
                problem(entry.keyView, "unknown key '\(entry.key)'\(suggestion(entry.key, among: keys))")
            }
        }
        if !problems.isEmpty { throw ConfigError(problems: problems.map(\.description)) }
        return config
    }

    // MARK: - Flags

    mutating func apply(_ overrides: ConfigOverrides, problems: inout [String]) {
        if let rules = overrides.rules { self.rules = Sourced([rules], .flag) }
        if !overrides.disable.isEmpty {
            disable = Sourced(overrides.disable, .flag)
            ruleMentions.removeAll { $0.setting == "disable" }
            ruleMentions += overrides.disable.map { ($0, .unknown, .flag, "disable") }
        }
        for item in overrides.severity {
            let parts = item.split(separator: "=", maxSplits: 1).map { String($0).trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, !parts[0].isEmpty, let severity = Severity(rawValue: parts[1]) else {
                problems.append("cria: error: --severity '\(item)': expected RULE=LEVEL with LEVEL error, warning or info")
                continue
            }
            self.severity.removeAll { $0.rule == parts[0] }
            self.severity.append((parts[0], Sourced(severity, .flag)))
            ruleMentions.append((parts[0], .unknown, .flag, "severity"))
        }
        if let failOn = overrides.failOn { self.failOn = Sourced(failOn, .flag) }
        if !overrides.include.isEmpty { include = Sourced(overrides.include, .flag) }
        if !overrides.exclude.isEmpty { exclude = Sourced(overrides.exclude, .flag) }
        if let from = overrides.departmentFrom { departmentFrom = Sourced(from, .flag) }
        if let kind = overrides.kind { self.kind = Sourced([(nil, kind)], .flag) }
    }

    // MARK: - Applying

    /// Which rule pack folders to load: the configured ones, else the bundled pack.
    public func ruleDirectories(environment: [String: String] = ProcessInfo.processInfo.environment) -> [String]? {
        if !rules.value.isEmpty { return rules.value }
        return RuleLocator.locate(explicit: nil, environment: environment).map { [$0] }
    }

    /// Loads the configured pack(s) and applies `disable` and `severity`: disabled rules are
    /// gone from every output; a changed severity shows everywhere (SARIF rule descriptors
    /// too), because reports render from this pack. With a `cache`, a pack loaded before
    /// is read from it rather than parsed again.
    public func loadPack(environment: [String: String] = ProcessInfo.processInfo.environment, cache: PackCache? = nil) throws -> CompiledPack {
        guard let directories = ruleDirectories(environment: environment) else {
            throw ConfigError(problems: ["cria: error: no rule pack found; pass --rules DIR, set `rules:` in .cria.yml or set CRIA_RULES"])
        }
        var packs: [RulePack] = []
        var keys: [UInt64]? = []
        var problems: [String] = []
        for directory in directories {
            do {
                let loaded = try RuleLoader().loadIdentified(directory: directory, cache: cache)
                packs.append(loaded.pack)
                keys = loaded.key.flatMap { key in keys.map { $0 + [key] } }
            } catch let error as RuleLoadError {
                problems += error.problems.map(\.description)
            }
        }
        if !problems.isEmpty { throw ConfigError(problems: problems) }
        return try apply(to: RulePack.merged(packs), cache: cache, packKeys: keys)
    }

    /// Validates the rule ids the configuration names and returns the adjusted pack.
    /// With a `cache`, the pack's term matcher is read from it when it holds one.
    public func apply(to pack: RulePack, cache: PackCache? = nil) throws -> CompiledPack {
        try apply(to: pack, cache: cache, packKeys: nil)
    }

    /// `packKeys`: the cache keys of the pack folders merged into `pack`, in order, if known.
    func apply(to pack: RulePack, cache: PackCache?, packKeys: [UInt64]?) throws -> CompiledPack {
        let known = ruleMentions.isEmpty ? [] : Set(pack.rules.map(\.id))
        var problems: [String] = []
        for mention in ruleMentions where !known.contains(mention.id) {
            let hint = suggestion(mention.id, among: known)
            switch mention.source {
            case .file(let path):
                problems.append(RuleProblem(file: path, location: mention.location, message: "unknown rule '\(mention.id)' in `\(mention.setting)`\(hint)").description)
            default:
                problems.append("cria: error: --\(mention.setting): unknown rule '\(mention.id)'\(hint)")
            }
        }
        if !problems.isEmpty { throw ConfigError(problems: problems) }
        let disabled = Set(disable.value)
        let severities = Dictionary(severity.map { ($0.rule, $0.value.value) }, uniquingKeysWith: { _, last in last })
        // Most runs disable nothing and change no severity: filtering and mapping the rules
        // to keep them all as they were copied each twice, 270,000 instructions of a check.
        guard !disabled.isEmpty || !severities.isEmpty else {
            return CompiledPack(pack, disabledRuleIDs: disabled, cache: cache, packKeys: packKeys)
        }
        let rules = pack.rules.filter { !disabled.contains($0.id) }.map { rule -> Rule in
            guard let changed = severities[rule.id], changed != rule.severity else { return rule }
            var adjusted = rule
            adjusted.severity = changed
            return adjusted
        }
        var adjusted = RulePack(directory: pack.directory, rules: rules, lexicons: pack.lexicons, roles: pack.roles, relevance: pack.relevance, statements: pack.statements)
        adjusted.legislation = pack.legislation
        return CompiledPack(adjusted, disabledRuleIDs: disabled, cache: cache, packKeys: packKeys)
    }

    /// The kind the configuration sets for documents, if any.
    public func kindOverride() -> KindOverride {
        let setting: String
        switch kind.source {
        case .flag: setting = "--kind"
        case .file(let path): setting = "\((path as NSString).lastPathComponent) `kind:`"
        default: return .none
        }
        if let every = kind.value.first, every.pattern == nil { return KindOverride(kind: every.kind, setting: setting) }
        return KindOverride(patterns: kind.value.compactMap { item in item.pattern.map { ($0, item.kind) } }, setting: setting)
    }

    /// The department rule for batch: `--department-from` if given, else the mapping.
    public func departmentRule() throws -> DepartmentRule {
        if let from = departmentFrom.value { return try DepartmentRule(pattern: from) }
        if departments.value.isEmpty { return .none }
        return DepartmentRule(mappings: departments.value)
    }

    // MARK: - Showing

    /// `cria config show`: YAML-ish text with each value's source as a comment.
    public func show() -> String {
        func list(_ items: [String]) -> String { "[" + items.map(quote).joined(separator: ", ") + "]" }
        func line(_ text: String, _ source: ConfigSource) -> String {
            text.padding(toLength: max(text.count, 40), withPad: " ", startingAt: 0) + "  # \(source)\n"
        }
        var out = "# configuration file: \(file ?? "none")\n"
        out += line("rules: \(rules.value.isEmpty ? "[] (bundled: \(RuleLocator.locate(explicit: nil) ?? "none found"))" : list(rules.value))", rules.source)
        out += line("disable: \(list(disable.value))", disable.source)
        if severity.isEmpty {
            out += line("severity: {}", .default)
        } else {
            out += "severity:\n"
            for entry in severity { out += line("  \(entry.rule): \(entry.value.value.rawValue)", entry.value.source) }
        }
        out += line("failOn: \(failOn.value.rawValue)", failOn.source)
        out += line("include: \(list(include.value))", include.source)
        out += line("exclude: \(list(exclude.value))", exclude.source)
        if let from = departmentFrom.value {
            out += line("departments: (--department-from \(quote(from)))", departmentFrom.source)
        } else if departments.value.isEmpty {
            out += line("departments: {}", departments.source)
        } else {
            out += line("departments:", departments.source)
            for mapping in departments.value { out += "  \(quote(mapping.pattern)): \(quote(mapping.department))\n" }
        }
        if kind.value.isEmpty {
            out += line("kind: (detected from each document)", kind.source)
        } else if let every = kind.value.first, every.pattern == nil {
            out += line("kind: \(every.kind.rawValue)", kind.source)
        } else {
            out += line("kind:", kind.source)
            for mapping in kind.value { out += "  \(quote(mapping.pattern ?? "")): \(mapping.kind.rawValue)\n" }
        }
        return out
    }
}

private func quote(_ text: String) -> String {
    guard text.isEmpty || text.contains(where: { ":#{}[],&*!|>'\"%@`\\".contains($0) }) || text.first == " " || text.last == " " else { return text }
    return "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
}
