extension RuleResult {
    /// The same result with the articles it found engaged in place of the rule's own.
    func naming(articles found: [Int]) -> RuleResult {
        RuleResult(
            ruleID: ruleID, title: title, articles: found, severity: severity, outcome: outcome,
            message: message, location: location, path: path, sectionTitle: sectionTitle, evidence: evidence,
            waiver: waiver, waivedOutcome: waivedOutcome, guidance: guidance, place: place)
    }

    /// A gate's result with the attachments where the page's substance is: they are what it
    /// points to, not something missing from the page, so it has no place of its own.
    func listing(attachments: [Evidence]) -> RuleResult {
        RuleResult(
            ruleID: ruleID, title: title, articles: articles, severity: severity, outcome: outcome,
            message: message, location: location, path: path, sectionTitle: sectionTitle, evidence: evidence + attachments,
            waiver: waiver, waivedOutcome: waivedOutcome, guidance: guidance, place: nil)
    }

    /// Whether the evidence is a document published with the item (an attachment, a linked
    /// document, or one its body introduces: `DocumentsInBody`): reports list every one as
    /// what it is, not as a quotation from the text.
    static func isPublishedWith(_ evidence: Evidence) -> Bool {
        evidence.path.hasPrefix("/details/attachments") || evidence.path.hasPrefix("/links/")
            || evidence.note == DocumentsInBody.linkedNote || evidence.note == DocumentsInBody.namedNote
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
