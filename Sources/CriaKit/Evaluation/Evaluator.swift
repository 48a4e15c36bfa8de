/// Runs every rule of a pack against a proposal: one outcome per rule.
public struct Evaluator {
    public let pack: CompiledPack
    /// What a check's walk matches labels against, made once for every document checked.
    let walkKeys: FieldCollector.WalkKeys
    /// Where each rule's fails and reviews belong.
    let homes: RuleHomes
    /// For each distinct list of kinds that rules are limited to (a handful: most checklist
    /// rules share one), the reason given to each other kind, spelled once per evaluator
    /// rather than once per rule (a check pays for the evaluator it builds).
    let kindReasons: [[DocumentKind]: [DocumentKind: String]]

    public init(pack: CompiledPack) {
        self.pack = pack
        walkKeys = FieldCollector.WalkKeys(pack)
        homes = RuleHomes(pack.pack)
        var reasons: [[DocumentKind]: [DocumentKind: String]] = [:]
        for rule in pack.rules {
            guard let kinds = rule.kinds, reasons[kinds] == nil else { continue }
            var byKind: [DocumentKind: String] = [:]
            for kind in DocumentKind.allCases where !kinds.contains(kind) { byKind[kind] = Self.notForKind(kind, kinds) }
            reasons[kinds] = byKind
        }
        kindReasons = reasons
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
        // The lexicons are English: the French version of a bilingual Act is not read as a
        // second Act (its words are false friends), nor asked whether it was assessed.
        let language = TextLanguage.of(proposal)
        let foreign = TextLanguage.isEnglish(language) ? nil : "Not applicable: cria reads English, and this document is in \(TextLanguage.name(language ?? "")): read its English version."
        let reader = foreign == nil ? facts.provisionReader : nil
        // A gate that holds the document too thin to judge speaks for the rules it stops.
        var gated: [Int: RuleResult] = [:]
        for (position, rule) in pack.rules.enumerated() where rule.gate {
            gated[position] = withAttachments(evaluate(rule, with: conditions, proposal: proposal, blank: blank), of: rule, facts)
        }
        let stopping = gated.sorted { $0.key < $1.key }.first { $0.value.outcome == .fail || $0.value.outcome == .review }
        let stop = stopping?.value
        // What the gate leaves running: what can still be judged of the page as it is.
        let kept = Set(stopping.map { pack.rules[$0.key].keeps } ?? [])
        var results: [RuleResult] = []
        results.reserveCapacity(pack.rules.count)
        for (position, rule) in pack.rules.enumerated() {
            if let result = gated[position] {
                // A later gate is stopped by the first: the page says once why it is not judged.
                if let stopping, stopping.key != position, result.outcome == .fail || result.outcome == .review {
                    results.append(self.result(of: rule, .notApplicable, nil, proposal: proposal, reason: "Not assessed: \(stopping.value.message)"))
                } else {
                    results.append(result)
                }
            } else if let foreign, rule.provisions != nil || rule.assessedBy != nil || rule.rightsEngaged != nil {
                results.append(result(of: rule, .notApplicable, nil, proposal: proposal, reason: foreign))
            } else if let check = rule.provisions, let reader, rule.kinds?.contains(.legislation) ?? true {
                results += reader.results(of: rule, check)
            } else if kept.contains(rule.id) {
                results.append(evaluate(rule, with: conditions, proposal: proposal, blank: blank))
            } else if let stop, rule.provisions == nil, rule.assessedBy == nil, rule.rightsEngaged == nil {
                results.append(result(of: rule, .notApplicable, nil, proposal: proposal, reason: "Not assessed: \(stop.message)"))
            } else if let stop {
                // A page too thin to judge still shows an assessment it names or the rights its few
                // words engage; that it names none, or that they cannot be told, is moot for a
                // finder, a calculator or a landing page, and its gate has said so already.
                let found = evaluate(rule, with: conditions, proposal: proposal, blank: blank)
                let moot = found.outcome == .fail || (rule.rightsEngaged != nil && found.outcome == .review)
                results.append(moot ? result(of: rule, .notApplicable, nil, proposal: proposal, reason: "Not assessed: \(stop.message)") : found)
            } else {
                results.append(evaluate(rule, with: conditions, proposal: proposal, blank: blank))
            }
        }
        var engaged: RuleResult?
        if Self.isPublished(proposal) {
            results = namingAttachedAssessments(in: results, proposal)
            engaged = results.first { result in result.outcome == .pass && pack.rules.contains { $0.rightsEngaged != nil && $0.id == result.ruleID } }
        }
        var assessment = Assessment(
            file: proposal.file,
            format: proposal.format,
            kind: proposal.kind,
            metadata: proposal.metadata,
            relevance: facts.relevance,
            relevanceJudgement: facts.relevanceJudgement,
            sectionCount: proposal.sections.count,
            wordCount: facts.index.wordCount,
            results: results,
            provisions: reader?.provisions ?? [],
            source: nil,
            contentHash: proposal.document.contentHash,
            isBlank: blank
        )
        assessment.rightsEngaged = engaged
        return assessment
    }

    /// Every result of a rule: one, or for a rule held to provisions one per provision it concerns.
    func evaluateAll(_ rule: Rule, with conditions: ConditionEvaluator, proposal: Proposal) -> [RuleResult] {
        if let check = rule.provisions, proposal.kind.kind == .legislation, rule.kinds?.contains(.legislation) ?? true {
            return (conditions.facts.provisionReader ?? ProvisionReader(facts: conditions.facts, settings: pack.pack.legislation)).results(of: rule, check)
        }
        return [evaluate(rule, with: conditions, proposal: proposal)]
    }

    func evaluate(_ rule: Rule, with conditions: ConditionEvaluator, proposal: Proposal, blank: Bool = false) -> RuleResult {
        if let kinds = rule.kinds, !kinds.contains(proposal.kind.kind) {
            let reason = kindReasons[kinds]?[proposal.kind.kind] ?? Self.notForKind(proposal.kind.kind, kinds)
            return result(of: rule, .notApplicable, nil, proposal: proposal, reason: reason)
        }
        if rule.provisions != nil {
            return result(of: rule, .notApplicable, nil, proposal: proposal, reason: "Not applicable: this standard is held to the provisions of legislation.")
        }
        if rule.publishedOnly, !Self.isPublished(proposal) {
            return result(of: rule, .notApplicable, nil, proposal: proposal, reason: "Not applicable: this rule is for published documents (GOV.UK items, web pages and legislation).")
        }
        if let trail = rule.assessedBy {
            if let applies = rule.applies, !conditions.evaluate(applies).holds {
                return result(of: rule, .notApplicable, nil, proposal: proposal)
            }
            let (outcome, evidence) = trail.result(of: rule, facts: conditions.facts)
            return result(of: rule, outcome, ConditionOutcome.of(true, evidence: evidence), proposal: proposal)
        }
        if let rights = rule.rightsEngaged {
            if let applies = rule.applies, !conditions.evaluate(applies).holds {
                return result(of: rule, .notApplicable, nil, proposal: proposal)
            }
            let found = rights.result(facts: conditions.facts)
            let result = result(of: rule, found.outcome, ConditionOutcome.of(true, evidence: found.evidence), proposal: proposal, reason: found.message)
            return result.naming(articles: found.articles)
        }
        let (outcome, decided, reason) = Self.decide(rule, with: conditions)
        if blank && outcome == .pass { return result(of: rule, .fail, nil, proposal: proposal) }
        let decidedResult = result(of: rule, outcome, decided, proposal: proposal, reason: reason)
        // A review from `review:` (expect held) asks the rule's narrower point.
        if outcome == .review, reason == nil, let narrower = rule.reviewArticles { return decidedResult.naming(articles: narrower) }
        return decidedResult
    }

    /// An equality impact assessment attached to a published item concerns non-discrimination:
    /// a fail of an Article 2 rule names it and becomes review, for a person to read it.
    private func namingAttachedAssessments(in results: [RuleResult], _ proposal: Proposal) -> [RuleResult] {
        guard let lexicon = pack.rules.lazy.compactMap({ $0.assessedBy?.other }).first,
            let terms = pack.pack.lexicons[lexicon]?.terms
        else { return results }
        let attached = AssessmentTrail.naming(terms, in: proposal.publishedWith)
        guard !attached.isEmpty else { return results }
        let evidence = attached.map { proposal.evidence($0, note: "\($0.relation) names an assessment: a person must judge whether it answers this") }
        return results.map { result in
            guard result.articles.contains(2), result.outcome == .fail || result.outcome == .review else { return result }
            return result.adding(evidence: evidence, outcome: .review)
        }
    }

    /// A GOV.UK item, a saved web page or legislation: something government has published.
    static func isPublished(_ proposal: Proposal) -> Bool {
        PublishedFormats.contains(proposal.format, kind: proposal.kind.kind)
    }

    /// A gate that stops the checklist lists the attachments where the substance is, and the
    /// documents the body introduces (`DocumentsInBody`, bounded as the gate's `linkedShare` is).
    private func withAttachments(_ result: RuleResult, of rule: Rule, _ facts: DocumentFacts) -> RuleResult {
        guard result.outcome == .fail || result.outcome == .review else { return result }
        let proposal = facts.proposal
        let attached = proposal.attachmentTitles.map { proposal.attachmentEvidence($0, note: "attachment") }
        let share = LinkedShareCondition.first(in: rule.expect) ?? rule.review.flatMap(LinkedShareCondition.first(in:))
        let inBody = DocumentsInBody(facts, bounds: share?.bounds ?? DocumentsInBody.Bounds()).evidence
        return result.listing(attachments: attached + inBody)
    }

    /// The reason a rule for other kinds gives: "Not for legislation: this rule is for assessments and proposals."
    static func notForKind(_ kind: DocumentKind, _ kinds: [DocumentKind]) -> String {
        // Spelled in a loop: the first `joined` of a check costs it half a million
        // instructions in the runtime's lookup of the sequence's associated types.
        var list = ""
        for (number, other) in kinds.enumerated() {
            if number > 0 { list += number == kinds.count - 1 ? " and " : ", " }
            list += plural(other)
        }
        return "Not applicable to \(plural(kind)): this rule is for \(list)."
    }

    private static func plural(_ kind: DocumentKind) -> String {
        switch kind {
        case .assessment: "assessments"
        case .proposal: "proposals"
        case .legislation: "legislation"
        case .guidance: "guidance"
        case .news: "news"
        case .statistics: "statistics"
        case .other: "other documents"
        }
    }

    /// The rule's outcome, what the condition that decided it found, and the message when
    /// it is not the rule's own: a review for close candidates says what they lack.
    /// `asWhole`: decided as the principle a part belongs to, whose own `partOf` is not followed.
    static func decide(_ rule: Rule, with conditions: ConditionEvaluator, asWhole: Bool = false) -> (Outcome, ConditionOutcome?, String?) {
        if let applies = rule.applies, !conditions.evaluate(applies).holds {
            return (.notApplicable, nil, nil)
        }
        let expected = conditions.evaluate(rule.expect)
        if !expected.holds {
            if let nearMiss = rule.nearMiss, let close = Self.closeCandidates(nearMiss, with: conditions, failed: expected) {
                return (.review, close, "\(rule.message) Statements close to it were found, but they lack \(nearMiss.lacks): a person must judge.")
            }
            if let (analysed, message) = Self.calibratedReview(rule, with: conditions, failed: expected) {
                return (.review, analysed, message)
            }
            if !asWhole, let (met, message) = Self.partReview(rule, with: conditions, failed: expected) {
                return (.review, met, message)
            }
            return (.fail, expected, nil)
        }
        if let review = rule.review {
            let weak = conditions.evaluate(review)
            if weak.holds { return (.review, ConditionOutcome(holds: true, focus: weak.focus ?? expected.focus, quotes: weak.quotes + expected.quotes), nil) }
        }
        return (.pass, expected, nil)
    }

    /// When `expect` failed: the close candidates `nearMiss` finds, each noted with what it
    /// lacks, then what `expect` looked for; nil when there are none and the fail stands.
    static func closeCandidates(_ nearMiss: NearMiss, with conditions: ConditionEvaluator, failed expected: ConditionOutcome) -> ConditionOutcome? {
        let close = conditions.evaluate(nearMiss.when)
        guard close.holds else { return nil }
        let candidates = close.evidence.map { found in
            Evidence(
                text: found.text, location: found.location, path: found.path,
                note: "close candidate, lacks \(nearMiss.lacks)" + (found.note.map { " (read as \($0))" } ?? ""))
        }
        return ConditionOutcome(holds: true, focus: close.focus ?? expected.focus, quotes: [.quoted(candidates)] + expected.quotes)
    }

    private func result(of rule: Rule, _ outcome: Outcome, _ decided: ConditionOutcome?, proposal: Proposal, reason: String? = nil) -> RuleResult {
        let root = proposal.document.root
        let focus = decided?.focus
        let evidence = decided?.evidence ?? []
        let anchor =
            focus.map { ($0.location, $0.path) }
            ?? (outcome == .fail || outcome == .review ? evidence.first.map { ($0.location, $0.path) } : nil)
            ?? (root.location, root.path.isEmpty ? "/" : root.path)
        let finding = outcome == .fail || outcome == .review
        return RuleResult(
            ruleID: rule.id, title: rule.title, articles: rule.articles, severity: rule.severity,
            outcome: outcome,
            message: reason ?? (finding ? rule.message : rule.title),
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
                !templateKeys.contains(key), !StructureVocabulary.isAnnotation(node)
            else { return }
            if !node.ownText.isEmpty { onlyTitles = false }
        }
        return onlyTitles
    }

    /// What numbers a template's rows and version rather than saying anything.
    private static let templateKeys: Set<String> = ["article", "templateversion", "version"]
}

extension Evaluator {
    /// Assigns section roles and judges relevance without running rules (for `cria inspect`),
    /// with the quotes the verdict rests on.
    public static func analyse(_ proposal: Proposal, pack: CompiledPack) -> RelevanceBasis {
        DocumentFacts(proposal: proposal, pack: pack).relevanceBasis()
    }

    /// Relevance, and every statement the reading found, in document order: the sentence as
    /// quoted, where it is, and in the note what it was read as ("views-acted-on; about
    /// children (from its heading); on education"), so that an official sees what cria read.
    public static func readStatements(_ proposal: Proposal, pack: CompiledPack) -> (relevance: RelevanceBasis, statements: [Evidence]) {
        let facts = DocumentFacts(proposal: proposal, pack: pack)
        let reading = facts.statements
        return (facts.relevanceBasis(), reading.statements.map { facts.evidence(for: $0, note: reading.description(of: $0) + ($0.conditional ? "; conditional" : "")) })
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
    /// With `kinds`, the kind the user set for the path (`--kind`, `.cria.yml`) replaces the detected one.
    public func check(path: String, loader: DocumentLoader, kinds: KindOverride = .none) throws -> Assessment {
        var proposal = Proposal(document: try loader.load(path: path))
        kinds.apply(to: &proposal)
        return try check(proposal)
    }

    /// One input of `check` or `batch`: the assessment also keeps the input's path within the
    /// folder it was found in (`source`), which reports and baselines match documents by.
    public func check(_ input: BatchInput, loader: DocumentLoader, kinds: KindOverride = .none) throws -> Assessment {
        var assessment = try check(path: input.path, loader: loader, kinds: kinds)
        assessment.source = input.source
        return assessment
    }
}
