/// Claims that a proposal does not affect children, read as statements: a sentence that
/// denies an effect on children ("The measure has no impact on children"), and an answer
/// that says no to a question or label about children wherever it sits ("Does the proposal
/// affect children under 18?" then "No. It applies to all riders", or a table row "Impact on
/// children" | "None").
enum ScreeningClaims {
    /// Answers that deny: the first word or words of the answer.
    static let denials = ["no", "none", "n/a", "na", "not applicable", "no impact", "not relevant", "nil", "false"]
    /// A label or question longer than this is prose, not a question put to the document.
    static let questionWords = 30

    struct Claim {
        /// The block that makes the claim, and the question it answers (if any).
        let block: Int
        let question: Int?
    }

    static func find(_ index: TextIndex, childrenLexicons: [String]) -> [Claim] {
        let everything = [0..<index.allBlocks().count]
        var claims: [Claim] = []
        var seen = Set<Int>()
        var asksAboutChildren = Set<Int>()
        for lexicon in childrenLexicons {
            for mention in index.mentions(of: lexicon, in: everything, includeNegated: true) {
                if mention.negated && mention.deniesEffect, seen.insert(mention.block).inserted { claims.append(Claim(block: mention.block, question: nil)) }
                asksAboutChildren.insert(mention.block)
            }
        }
        let blocks = index.allBlocks()
        for question in asksAboutChildren.sorted() where question + 1 < blocks.count && !seen.contains(question + 1) {
            let asked = blocks[question], answer = blocks[question + 1]
            guard answer.section == asked.section || asked.isTitle, asked.tokens.count <= questionWords else { continue }
            let text = asked.text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard text.hasSuffix("?") || asked.isTitle || asked.tokens.count <= 6 else { continue }
            if FieldCondition.value(answer.text, isOneOf: denials), seen.insert(question + 1).inserted {
                claims.append(Claim(block: question + 1, question: question))
            }
        }
        return claims.sorted { $0.block < $1.block }
    }
}
