import Foundation

/// Evaluates conditions against one proposal's facts.
struct ConditionEvaluator {
    let facts: DocumentFacts
    private let memo = ConditionMemo()

    init(facts: DocumentFacts) {
        self.facts = facts
    }

    static let screeningFieldNames = ["screening", "childrenaffected", "affectschildren", "impactonchildren", "childimpact", "doesthisaffectchildren", "childrelevant", "relevanttochildren", "screeningoutcome", "screeningdecision"]
    static let noImpactValues = ["no", "none", "n/a", "na", "not applicable", "false", "no impact", "not relevant", "nil"]

    func evaluate(_ condition: Condition) -> ConditionOutcome {
        switch condition {
        case .all(let conditions):
            var focus: Section?
            var quotes: [Quotes] = []
            for condition in conditions {
                let outcome = evaluate(condition)
                // The failing condition alone says where and why: a missing section is not
                // found in a sibling section that held.
                if !outcome.holds { return outcome }
                if focus == nil { focus = outcome.focus }
                quotes.append(contentsOf: outcome.quotes)
            }
            return ConditionOutcome(holds: true, focus: focus, quotes: quotes)
        case .any(let conditions):
            var focus: Section?
            var quotes: [Quotes] = []
            for condition in conditions {
                let outcome = evaluate(condition)
                if outcome.holds { return outcome }
                if focus == nil { focus = outcome.focus }
                quotes.append(contentsOf: outcome.quotes)
            }
            return ConditionOutcome(holds: false, focus: focus, quotes: quotes)
        case .someOf(let conditions, let atLeast):
            let outcomes = conditions.map(evaluate)
            let holding = outcomes.filter(\.holds)
            return ConditionOutcome(holds: holding.count >= atLeast, focus: (holding.isEmpty ? outcomes : holding).lazy.compactMap(\.focus).first,
                                    quotes: holding.flatMap(\.quotes))
        case .not(let inner):
            let outcome = evaluate(inner)
            return ConditionOutcome(holds: !outcome.holds, focus: outcome.focus, quotes: outcome.quotes)
        case .section(let role, let minWords, let maxWords):
            return section(role: role, minWords: minWords, maxWords: maxWords)
        case .mentions(let source, let scope, let atLeast, let distinct, let perThousandWords):
            return mentions(source, scope: scope, atLeast: atLeast, distinct: distinct, perThousandWords: perThousandWords)
        case .cites(let articles, let scope, let matchAll):
            return cites(articles, scope: scope, matchAll: matchAll)
        case .field(let names, let test):
            return field(names, test: test)
        case .near(let first, let second, let within, let scope, let atLeast):
            return near(first, second, within: within, scope: scope, atLeast: atLeast)
        case .relevance(let accepted):
            return .of(accepted.contains(facts.relevance))
        case .screeningConsistent(let expected):
            let outcome = screeningConsistency()
            return expected ? outcome : ConditionOutcome(holds: !outcome.holds, focus: outcome.focus, quotes: outcome.quotes)
        case .hasText(let minWords):
            return .of(facts.index.wordCount >= minWords)
        }
    }

    // MARK: - Primitives

    private func section(role: String, minWords: Int?, maxWords: Int?) -> ConditionOutcome {
        let found: (section: Section, words: Int, quotes: Quotes)?
        if let known = memo.largestWithRole[role] {
            found = known
        } else {
            found = ConditionMemo.ScopeFacts.largest(of: facts.proposal.sections.filter { $0.roles.contains(role) }).map { largest in
                let words = largest.wordCount
                return (largest, words, .deferred(DeferredQuotes {
                    [Evidence(text: "\"\(largest.title)\" (\(words) words)", location: largest.location, path: largest.path, note: "section")]
                }))
            }
            memo.largestWithRole[role] = .some(found)
        }
        guard let found else { return .of(false) }
        let holds = found.words >= (minWords ?? 0) && found.words <= (maxWords ?? Int.max)
        return .of(holds, focus: found.section, quotes: found.quotes)
    }

    private func mentions(_ source: TermSource, scope: Scope, atLeast: Int, distinct: Bool, perThousandWords: Double?) -> ConditionOutcome {
        let inScope = memo.scope(scope, index: facts.index)
        let found = mentions(of: source.lexiconName, in: scope, inScope)
        let count = distinct ? found.distinctTermCount() : found.mentions.count
        var holds = count >= atLeast
        if holds, let density = perThousandWords {
            // Density of all (not distinct) mentions over the words of the scope's prose.
            let words = inScope.proseWords(facts.index)
            holds = words > 0 && Double(found.mentions.count) * 1000 / Double(words) >= density
        }
        return .of(holds, focus: inScope.largest, quotes: found.quotes)
    }

    private func mentions(of lexicon: String, in scope: Scope, _ inScope: ConditionMemo.ScopeFacts) -> ConditionMemo.MentionsFound {
        let key = ConditionMemo.LexiconInScope(lexicon: lexicon, scope: scope)
        if let known = memo.mentions[key] { return known }
        let found = facts.index.mentions(of: lexicon, in: inScope.ranges)
        let quotes = DeferredQuotes { [facts] in
            // One quotation per sentence: several terms in one sentence are one piece of evidence.
            var quoted = Set<Int>()
            var evidence: [Evidence] = []
            for mention in found where quoted.insert(facts.index.block(mention.block).tokens[mention.start].sentence).inserted {
                evidence.append(facts.evidence(for: mention, note: "mentions \"\(facts.index.term(mention))\""))
                if evidence.count == 3 { break }
            }
            return evidence
        }
        let result = ConditionMemo.MentionsFound(mentions: found, quotes: .deferred(quotes))
        memo.mentions[key] = result
        return result
    }

    private func cites(_ articles: [Int], scope: Scope, matchAll: Bool) -> ConditionOutcome {
        let inScope = memo.scope(scope, index: facts.index)
        let ranges = inScope.ranges
        let references = facts.articleReferences.filter { reference in ranges.contains { $0.contains(reference.block) } }
        let cited = Set(references.map(\.article))
        let holds = matchAll ? Set(articles).isSubset(of: cited) : !cited.isDisjoint(with: articles)
        let quoted = references.filter { articles.contains($0.article) }.prefix(2)
        guard !quoted.isEmpty else { return .of(holds, focus: inScope.sections.first) }
        let quotes = DeferredQuotes { [facts] in
            quoted.map { reference -> Evidence in
                let block = facts.index.block(reference.block)
                return Evidence(text: String(block.text.prefix(200)), location: block.node.location, path: block.node.path, note: "cites Article \(reference.article)")
            }
        }
        return .of(holds, focus: inScope.sections.first, quotes: .deferred(quotes))
    }

    private func field(_ names: [String], test: FieldTest) -> ConditionOutcome {
        for name in names {
            for (value, node) in facts.fields(StructureVocabulary.key(name)) {
                let holds: Bool
                switch test {
                case .isOneOf(let accepted): holds = Self.value(value, isOneOf: accepted)
                case .atLeast(let bound): holds = Self.number(value).map { $0 >= bound } ?? false
                case .atMost(let bound): holds = Self.number(value).map { $0 <= bound } ?? false
                }
                if holds {
                    return .of(true, evidence: [Evidence(text: "\(name): \(value.prefix(120))", location: node.location, path: node.path, note: "field")])
                }
            }
        }
        return .of(false)
    }

    static func value(_ value: String, isOneOf accepted: [String]) -> Bool {
        let normalised = value.lowercased().trimmingCharacters(in: .whitespacesAndNewlines.union(.punctuationCharacters))
        return accepted.contains { candidate in
            let candidate = candidate.lowercased()
            guard normalised.hasPrefix(candidate) else { return false }
            let rest = normalised.dropFirst(candidate.count)
            return rest.isEmpty || !(rest.first!.isLetter || rest.first!.isNumber)
        }
    }

    static func number(_ value: String) -> Double? {
        Double(value.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: "").replacingOccurrences(of: "%", with: ""))
    }

    private func near(_ first: TermSource, _ second: TermSource, within: Proximity, scope: Scope, atLeast: Int) -> ConditionOutcome {
        let inScope = memo.scope(scope, index: facts.index)
        let question = ConditionMemo.NearQuestion(first: first.lexiconName, second: second.lexiconName, within: within, scope: scope)
        let found: (count: Int, quotes: Quotes)
        if let known = memo.near[question] {
            found = known
        } else {
            found = mentionedTogether(first, second, within: within, in: inScope.ranges)
            memo.near[question] = found
        }
        return .of(found.count >= atLeast, focus: inScope.sections.first, quotes: found.quotes)
    }

    /// The places (sentences or paragraphs) where both sources are mentioned, and the first
    /// two mentions of `first` there.
    private func mentionedTogether(_ first: TermSource, _ second: TermSource, within: Proximity, in ranges: [Range<Int>]) -> (count: Int, quotes: Quotes) {
        let a = facts.index.mentions(of: first.lexiconName, in: ranges)
        let b = facts.index.mentions(of: second.lexiconName, in: ranges)
        func place(_ mention: TextIndex.Mention) -> Int {
            within == .paragraph ? paragraph(of: mention.block) : facts.index.block(mention.block).tokens[mention.start].sentence
        }
        let places = Set(b.map(place))
        let together = a.filter { places.contains(place($0)) }
        let count = Set(together.map(place)).count
        let quoted = together.prefix(2)
        let note = "\(first.lexiconName) near \(second.lexiconName)"
        return (count, .deferred(DeferredQuotes { [facts] in quoted.map { facts.evidence(for: $0, note: note) } }))
    }

    /// A heading reads with the paragraph under it: "Negative impacts" and "Work coaches can
    /// agree shorter repayment periods on request" are one paragraph, as are "Q3: Are some
    /// groups affected differently?" and its answer.
    private func paragraph(of number: Int) -> Int {
        let block = facts.index.block(number)
        guard block.isTitle, number + 1 < facts.index.allBlocks().count else { return number }
        let next = facts.index.block(number + 1)
        return next.section == block.section && !next.isTitle ? number + 1 : number
    }

    // MARK: - Screening

    /// Fails when the document claims no impact on children (a negated mention that denies
    /// an effect, a screening section that only says "No", or a screening field of "no")
    /// while the rest of the document plainly concerns children.
    private func screeningConsistency() -> ConditionOutcome {
        let settings = facts.pack.pack.relevance
        var claims: [Evidence] = []
        var claimBlocks = Set<Int>()
        let all = [0..<facts.index.allBlocks().count]
        for lexicon in settings.directLexicons {
            for mention in facts.index.mentions(of: lexicon, in: all, includeNegated: true) where mention.negated && mention.deniesEffect {
                if claimBlocks.insert(mention.block).inserted { claims.append(facts.evidence(for: mention, note: "screening claims no impact")) }
            }
        }
        for name in Self.screeningFieldNames {
            for (value, node) in facts.fields(name) where Self.value(value, isOneOf: Self.noImpactValues) {
                claims.append(Evidence(text: "\(LabelWords.words(node.label)): \(value.prefix(120))", location: node.location, path: node.path, note: "screening claims no impact"))
            }
        }
        let screeningSections = facts.proposal.sections.filter { $0.roles.contains("screening") }
        for section in screeningSections where section.wordCount <= 6 && Self.value(section.text, isOneOf: Self.noImpactValues) {
            claims.append(Evidence(text: "\(section.title): \(section.text)", location: section.location, path: section.path, note: "screening claims no impact"))
        }
        guard !claims.isEmpty else { return .of(true) }
        var excluded = claimBlocks
        for section in screeningSections { excluded.formUnion(facts.index.subtree(of: section)) }
        let body = facts.countDistinctMentions(of: settings.directLexicons, in: all, excluding: excluded)
        guard body.count >= max(settings.directAtLeast, 3) else { return .of(true, evidence: claims) }
        // Point at the part of the body that talks about children most.
        var perSection: [Int: Int] = [:]
        for mention in body.mentions { perSection[facts.index.block(mention.block).section, default: 0] += 1 }
        let strongest = perSection.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key
        let bodySection = strongest.flatMap { number in facts.proposal.sections.first { $0.index == number } }
        var evidence = Array(claims.prefix(2))
        if let example = body.mentions.first(where: { facts.index.block($0.block).section == strongest }) {
            evidence.append(facts.evidence(for: example, note: "yet the body concerns children (\(body.count) mentions)"))
        }
        let screeningFocus = screeningSections.first
        _ = bodySection
        return .of(false, focus: screeningFocus, evidence: evidence)
    }
}
