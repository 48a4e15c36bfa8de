extension RulePack {
    /// Several packs as one: rules in order (a repeated id is an error), lexicons and roles
    /// united (the first pack wins a clash), relevance from the first.
    static func merged(_ packs: [RulePack]) throws -> RulePack {
        guard let first = packs.first else { throw ConfigError(problems: ["cria: error: no rule pack given"]) }
        if packs.count == 1 { return first }
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
        return merged
    }
}
