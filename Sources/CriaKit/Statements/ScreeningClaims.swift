/// Claims that a proposal does not affect children, read as statements wherever they sit: a
/// sentence that denies an effect on children ("The measure has no impact on children"); an
/// answer that says no to a question or label about children, in the next block ("Does the
/// proposal affect children under 18?" then "No. It applies to all riders"; a table row
/// "Impact on children" | "None identified"; a heading "Children and young people" over
/// "Not applicable.") or in the next sentence ("We considered whether the change affects
/// children. It does not: ..."). A screening claim is a statement about the proposal, not
/// evidence that it concerns children: relevance is judged without these blocks.
enum ScreeningClaims {
    /// Answers that deny: the first word or words of the answer.
    static let denials = ["no", "none", "n/a", "na", "not applicable", "no impact", "not relevant", "nil", "false"]
    /// A label or question longer than this is prose, not a question put to the document.
    static let questionWords = 30
    /// Words that open an answer in a sentence of its own: "It does not", "They will not".
    static let answerSubjects: Set<String> = ["it", "they", "this", "there", "children", "none"]

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
        var hedged: [TextIndex.Mention] = []
        for lexicon in childrenLexicons {
            for mention in index.mentions(of: lexicon, in: everything, includeNegated: true) {
                if mention.negated && mention.deniesEffect, seen.insert(mention.block).inserted { claims.append(Claim(block: mention.block, question: nil)) }
                if mention.negated && !mention.deniesEffect { hedged.append(mention) }
                asksAboutChildren.insert(mention.block)
            }
        }
        let blocks = index.allBlocks()
        for question in asksAboutChildren.sorted() where question + 1 < blocks.count && !seen.contains(question + 1) {
            let asked = blocks[question], answer = blocks[question + 1]
            guard answer.section == asked.section || asked.isTitle, asked.tokens.count <= questionWords else { continue }
            let text = asked.text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard text.hasSuffix("?") || asked.isTitle || asked.tokens.count <= 6 else { continue }
            // "Negative impact on children" | "None" denies a harm, not that children are affected.
            guard !asked.tokens.contains(where: { $0.flags.contains(.comparativeQualifier) }) else { continue }
            if FieldCondition.value(answer.text, isOneOf: denials), seen.insert(question + 1).inserted {
                claims.append(Claim(block: question + 1, question: question))
            }
        }
        // "We considered whether the change affects children. It does not": a question in one
        // sentence answered by a denial in the next, in the same block.
        for mention in hedged where !seen.contains(mention.block) {
            let block = blocks[mention.block]
            let sentence = block.tokens[mention.start].sentence
            let asks = (0..<mention.start).contains { block.tokens[$0].sentence == sentence && block.tokens[$0].flags.contains(.hedge) }
            guard asks, let next = (mention.end..<block.tokens.count).first(where: { block.tokens[$0].sentence != sentence }),
                  opensWithDenial(block, at: next) else { continue }
            seen.insert(mention.block)
            claims.append(Claim(block: mention.block, question: nil))
        }
        return claims.sorted { $0.block < $1.block }
    }

    /// Whether the sentence starting at token `start` opens by denying: "No.", "None.", "It
    /// does not", "They will not be affected".
    private static func opensWithDenial(_ block: TextIndex.Block, at start: Int) -> Bool {
        let tokens = block.tokens
        let first = tokens[start].original(in: block.text).lowercased()
        if tokens[start].flags.contains(.negationCue) { return true }
        guard answerSubjects.contains(first) else { return false }
        let sentence = tokens[start].sentence
        return (start + 1..<min(tokens.count, start + 4)).contains { tokens[$0].sentence == sentence && tokens[$0].flags.contains(.negationCue) }
    }
}
