/// What a relevance verdict rests on, for `cria inspect`: the judgement, and each mention it
/// counted (a word for children or a children's service, for families or for the people
/// through whom children are affected) or each statement that reached children, quoted where
/// it stands, so that a reader can see which words made a proposal child-relevant.
public struct RelevanceBasis: Sendable {
    public let judgement: RelevanceJudgement
    /// In document order; each note says what the quote counted as ("speaks of children:
    /// pupils", "families or people reached: tenants", "reaches children: ...").
    public let quotes: [Evidence]
    /// Mentions of groups the proposal names by a child's age ("cadets aged 12 to 17"),
    /// counted with the mentions of children but not quoted one by one.
    public let namedGroupMentions: Int

    /// One line for the verdict: "direct (3 mentions of children, 0 of families or people
    /// reached; 2 distinct terms)", with the terms left out and why.
    public var summary: String {
        let judgement = judgement
        var line = judgement.relevance.rawValue + TextReport.relevanceNote(judgement)
        line += " (\(judgement.directMentions) mentions of children, \(judgement.indirectMentions) of families or people reached"
        if namedGroupMentions > 0 { line += ", of them \(namedGroupMentions) of groups named by a child's age" }
        line += "; \(judgement.distinctTerms) distinct terms"
        if let term = judgement.oneTermRepeated { line += "; one term repeated, \"\(term)\", is not enough" }
        if !judgement.termsNamingThings.isEmpty {
            line += "; only ever before another noun, so naming a thing: " + judgement.termsNamingThings.map { "\"\($0)\"" }.joined(separator: ", ")
        }
        // A proposal left none by them says so in its note already.
        if !judgement.termsOfAnimals.isEmpty, judgement.relevance != .none {
            line += "; said of animals, in sentences naming no people: " + judgement.termsOfAnimals.map { "\"\($0)\"" }.joined(separator: ", ")
        }
        if !judgement.termsInOtherSense.isEmpty {
            line += "; read in another sense, nothing showing a child or a family: " + judgement.termsInOtherSense.map { "\"\($0)\"" }.joined(separator: ", ")
        } else if let sense = judgement.childSense, sense.hasPrefix("a group") || sense.hasPrefix("\"") {
            // Words with other senses counted on evidence other than a word for children: say which.
            line += "; words with other senses read for children: \(sense)"
        }
        return line + ")"
    }
}
