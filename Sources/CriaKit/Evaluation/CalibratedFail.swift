/// A fail no surer than the reading behind it (`FailCalibration`): when a domain rule's
/// `expect` fails but the proposal holds statements that analyse the rule's domain for
/// children, the outcome is review, quoting them and saying what they lack.
extension Evaluator {
    /// The statements that make a fail of `rule` a review, as a condition outcome (the
    /// candidates, then what `expect` looked for), or nil when the fail stands: the rule is
    /// not calibrated (a general principle, a process rule) or nothing analyses its domain.
    static func calibratedReview(_ rule: Rule, with conditions: ConditionEvaluator, failed expected: ConditionOutcome) -> (ConditionOutcome, String)? {
        guard let query = calibrationQuery(rule, conditions.facts.pack.pack.statements.calibration) else { return nil }
        let found = StatementCondition(query: query).evaluate(conditions)
        guard found.holds else { return nil }
        let domains = query.domains.joined(separator: " or ")
        let candidates = found.evidence.map { statement in
            Evidence(
                text: statement.text, location: statement.location, path: statement.path,
                note: "what happens to children's \(domains), said in words the rule does not read" + (statement.note.map { " (read as \($0))" } ?? ""))
        }
        let message = "\(rule.message) Statements on children's \(domains) were read, but not in the terms this rule asks for: a person must judge whether they assess it."
        return (ConditionOutcome(holds: true, focus: expected.focus, quotes: [.quoted(candidates)] + expected.quotes), message)
    }

    /// What counts as the domain analysed for children, for a calibrated rule; nil otherwise.
    static func calibrationQuery(_ rule: Rule, _ calibration: FailCalibration) -> StatementQuery? {
        guard !calibration.kinds.isEmpty, let domains = calibration.domains(of: rule.articles), !domains.isEmpty else { return nil }
        return StatementQuery(
            kinds: calibration.kinds, about: calibration.about, domains: domains, exceptAbout: calibration.exceptAbout, scope: .document,
            atLeast: calibration.atLeast)
    }
}
