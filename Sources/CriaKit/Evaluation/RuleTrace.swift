/// Why one rule came out as it did on one proposal: each of its parts (applies, expect,
/// nearMiss when expect fails, review) with whether it held and the passages it rests on, or for a part that failed, what
/// was looked for and the nearest candidates that did not qualify. `cria explain RULE FILE`
/// prints it.
public struct RuleTrace: Sendable {
    public struct Part: Sendable {
        public let name: String
        public let holds: Bool
        public let evidence: [Evidence]
    }

    public let result: RuleResult
    public let relevance: RelevanceJudgement
    public let parts: [Part]
}

extension Evaluator {
    public func trace(_ rule: Rule, in proposal: Proposal) -> RuleTrace {
        let facts = DocumentFacts(proposal: proposal, pack: pack)
        let conditions = ConditionEvaluator(facts: facts)
        var parts: [RuleTrace.Part] = []
        for (name, condition) in [("applies", rule.applies), ("expect", rule.expect as Condition?), ("review", rule.review)] {
            guard let condition else { continue }
            let outcome = conditions.evaluate(condition)
            parts.append(RuleTrace.Part(name: name, holds: outcome.holds, evidence: unique(outcome.evidence)))
            // An unmet `applies` decides: the other parts are not asked.
            if name == "applies" && !outcome.holds { break }
            // Close candidates are asked for only when `expect` fails.
            if name == "expect", !outcome.holds, let nearMiss = rule.nearMiss {
                let close = conditions.evaluate(nearMiss.when)
                parts.append(RuleTrace.Part(name: "nearMiss (lacks \(nearMiss.lacks))", holds: close.holds, evidence: unique(close.evidence)))
            }
            // A fail with the rule's domain analysed for children in other words is review.
            if name == "expect", !outcome.holds, let query = Self.calibrationQuery(rule, pack.pack.statements.calibration) {
                let analysed = StatementCondition(query: query).evaluate(conditions)
                parts.append(RuleTrace.Part(name: "calibration (\(query.description), at least \(query.atLeast): review, not fail)", holds: analysed.holds, evidence: unique(analysed.evidence)))
            }
            // A part's fail is review when the principle it serves is met.
            if name == "expect", !outcome.holds, !rule.partOf.isEmpty {
                let wholes = Self.wholesDecided(rule, with: conditions)
                let met = wholes.allSatisfy(\.passes)
                let evidence = wholes.flatMap { whole in
                    (whole.found?.evidence ?? []).prefix(2).map { Evidence(text: $0.text, location: $0.location, path: $0.path, note: "\(whole.id): \(whole.outcome?.rawValue ?? "not in the pack")") }
                }
                parts.append(RuleTrace.Part(name: "partOf (when \(rule.partOf.joined(separator: " and ")) pass\(rule.partOf.count == 1 ? "es" : ""): review, not fail)", holds: met, evidence: unique(evidence)))
            }
        }
        return RuleTrace(result: evaluate(rule, with: conditions, proposal: proposal), relevance: facts.relevanceJudgement, parts: parts)
    }
}
