/// "Was it assessed?" for a published document (a rule with `assessedBy:`): whether a child
/// rights impact assessment is published with it (a GOV.UK attachment) or referenced by it
/// (its text, explanatory notes or memorandum). Another impact assessment (equality, regulatory)
/// found instead is named, and a person must judge whether it covers children.
public struct AssessmentTrail: Sendable {
    /// Lexicon naming a child rights impact assessment ("child rights impact assessment", "CRWIA").
    public let childRights: String
    /// Lexicon naming other assessments ("equality impact assessment", "impact assessment").
    public let other: String?
}

extension AssessmentTrail {
    func result(of rule: Rule, facts: DocumentFacts) -> (Outcome, [Evidence]) {
        if let found = find(childRights, facts: facts) { return (.pass, found) }
        if let other, let found = find(other, facts: facts) { return (.review, found) }
        return (.fail, [])
    }

    /// Attachments and linked documents whose title names the lexicon, else mentions of it in
    /// the text (two at most).
    private func find(_ lexicon: String, facts: DocumentFacts) -> [Evidence]? {
        let proposal = facts.proposal
        let terms = facts.pack.pack.lexicons[lexicon]?.terms ?? []
        let published = Self.naming(terms, in: proposal.publishedWith).prefix(2).map { proposal.evidence($0, note: $0.relation) }
        if !published.isEmpty { return Array(published) }
        let mentioned = facts.index.mentions(of: lexicon, in: [0..<facts.index.allBlocks().count]).prefix(2)
        return mentioned.isEmpty ? nil : mentioned.map { facts.evidence(for: $0, note: "mentions \"\(facts.index.term($0))\"") }
    }

    /// The documents published with an item whose title names one of the terms.
    static func naming(_ terms: [String], in documents: [PublishedDocument]) -> [PublishedDocument] {
        documents.filter { document in terms.contains { names(document.title, $0) } }
    }

    /// Whether `text` holds `term` as whole words, ignoring case (an ALL-CAPS term keeps its case).
    static func names(_ text: String, _ term: String) -> Bool {
        let caseSensitive = term.count > 1 && term == term.uppercased() && term.contains(where: \.isLetter)
        func words(_ value: String) -> [Substring] {
            (caseSensitive ? value : value.lowercased()).split { !$0.isLetter && !$0.isNumber }
        }
        let haystack = words(text), needle = words(term)
        guard !needle.isEmpty, haystack.count >= needle.count else { return false }
        return (0...(haystack.count - needle.count)).contains { Array(haystack[$0..<$0 + needle.count]) == needle }
    }
}
