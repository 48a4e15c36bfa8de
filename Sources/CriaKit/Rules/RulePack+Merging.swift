extension RulePack {
    /// Several packs as one: rules in order (a repeated id is an error), lexicons and roles
    /// united (the first pack wins a clash), relevance from the first.
    static func merged(_ packs: [RulePack]) throws -> RulePack {
        guard let first = packs.first else { throw ConfigError(problems: ["cria: error: no rule pack given"]) }
        if packs.count == 1 {
            try first.checkKeptRules()
            return first
        }
        var rules: [Rule] = []
        var seen: [String: Rule] = [:]
        var lexicons = first.lexicons
        var roles = first.roles
        var problems: [String] = []
        for pack in packs {
            for rule in pack.rules {
                if let earlier = seen[rule.id] {
                    problems.append(RuleProblem(file: rule.file, location: rule.location, message: "duplicate rule id '\(rule.id)' (first defined at \(earlier.file):\(earlier.location))").description)
                    continue
                }
                seen[rule.id] = rule
                rules.append(rule)
            }
            lexicons.merge(pack.lexicons) { existing, _ in existing }
            for role in pack.roles where !roles.contains(where: { $0.name == role.name }) { roles.append(role) }
        }
        if !problems.isEmpty { throw ConfigError(problems: problems) }
        var merged = RulePack(directory: packs.map(\.directory).joined(separator: ", "), rules: rules, lexicons: lexicons, roles: roles, relevance: first.relevance, statements: first.statements)
        merged.legislation = packs.first { !$0.legislation.isEmpty }?.legislation ?? .empty
        try merged.checkKeptRules()
        return merged
    }

    /// A gate's `keeps:` and a rule's `partOf:` name rules of the packs as a whole (a
    /// department's own pack may keep a rule of the default one), so the ids are checked once
    /// the packs are merged, not file by file: an id no rule has would silently keep nothing.
    func checkKeptRules() throws {
        let ids = Set(rules.map(\.id))
        var problems: [String] = []
        for rule in rules {
            for kept in rule.keeps where !ids.contains(kept) {
                problems.append(RuleProblem(file: rule.file, location: rule.location, message: "rule '\(rule.id)' keeps '\(kept)', which is no rule of the pack").description)
            }
            for whole in rule.partOf where !ids.contains(whole) || whole == rule.id {
                problems.append(RuleProblem(file: rule.file, location: rule.location, message: "rule '\(rule.id)' is partOf '\(whole)', which is no other rule of the pack").description)
            }
        }
        if !problems.isEmpty { throw ConfigError(problems: problems) }
    }
}
