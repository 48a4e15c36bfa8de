/// Reads a condition from YAML, reporting every problem with its position. The compositions
/// are read here; each primitive reads itself (`ConditionPrimitive.parse`) with the helpers
/// below.
struct ConditionParser {
    let file: String
    var problems: [RuleProblem] = []
    /// Inline term lists met while parsing, to be registered as lexicons.
    var inlineLexicons: [Lexicon] = []
    /// Lexicon and role names referenced, with where, for the pack to check.
    var lexiconReferences: [(name: String, at: SourceLocation)] = []
    var roleReferences: [(name: String, at: SourceLocation)] = []
    /// Kinds, populations and domains that `statement` conditions name, for the pack to check
    /// against `statements.yaml`.
    var statementReferences: [(kinds: [String], about: [String], domains: [String], at: SourceLocation)] = []
    let ruleID: String

    /// Every condition key with the other keys allowed beside it.
    static let conditionKeys: [String: Set<String>] = ConditionPrimitives.compositionKeys.merging(
        ConditionPrimitives.registered.map { ($0.key, $0.options) }
    ) { composition, _ in composition }

    mutating func parse(_ view: YAMLView) -> Condition? {
        guard let entries = view.mapping, !entries.isEmpty else {
            problem(view.location, "a condition must be a mapping such as `section: children-views`")
            return nil
        }
        guard let named = entries.first(where: { Self.conditionKeys[$0.key] != nil }) else {
            problem(entries[0].keyView.location, "unknown condition '\(entries[0].key)'; expected one of \(Self.conditionKeys.keys.sorted().joined(separator: ", "))")
            return nil
        }
        let allowed = Self.conditionKeys[named.key]!.union([named.key])
        for entry in entries where !allowed.contains(entry.key) {
            problem(entry.keyView.location, "unknown key '\(entry.key)' in a `\(named.key)` condition\(suggestion(entry.key, among: allowed))")
        }
        let value = named.value
        switch named.key {
        case "all", "any":
            guard let parsed = conditions(value, of: named.key) else { return nil }
            return named.key == "all" ? .all(parsed) : .any(parsed)
        case "not":
            return parse(value).map { .not($0) }
        case "someOf":
            guard let parsed = conditions(value, of: named.key) else { return nil }
            let atLeast = optionalInt(view, "atLeast") ?? 1
            if atLeast > parsed.count { problem(view.location, "`atLeast: \(atLeast)` is more than the \(parsed.count) conditions of `someOf`") }
            return .someOf(parsed, atLeast: atLeast)
        default:
            return ConditionPrimitives.byKey[named.key]!.parse(value, in: view, parser: &self).map { .primitive(Condition.Primitive($0)) }
        }
    }

    private mutating func conditions(_ value: YAMLView, of key: String) -> [Condition]? {
        guard let items = value.sequence, !items.isEmpty else {
            problem(value.location, "`\(key)` takes a non-empty list of conditions")
            return nil
        }
        let parsed = items.compactMap { parse($0) }
        return parsed.count == items.count ? parsed : nil
    }

    // MARK: - For primitives

    /// A lexicon name, or an inline list of terms registered as a lexicon of its own.
    mutating func termSource(_ view: YAMLView) -> TermSource? {
        if let name = view.string {
            lexiconReferences.append((name, view.location))
            return .lexicon(name)
        }
        if let terms = view.sequence?.compactMap(\.string), !terms.isEmpty {
            let name = "\(ruleID)#\(view.location.line):\(view.location.column)"
            inlineLexicons.append(Lexicon(name: name, description: "inline list in \(ruleID)", terms: terms))
            return .inline(name: name)
        }
        problem(view.location, "expected a lexicon name or a list of terms")
        return nil
    }

    /// The condition's `in:`: the whole document unless it names roles.
    mutating func scope(_ view: YAMLView) -> Scope {
        guard let value = view.value("in") else { return .document }
        if value.string == "document" { return .document }
        guard let roles = value.strings, !roles.isEmpty else {
            problem(value.location, "`in` takes `document`, a role, or a list of roles")
            return .document
        }
        for role in roles { roleReferences.append((role, value.location)) }
        return .roles(roles)
    }

    mutating func optionalInt(_ view: YAMLView, _ key: String) -> Int? {
        guard let value = view.value(key) else { return nil }
        guard let number = value.int, number >= 0 else {
            problem(value.location, "`\(key)` takes a whole number")
            return nil
        }
        return number
    }

    mutating func problem(_ location: SourceLocation, _ message: String) {
        problems.append(RuleProblem(file: file, location: location, message: message))
    }
}
