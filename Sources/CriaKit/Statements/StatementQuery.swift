/// What a rule asks of a proposal's statements, as data: at least `atLeast` statements in
/// the scope of one of `kinds` (none: any kind), about one of `about` (none: anyone), in one
/// of `domains` (none: any), of none of `except` ("harm" but not "evidence": a harm the
/// proposal does, not one found in the research behind it), and about none of `exceptAbout`
/// ("consultation" about children but not also about parents or organisations: children
/// asked, not adults asked about children), and also of every kind in `with` (a change that
/// is itself an account of what children said: `views-acted-on` with `views`). Negated and conditional
/// statements, and definitions, never qualify unless asked for by kind.
public struct StatementQuery: Sendable, Hashable {
    public var kinds: [String]
    public var about: [String]
    public var domains: [String]
    public var except: [String]
    public var exceptAbout: [String]
    public var scope: Scope
    public var atLeast: Int
    public var with: [String] = []

    public init(kinds: [String], about: [String], domains: [String], except: [String] = [], exceptAbout: [String] = [], scope: Scope, atLeast: Int) {
        self.kinds = kinds
        self.except = except
        self.exceptAbout = exceptAbout
        self.about = about
        self.domains = domains
        self.scope = scope
        self.atLeast = atLeast
    }

    /// The query in words, for explanations: "a weighing statement about children".
    var description: String {
        let named = kinds.joined(separator: " or ")
        // "an effect statement", "a weighing statement": the article follows the first kind's first letter.
        var text = kinds.isEmpty ? "a statement" : ("aeiou".contains(named.first ?? "x") ? "an " : "a ") + named + " statement"
        if !about.isEmpty { text += " about \(about.joined(separator: " or "))" }
        if !domains.isEmpty { text += " on \(domains.joined(separator: " or "))" }
        if !with.isEmpty { text += " that is also \(with.joined(separator: " and "))" }
        if !except.isEmpty { text += " that is not \(except.joined(separator: " or "))" }
        if !exceptAbout.isEmpty { text += " and not also about \(exceptAbout.joined(separator: " or "))" }
        return text
    }
}
