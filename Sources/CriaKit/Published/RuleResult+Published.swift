extension RuleResult {
    /// The same result with the articles it found engaged in place of the rule's own.
    func naming(articles found: [Int]) -> RuleResult {
        RuleResult(
            ruleID: ruleID, title: title, articles: found, severity: severity, outcome: outcome,
            message: message, location: location, path: path, sectionTitle: sectionTitle, evidence: evidence,
            waiver: waiver, waivedOutcome: waivedOutcome, guidance: guidance, place: place)
    }

    /// The same result with evidence added and, if given, another outcome (an attached
    /// assessment turning a fail into review; a gate listing the attachments).
    func adding(evidence more: [Evidence], outcome newOutcome: Outcome? = nil) -> RuleResult {
        RuleResult(
            ruleID: ruleID, title: title, articles: articles, severity: severity, outcome: newOutcome ?? outcome,
            message: message, location: location, path: path, sectionTitle: sectionTitle, evidence: evidence + more,
            waiver: waiver, waivedOutcome: waivedOutcome, guidance: guidance, place: place)
    }
}
