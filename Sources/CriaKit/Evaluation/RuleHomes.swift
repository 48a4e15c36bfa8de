/// The section roles each rule looks in: the roles its conditions name (`section: ROLE`,
/// `in: ROLE`), else the roles recognised by content from a lexicon the rule mentions
/// (children's views for `mentions: children-consulted`) or named by its first words
/// (evidence for `mentions: evidence-gap`). Worked out for a rule only when it has a fail or
/// review to place: most rules of most runs have none.
struct RuleHomes: Sendable {
    /// The roles, in pack order: name, people's name (its first title phrase), content lexicon.
    private let roles: [(name: String, topic: String, lexicon: String?)]

    init(_ pack: RulePack) {
        roles = pack.roles.map { ($0.name, $0.titles.first ?? $0.name, $0.contentLexicon) }
    }

    /// The roles where what `rule` asks for belongs, most specific first.
    func roles(of rule: Rule) -> [String] {
        var named: [String] = [], byContent: [String] = []
        // What must be absent (under `not`) says nothing about where something belongs.
        func visit(_ condition: Condition) {
            switch condition {
            case .not: return
            case .all(let items), .any(let items), .someOf(let items, _): items.forEach(visit)
            case .primitive(let primitive):
                named += primitive.condition.roleNames
                for lexicon in primitive.condition.lexiconNames {
                    for role in roles
                    where role.lexicon == lexicon || lexicon == role.name
                        || (lexicon.hasPrefix(role.name) && lexicon.dropFirst(role.name.count).first == "-")
                    {
                        byContent.append(role.name)
                    }
                }
            }
        }
        visit(rule.expect)
        var seen = Set<String>()
        return (named.isEmpty ? byContent : named).filter { seen.insert($0).inserted }
    }

    private func topic(_ role: String) -> String {
        roles.first { $0.name == role }?.topic ?? role
    }

    /// The place of a fail or review of `rule` anchored at `path` and `location` (`focus`:
    /// the section that decided it, if any).
    func place(of rule: Rule, path: String, location: SourceLocation, focus: Section?, in proposal: Proposal) -> FindingPlace? {
        if let focus, focus.titleSource != .document { return .section(title: focus.title, location: focus.location) }
        // Anchored at the document itself: where it belongs, else what there is no section on.
        if path == proposal.document.root.path || path == "/" || path.isEmpty || focus?.titleSource == .document {
            let roles = roles(of: rule)
            if let home = proposal.sections.first(where: { section in section.titleSource != .document && roles.contains(where: section.roles.contains) }) {
                return .belongsIn(title: home.title, location: home.location)
            }
            guard let role = roles.first else { return .nowhere }
            return .noSection(topic: topic(role))
        }
        // Anchored inside the document: the innermost section holding that place, or (a
        // heading's section holds the paragraphs after it, not below it) the last heading
        // before it.
        let holding =
            proposal.sections.filter { section in
                section.titleSource != .document && (path == section.path || path.hasPrefix(section.path + "/"))
            }.max { $0.path.count < $1.path.count }
            ?? proposal.sections.last { section in
                section.titleSource == .heading && (section.location.line, section.location.column) <= (location.line, location.column)
            }
        return holding.map { .section(title: $0.title, location: $0.location) }
    }
}
