/// Reads a proposal's statements from the text index: every sentence in which a word of the
/// statement vocabulary was found, with the populations, kinds and domains its words name.
/// It reads the mentions the index found in its one pass over the text; nothing is parsed or
/// tokenised again.
enum StatementReader {
    static func read(_ index: TextIndex, vocabulary: StatementVocabulary, definitionKind: Int?) -> [Statement] {
        let everything = [0..<index.allBlocks().count]
        var statements: [Statement] = []
        var bySentence: [Int: Int] = [:]
        func statement(for mention: TextIndex.Mention) -> Int {
            let sentence = index.block(mention.block).tokens[mention.start].sentence
            if let known = bySentence[sentence] {
                if mention.start < statements[known].firstToken { statements[known].firstToken = mention.start }
                return known
            }
            statements.append(Statement(block: mention.block, sentence: sentence, firstToken: mention.start))
            bySentence[sentence] = statements.count - 1
            return statements.count - 1
        }
        // Words inside a phrase that names something else ("child company") are about no one.
        var falseFriends: [Int: [Range<Int>]] = [:]
        for lexicon in vocabulary.notAbout {
            for mention in index.mentions(of: lexicon, in: everything, includeNegated: true) {
                falseFriends[mention.block, default: []].append(mention.start..<mention.end)
            }
        }
        func insideFalseFriend(_ mention: TextIndex.Mention) -> Bool {
            falseFriends[mention.block]?.contains { $0.contains(mention.start) || $0.contains(mention.end - 1) } ?? false
        }
        for (number, group) in vocabulary.about.enumerated() {
            for lexicon in group.lexicons {
                for mention in index.mentions(of: lexicon, in: everything, includeNegated: true) where !insideFalseFriend(mention) {
                    let at = statement(for: mention)
                    if mention.negated { statements[at].deniedAbout |= .bit(number) } else { statements[at].about |= .bit(number) }
                }
            }
        }
        for (number, group) in vocabulary.kinds.enumerated() {
            for lexicon in group.lexicons {
                for mention in index.mentions(of: lexicon, in: everything, includeNegated: true) {
                    let at = statement(for: mention)
                    if mention.negated { statements[at].deniedKinds |= .bit(number) } else { statements[at].kinds |= .bit(number) }
                }
            }
        }
        for (number, group) in vocabulary.domains.enumerated() {
            for lexicon in group.lexicons {
                for mention in index.mentions(of: lexicon, in: everything, includeNegated: true) where !mention.negated {
                    statements[statement(for: mention)].domains |= .bit(number)
                }
            }
        }
        for lexicon in vocabulary.conditional {
            for mention in index.mentions(of: lexicon, in: everything, includeNegated: true) {
                statements[statement(for: mention)].conditional = true
            }
        }
        // A kind named only in negated form is denied, not claimed.
        for at in statements.indices { statements[at].deniedKinds &= ~statements[at].kinds }
        statements.sort { ($0.block, $0.sentence) < ($1.block, $1.sentence) }
        inheritFromHeadings(&statements, index: index, definitionKind: definitionKind)
        return statements
    }

    /// An answer under a question or heading that names its population ("Impact on children:
    /// None", "How will disabled pupils be affected?" then "They will ...") is about that
    /// population: the block right after a title in the same section takes the title's
    /// populations where its own sentences name none.
    private static func inheritFromHeadings(_ statements: inout [Statement], index: TextIndex, definitionKind: Int?) {
        var titleAbout: [Int: UInt32] = [:]
        for statement in statements where index.block(statement.block).isTitle && statement.about != 0 {
            titleAbout[statement.block, default: 0] |= statement.about
        }
        guard !titleAbout.isEmpty else { return }
        for at in statements.indices where statements[at].about == 0 && statements[at].block > 0 {
            let block = index.block(statements[at].block), previous = statements[at].block - 1
            guard !block.isTitle, let about = titleAbout[previous], index.block(previous).section == block.section else { continue }
            if let definition = definitionKind, statements[at].kinds.intersects(.bit(definition)) { continue }
            statements[at].about = about
            statements[at].aboutFromHeading = true
        }
    }
}
