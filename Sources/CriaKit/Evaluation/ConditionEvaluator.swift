/// Evaluates conditions against one proposal's facts: the compositions here, each primitive
/// by itself (`ConditionPrimitive.evaluate`), sharing what they find through `memo`.
struct ConditionEvaluator {
    let facts: DocumentFacts
    let memo = ConditionMemo()

    init(facts: DocumentFacts) {
        self.facts = facts
    }

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
            return ConditionOutcome(
                holds: holding.count >= atLeast, focus: (holding.isEmpty ? outcomes : holding).lazy.compactMap(\.focus).first,
                quotes: holding.flatMap(\.quotes))
        case .not(let inner):
            let outcome = evaluate(inner)
            return ConditionOutcome(holds: !outcome.holds, focus: outcome.focus, quotes: outcome.quotes)
        case .primitive(let primitive):
            return primitive.condition.evaluate(self)
        }
    }

    /// A lexicon's non-negated mentions in a scope, found once per document and quoted (up to
    /// three sentences) when first read.
    func mentions(of lexicon: String, in scope: Scope, _ inScope: ConditionMemo.ScopeFacts) -> ConditionMemo.MentionsFound {
        let key = ConditionMemo.LexiconInScope(lexicon: lexicon, scope: scope)
        if let known = memo.mentions[key] { return known }
        let found = facts.index.mentions(of: lexicon, in: inScope.ranges)
        let quotes = DeferredQuotes { [facts] in
            // One quotation per sentence: several terms in one sentence are one piece of evidence.
            var quoted = Set<Int>()
            var evidence: [Evidence] = []
            for mention in found where quoted.insert(facts.index.sentence(of: mention)).inserted {
                evidence.append(facts.evidence(for: mention, note: "mentions \"\(facts.index.term(mention))\""))
                if evidence.count == 3 { break }
            }
            return evidence
        }
        let result = ConditionMemo.MentionsFound(mentions: found, quotes: .deferred(quotes))
        memo.mentions[key] = result
        return result
    }
}
