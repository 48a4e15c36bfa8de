/// Runs every rule of a pack against a proposal: one outcome per rule.
public struct Evaluator {
    public let pack: CompiledPack
    /// What a check's walk matches labels against, made once for every document checked.
    let walkKeys: FieldCollector.WalkKeys
    /// Where each rule's fails and reviews belong.
    let homes: RuleHomes

    public init(pack: CompiledPack) {
        self.pack = pack
        walkKeys = FieldCollector.WalkKeys(pack)
        homes = RuleHomes(pack.pack)
    }

    public func assess(_ proposal: Proposal) -> Assessment {
        assess(proposal, gathered: nil)
    }

    /// With fields gathered already (`DocumentFacts.init`).
    func assess(_ proposal: Proposal, gathered: FieldCollector?) -> Assessment {
        let facts = DocumentFacts(proposal: proposal, pack: pack, gathered: gathered)
        let conditions = ConditionEvaluator(facts: facts)
        // A document with no prose at all (a blank template: headings, questions, empty
        // answers) shows nothing a rule asks for, whatever its headings name.
        let blank = facts.index.wordCount == 0 && Self.holdsOnlyTitles(proposal.document.root)
        let results = pack.rules.map { evaluate($0, with: conditions, proposal: proposal, blank: blank) }
        return Assessment(
            file: proposal.file,
            format: proposal.format,
            metadata: proposal.metadata,
            relevance: facts.relevance,
            relevanceJudgement: facts.relevanceJudgement,
            sectionCount: proposal.sections.count,
            wordCount: facts.index.wordCount,
            results: results,
            source: nil,
            contentHash: proposal.document.contentHash,
            isBlank: blank
        )
    }

    func evaluate(_ rule: Rule, with conditions: ConditionEvaluator, proposal: Proposal, blank: Bool = false) -> RuleResult {
        let (outcome, decided) = decide(rule, with: conditions)
        if blank && outcome == .pass { return result(of: rule, .fail, nil, proposal: proposal) }
        return result(of: rule, outcome, decided, proposal: proposal)
    }

    /// The rule's outcome, and what the condition that decided it found.
    private func decide(_ rule: Rule, with conditions: ConditionEvaluator) -> (Outcome, ConditionOutcome?) {
        if let applies = rule.applies, !conditions.evaluate(applies).holds {
            return (.notApplicable, nil)
        }
        let expected = conditions.evaluate(rule.expect)
        if !expected.holds { return (.fail, expected) }
        if let review = rule.review {
            let weak = conditions.evaluate(review)
            if weak.holds { return (.review, ConditionOutcome(holds: true, focus: weak.focus ?? expected.focus, quotes: weak.quotes + expected.quotes)) }
        }
        return (.pass, expected)
    }

    private func result(of rule: Rule, _ outcome: Outcome, _ decided: ConditionOutcome?, proposal: Proposal) -> RuleResult {
        let root = proposal.document.root
        let focus = decided?.focus
        let evidence = decided?.evidence ?? []
        let anchor = focus.map { ($0.location, $0.path) }
            ?? (outcome == .fail || outcome == .review ? evidence.first.map { ($0.location, $0.path) } : nil)
            ?? (root.location, root.path.isEmpty ? "/" : root.path)
        let finding = outcome == .fail || outcome == .review
        return RuleResult(
            ruleID: rule.id, title: rule.title, articles: rule.articles, severity: rule.severity,
            outcome: outcome,
            message: finding ? rule.message : rule.title,
            location: anchor.0, path: anchor.1,
            sectionTitle: focus?.title,
            evidence: unique(evidence),
            guidance: rule.guidance,
            place: finding ? homes.place(of: rule, path: anchor.1, location: anchor.0, focus: focus, in: proposal) : nil
        )
    }
}

extension Evaluator {
    /// Whether the only text of a document is its headings, titles, questions and row
    /// numbers (a blank template's), not also fields and figures (`{"amountMillions": 45}`
    /// has no words, but says something).
    static func holdsOnlyTitles(_ root: DocumentNode) -> Bool {
        var onlyTitles = true
        root.walk { node in
            guard onlyTitles, node.children.isEmpty, StructureVocabulary.headingLevel(node.label) == nil else { return }
            let key = StructureVocabulary.key(node.label)
            guard !StructureVocabulary.titleLabels.contains(key), !StructureVocabulary.numberLabels.contains(key),
                  !templateKeys.contains(key), !StructureVocabulary.isAnnotation(node) else { return }
            if !node.ownText.isEmpty { onlyTitles = false }
        }
        return onlyTitles
    }

    /// What numbers a template's rows and version rather than saying anything.
    private static let templateKeys: Set<String> = ["article", "templateversion", "version"]
}

/// Evidence quoted once, in the order found: once per `path|text`.
func unique(_ evidence: [Evidence]) -> [Evidence] {
    if evidence.count < 2 { return evidence }
    // Lists are short: compared pairwise, without joining and hashing strings. With no `|`
    // in either path, two `path|text` are equal just when their paths and texts are.
    if evidence.count <= 16, !evidence.contains(where: { $0.path.utf8.contains(UInt8(ascii: "|")) }) {
        var kept: [Evidence] = []
        kept.reserveCapacity(evidence.count)
        for item in evidence where !kept.contains(where: { $0.path == item.path && $0.text == item.text }) {
            kept.append(item)
        }
        return kept
    }
    var seen = Set<String>()
    return evidence.filter { seen.insert("\($0.path)|\($0.text)").inserted }
}

extension Evaluator {
    /// Assigns section roles and judges relevance without running rules (for `cria inspect`).
    public static func analyse(_ proposal: Proposal, pack: CompiledPack) -> Relevance {
        DocumentFacts(proposal: proposal, pack: pack).relevance
    }
}

extension Evaluator {
    /// Assesses a proposal and applies the waivers it states. Throws a located `InputError`
    /// for a malformed waiver or one naming an unknown rule.
    public func check(_ proposal: Proposal) throws -> Assessment {
        // The walk that finds the waivers gathers the fields the rules read as well.
        var gathered = FieldCollector.forCheck(proposal, pack: pack, keys: walkKeys)
        let waivers = try WaiverReader.read(proposal.document) { gathered.visit($0) }
        if !waivers.isEmpty { try WaiverReader.validate(waivers, known: pack.knownRuleIDs) }
        return WaiverReader.apply(waivers, to: assess(proposal, gathered: gathered), disabled: pack.disabledRuleIDs)
    }

    /// Reads one input and checks it: what `check`, `batch` and the server do with each.
    public func check(path: String, loader: DocumentLoader) throws -> Assessment {
        try check(Proposal(document: try loader.load(path: path)))
    }
}
