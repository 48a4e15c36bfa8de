/// A fail of a rule that serves a general principle through another topic (`partOf:`) is no
/// surer than the principle itself: participation that reaches the seldom-heard serves Art 2,
/// whose own test is whether the effect on groups of children is analysed; a mitigation for
/// each harm serves Arts 3 and 6, whose own tests are the weighing and the effect on
/// development. When every rule that judges the principle itself passes, the part's fail is
/// review, quoting what the principle's pass rests on. Measured on the training sets
/// (`scripts/verdict-features`): such fails were on an article the reviewer judged addressed
/// 5 times in 5, where the principle's own rule passed.
extension Evaluator {
    /// How one rule that judges the whole principle decides the document.
    struct WholeDecided {
        let id: String
        /// Nil when the pack has no rule of that id (then it does not pass).
        let rule: Rule?
        let outcome: Outcome?
        let found: ConditionOutcome?

        var passes: Bool { outcome == .pass }
    }

    /// Each rule of `partOf`, in its order, decided as the whole (its own `partOf` not followed):
    /// what the verdict (`partReview`) and `cria explain` (`trace`) both ask.
    static func wholesDecided(_ rule: Rule, with conditions: ConditionEvaluator) -> [WholeDecided] {
        rule.partOf.map { id in
            guard let whole = conditions.facts.pack.rules.first(where: { $0.id == id }) else {
                return WholeDecided(id: id, rule: nil, outcome: nil, found: nil)
            }
            let (outcome, found, _) = decide(whole, with: conditions, asWhole: true)
            return WholeDecided(id: id, rule: whole, outcome: outcome, found: found)
        }
    }

    /// The review a part's fail becomes (the principle's passes quoted, then what `expect`
    /// looked for) and its message, or nil when the fail stands: the rule is no part, or a
    /// rule judging the whole does not pass (or is not in the pack).
    static func partReview(_ rule: Rule, with conditions: ConditionEvaluator, failed expected: ConditionOutcome) -> (ConditionOutcome, String)? {
        guard !rule.partOf.isEmpty else { return nil }
        let wholes = wholesDecided(rule, with: conditions)
        guard wholes.allSatisfy(\.passes) else { return nil }
        let met = wholes.flatMap { whole in
            (whole.found?.evidence ?? []).prefix(2).map { passage in
                Evidence(
                    text: passage.text, location: passage.location, path: passage.path,
                    note: "the principle it serves is met (\(whole.id))" + (passage.note.map { ": \($0)" } ?? ""))
            }
        }
        let titles = wholes.compactMap { $0.rule?.title }
        let message = "\(rule.message) The principle it serves is met (\(titles.joined(separator: "; "))): a person must judge whether this point still falls short."
        return (ConditionOutcome(holds: true, focus: expected.focus, quotes: [.quoted(met)] + expected.quotes), message)
    }
}
