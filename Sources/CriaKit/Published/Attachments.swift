extension Proposal {
    /// The titles of the files a published item attaches (a GOV.UK item's
    /// `details.attachments`, as its dialect records them); empty for anything else.
    var attachmentTitles: [String] {
        metadata.extra.first { $0.key == "attachment titles" }?.value.components(separatedBy: "; ") ?? []
    }

    /// An attachment cited as evidence: it has no place in the text, so it points at the
    /// document and the attachments' path.
    func attachmentEvidence(_ title: String, note: String) -> Evidence {
        Evidence(text: title, location: document.root.location, path: "/details/attachments", note: note)
    }
}

extension RuleResult {
    /// The same result with evidence added and, if given, another outcome (an attached
    /// assessment turning a fail into review; a gate listing the attachments).
    func adding(evidence more: [Evidence], outcome newOutcome: Outcome? = nil) -> RuleResult {
        RuleResult(ruleID: ruleID, title: title, articles: articles, severity: severity, outcome: newOutcome ?? outcome,
                   message: message, location: location, path: path, sectionTitle: sectionTitle, evidence: evidence + more,
                   waiver: waiver, waivedOutcome: waivedOutcome, guidance: guidance, place: place)
    }
}
