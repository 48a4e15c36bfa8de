/// Reads a condition from YAML, reporting every problem with its position.
struct ConditionParser {
    let file: String
    var problems: [RuleProblem] = []
    /// Inline term lists met while parsing, to be registered as lexicons.
    var inlineLexicons: [Lexicon] = []
    /// Lexicon and role names referenced, with where, for the pack to check.
    var lexiconReferences: [(name: String, at: SourceLocation)] = []
    var roleReferences: [(name: String, at: SourceLocation)] = []
    let ruleID: String

    static let primitiveKeys: [String: Set<String>] = [
        "section": ["section", "minWords", "maxWords"],
        "mentions": ["mentions", "in", "atLeast", "distinct", "perThousandWords"],
        "cites": ["cites", "in", "match"],
        "field": ["field", "is", "atLeast", "atMost"],
        "near": ["near", "within", "in", "atLeast"],
        "relevance": ["relevance"],
        "screeningConsistent": ["screeningConsistent"],
        "hasText": ["hasText", "minWords"],
        "all": ["all"], "any": ["any"], "not": ["not"], "someOf": ["someOf", "atLeast"],
    ]

    mutating func parse(_ view: YAMLView) -> Condition? {
        guard let entries = view.mapping, !entries.isEmpty else {
            problem(view.location, "a condition must be a mapping such as `section: children-views`")
            return nil
        }
        guard let primitive = entries.first(where: { Self.primitiveKeys[$0.key] != nil }) else {
            problem(entries[0].keyView.location, "unknown condition '\(entries[0].key)'; expected one of \(Self.primitiveKeys.keys.sorted().joined(separator: ", "))")
            return nil
        }
        let allowed = Self.primitiveKeys[primitive.key]!
        for entry in entries where !allowed.contains(entry.key) {
            problem(entry.keyView.location, "unknown key '\(entry.key)' in a `\(primitive.key)` condition\(suggestion(entry.key, among: allowed))")
        }
        let value = primitive.value
        switch primitive.key {
        case "all", "any":
            guard let items = value.sequence, !items.isEmpty else {
                problem(value.location, "`\(primitive.key)` takes a non-empty list of conditions")
                return nil
            }
            let parsed = items.compactMap { parse($0) }
            guard parsed.count == items.count else { return nil }
            return primitive.key == "all" ? .all(parsed) : .any(parsed)
        case "not":
            return parse(value).map { .not($0) }
        case "someOf":
            guard let items = value.sequence, !items.isEmpty else {
                problem(value.location, "`someOf` takes a non-empty list of conditions")
                return nil
            }
            let parsed = items.compactMap { parse($0) }
            guard parsed.count == items.count else { return nil }
            let atLeast = optionalInt(view, "atLeast") ?? 1
            if atLeast > parsed.count { problem(view.location, "`atLeast: \(atLeast)` is more than the \(parsed.count) conditions of `someOf`") }
            return .someOf(parsed, atLeast: atLeast)
        case "section":
            guard let role = value.string else { problem(value.location, "`section` takes a role name"); return nil }
            roleReferences.append((role, value.location))
            return .section(role: role, minWords: optionalInt(view, "minWords"), maxWords: optionalInt(view, "maxWords"))
        case "mentions":
            guard let source = termSource(value) else { return nil }
            return .mentions(source, scope: scope(view), atLeast: optionalInt(view, "atLeast") ?? 1,
                             distinct: view.value("distinct")?.string == "true",
                             perThousandWords: view.value("perThousandWords")?.string.flatMap(Double.init))
        case "cites":
            let articles: [Int]
            if let one = value.int { articles = [one] } else if let many = value.sequence?.compactMap(\.int), !many.isEmpty, many.count == value.sequence?.count {
                articles = many
            } else {
                problem(value.location, "`cites` takes an article number or a list of them")
                return nil
            }
            for article in articles where !(1...54).contains(article) {
                problem(value.location, "UNCRC article \(article) does not exist (1-54)")
            }
            let match = view.value("match")?.string ?? "any"
            if match != "any" && match != "all" { problem(view.value("match")!.location, "`match` is `any` or `all`") }
            return .cites(articles: articles, scope: scope(view), matchAll: match == "all")
        case "field":
            guard let names = value.strings, !names.isEmpty else { problem(value.location, "`field` takes a field name or a list of names"); return nil }
            if let values = view.value("is") {
                guard let accepted = values.strings else { problem(values.location, "`is` takes a value or a list of values"); return nil }
                return .field(names: names, test: .isOneOf(accepted))
            }
            if let bound = view.value("atLeast"), let number = bound.string.flatMap(Double.init) { return .field(names: names, test: .atLeast(number)) }
            if let bound = view.value("atMost"), let number = bound.string.flatMap(Double.init) { return .field(names: names, test: .atMost(number)) }
            problem(view.location, "a `field` condition needs `is`, `atLeast` or `atMost`")
            return nil
        case "near":
            guard let pair = value.sequence, pair.count == 2 else { problem(value.location, "`near` takes two lexicons: [A, B]"); return nil }
            guard let first = termSource(pair[0]), let second = termSource(pair[1]) else { return nil }
            let within = view.value("within")?.string ?? "sentence"
            guard let proximity = Proximity(rawValue: within) else {
                problem(view.value("within")!.location, "`within` is `sentence` or `paragraph`")
                return nil
            }
            return .near(first, second, within: proximity, scope: scope(view), atLeast: optionalInt(view, "atLeast") ?? 1)
        case "relevance":
            guard let names = value.strings else { problem(value.location, "`relevance` takes a list of direct, indirect, none"); return nil }
            var set = Set<Relevance>()
            for name in names {
                if let relevance = Relevance(rawValue: name) { set.insert(relevance) } else { problem(value.location, "unknown relevance '\(name)'; expected direct, indirect or none") }
            }
            return .relevance(set)
        case "screeningConsistent":
            return .screeningConsistent(value.string != "false")
        case "hasText":
            return .hasText(minWords: optionalInt(view, "minWords") ?? 1)
        default:
            return nil
        }
    }

    private mutating func termSource(_ view: YAMLView) -> TermSource? {
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

    private mutating func scope(_ view: YAMLView) -> Scope {
        guard let value = view.value("in") else { return .document }
        if value.string == "document" { return .document }
        guard let roles = value.strings, !roles.isEmpty else {
            problem(value.location, "`in` takes `document`, a role, or a list of roles")
            return .document
        }
        for role in roles { roleReferences.append((role, value.location)) }
        return .roles(roles)
    }

    private mutating func optionalInt(_ view: YAMLView, _ key: String) -> Int? {
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

/// ", did you mean 'expect'?" when a key is one or two edits from a known one.
func suggestion(_ key: String, among known: Set<String>) -> String {
    let best = known.map { ($0, editDistance(key, $0)) }.min { $0.1 < $1.1 }
    guard let (name, distance) = best, distance <= 2 else { return "" }
    return "; did you mean '\(name)'?"
}

func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a), b = Array(b)
    var previous = Array(0...b.count)
    for i in 1...max(a.count, 1) where !a.isEmpty {
        var current = [i] + Array(repeating: 0, count: b.count)
        for j in 1...max(b.count, 1) where !b.isEmpty {
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
        }
        previous = current
    }
    return a.isEmpty ? b.count : previous[b.count]
}
