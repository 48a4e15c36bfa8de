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
        /// For a row of a table read as one block: the row's label and answer cells.
        var row: (label: String, answer: String)? = nil
        /// For a sentence that denies an effect: its number (a block may hold several).
        var sentence: Int? = nil
    }

    static func find(_ index: TextIndex, childrenLexicons: [String]) -> [Claim] {
        let blocks = index.allBlocks()
        let everything = [0..<blocks.count]
        var claims: [Claim] = []
        // Blocks already read as a claim, by number (asked of every block below).
        var seen = [Bool](repeating: false, count: blocks.count)
        var asksAboutChildren = Set<Int>()
        var hedged: [TextIndex.Mention] = []
        for lexicon in childrenLexicons {
            for mention in index.mentions(of: lexicon, in: everything, includeNegated: true) {
                if mention.negated && mention.deniesEffect, !seen[mention.block] {
                    seen[mention.block] = true
                    claims.append(Claim(block: mention.block, question: nil, sentence: index.block(mention.block).tokens[mention.start].sentence))
                }
                if mention.negated && !mention.deniesEffect { hedged.append(mention) }
                asksAboutChildren.insert(mention.block)
            }
        }
        for question in asksAboutChildren.sorted() where question + 1 < blocks.count && !seen[question + 1] {
            let asked = blocks[question], answer = blocks[question + 1]
            guard answer.section == asked.section || asked.isTitle, asked.tokens.count <= questionWords else { continue }
            guard asked.isTitle || asked.tokens.count <= 6 || endsWithQuestionMark(asked.text) else { continue }
            // "Negative impact on children" | "None" denies a harm, not that children are affected.
            guard !asked.tokens.contains(where: { $0.flags.contains(.comparativeQualifier) }) else { continue }
            let words = Set(childrenTerms(index, in: question, lexicons: childrenLexicons))
            if deniesEffect(answer.text, to: asked.text, childrenWords: words), !seen[question + 1] {
                seen[question + 1] = true
                claims.append(Claim(block: question + 1, question: question))
            }
        }
        // A table, form or definition list read as one block: a row whose label asks about
        // children and whose answer denies ("Impact on children" | "None identified").
        for number in asksAboutChildren.sorted() where !seen[number] {
            let block = blocks[number]
            let rowCells = RowText.cells(of: block.text)
            guard !block.node.children.isEmpty || rowCells.count > 1 else { continue }
            let words = Set(childrenTerms(index, in: number, lexicons: childrenLexicons))
            // An HTML or Word row is read as one block, its cells joined (`RowText`).
            if let row = rowCells.count > 1 ? deniedPair(rowCells, childrenWords: words) : deniedRow(in: block.node, childrenWords: words) {
                seen[number] = true
                claims.append(Claim(block: number, question: nil, row: row))
            }
        }
        // An equality screening's row for the protected characteristic age ("Age" | "No
        // impact", "Age" | comment | "Neutral"): it answers whether people are affected by their
        // age, children among them.
        for number in blocks.indices where !seen[number] && opensWithAgeWord(blocks[number].text) {
            let cells = RowText.cells(of: blocks[number].text)
            guard cells.count > 1, isAgeLabel(cells[0]), let row = deniedPair(cells, childrenWords: ["age"]) else { continue }
            seen[number] = true
            claims.append(Claim(block: number, question: nil, row: row))
        }
        // A label and its answer in one line: "Impact on children: none", "Children affected:
        // [ ] Yes [x] No".
        for number in asksAboutChildren.sorted() where !seen[number] {
            let block = blocks[number]
            guard block.tokens.count <= questionWords * 2, let row = inlineRow(block.text) else { continue }
            let words = Set(childrenTerms(index, in: number, lexicons: childrenLexicons))
            guard Self.asksAboutChildren(row.label, childrenWords: words), inlineAnswerDenies(row.answer, to: row.label, childrenWords: words) else { continue }
            seen[number] = true
            claims.append(Claim(block: number, question: nil, row: (row.label.trimmingWhitespace, row.answer.trimmingWhitespace)))
        }
        // A form field whose label is the question ("doesThePolicyAffectChildren": "No -
        // payments are made to adults", "impactOnUnder18s": "None", "childRightsScreening":
        // "☒ Not applicable"): its value answers it.
        for number in blocks.indices where !seen[number] {
            // The block's fields as they are asked for, not a copy of every block.
            guard !blocks[number].isTitle, blocks[number].tokens.count <= questionWords, let first = blocks[number].tokens.first else { continue }
            let text = blocks[number].text
            guard isDenialOpening(first, in: text) || mayHoldTick(text), let label = fieldLabelAskingAboutChildren(blocks[number].node),
                deniesEffect(text, to: label)
            else { continue }
            seen[number] = true
            claims.append(Claim(block: number, question: nil, row: (label, text.trimmingWhitespace)))
        }
        // "We considered whether the change affects children. It does not": a question in one
        // sentence answered by a denial in the next, in the same block.
        for mention in hedged where !seen[mention.block] {
            let block = blocks[mention.block]
            let sentence = block.tokens[mention.start].sentence
            let asks = (0..<mention.start).contains { block.tokens[$0].sentence == sentence && block.tokens[$0].flags.contains(.hedge) }
            guard asks, let next = (mention.end..<block.tokens.count).first(where: { block.tokens[$0].sentence != sentence }),
                opensWithDenial(block, at: next)
            else { continue }
            seen[mention.block] = true
            claims.append(Claim(block: mention.block, question: nil, sentence: sentence))
        }
        return claims.sorted { $0.block < $1.block }
    }

    /// The first words of the denials, to pass over most blocks at once.
    static let denialOpenings: Set<String> = ["no", "none", "n", "na", "not", "nil", "false", "neutral"]
    /// Words of a field's label that name children ("impactOnUnder18s", "affectsYoungPeople").
    static let childLabelWords: Set<String> = [
        "child", "children", "childrens", "young", "youth", "pupil", "pupils", "minor", "minors", "under18s", "under16s", "infants", "babies", "juveniles", "learners",
    ]

    /// A leaf field's label, in words, when it asks whether children are affected: it names
    /// children and an effect ("does the policy affect children", "impact on under18s").
    static func fieldLabelAskingAboutChildren(_ node: DocumentNode) -> String? {
        guard node.children.isEmpty, !node.label.isEmpty else { return nil }
        let label = LabelWords.words(node.label)
        let words = label.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
        // "under 18 s" is how "Under18s" splits.
        let namesChildren = words.contains(where: childLabelWords.contains) || zip(words, words.dropFirst()).contains { $0 == "under" && (Int($1) ?? 99) <= 18 }
        if asksWhetherAssessmentIsNeeded(words) { return label }
        // A screening of children's rights asks the question too ("childRightsScreening").
        guard words.count > 1, words.count <= 12, namesChildren,
            words.contains(where: { Negation.effectWords.contains(Stemmer.stem(Substring($0))) || $0.hasPrefix("screen") })
        else { return nil }
        return label
    }

    /// Names of a child rights impact assessment in a form's label.
    static let assessmentNames: Set<String> = ["cria", "crwia", "crias"]
    static let neededWords: Set<String> = ["needed", "required", "necessary", "need", "require", "requires"]

    /// Whether a label (its words, lowercased) asks whether a child rights impact assessment
    /// is needed ("Is a CRIA needed?", "criaRequired"): answered "No" or `false`, it screens
    /// children out as unaffected, as "Will children be affected? No" does. "Has a CRIA been
    /// done?" asks something else.
    static func asksWhetherAssessmentIsNeeded(_ words: [String]) -> Bool {
        words.count <= 8 && words.contains(where: assessmentNames.contains) && words.contains(where: neededWords.contains)
    }

    /// Whether a label may name a CRIA or CRWIA, told from its bytes ("cri", "crw" in any
    /// case) before it is lowercased and split: most labels do not.
    static func mayNameAssessment(_ label: String) -> Bool {
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in label.utf8 {
            let lower = byte | 0x20
            if previous == (UInt8(ascii: "c"), UInt8(ascii: "r")), lower == UInt8(ascii: "i") || lower == UInt8(ascii: "w") { return true }
            previous = (previous.1, lower)
        }
        return false
    }

    /// The words for children found in one block, lowercased ("children", "young people").
    private static func childrenTerms(_ index: TextIndex, in block: Int, lexicons: [String]) -> [String] {
        lexicons.flatMap { index.mentions(of: $0, in: [block..<block + 1], includeNegated: true).map { index.term($0).lowercased() } }
    }

    /// The first pair of neighbouring nodes, anywhere under `node`, whose first is a short
    /// label naming children and whose second denies: a table row's header and cell, a form
    /// field's label and value, a `dt` and its `dd`. A node's text is gathered whole only when
    /// its opening shows that it may be a label, and the answer's only after such a label: the
    /// node is often a chapter, whose paragraphs and sections are each other's neighbours.
    static func deniedRow(in node: DocumentNode, childrenWords: Set<String>) -> (label: String, answer: String)? {
        guard !childrenWords.isEmpty else { return nil }
        let children = node.children
        for (label, answer) in zip(children, children.dropFirst()) {
            guard let asked = labelText(of: label),
                asksAboutChildren(asked, childrenWords: childrenWords)
                    || (mayNameAssessment(asked) && asksWhetherAssessmentIsNeeded(labelWords(asked.lowercased()).map(String.init)))
            else { continue }
            if let found = denial(label: asked, answer: answer.fullText, childrenWords: childrenWords) { return found }
        }
        for child in children where !child.children.isEmpty {
            if let found = deniedRow(in: child, childrenWords: childrenWords) { return found }
        }
        return nil
    }

    /// The first label and answer, among cells side by side, that ask about children and deny.
    /// A later cell answers too when it is a bare denial: a rating column after a comment
    /// ("Age: children and young people" | "Council tax is paid by adults." | "Neutral").
    static func deniedPair(_ cells: [String], childrenWords: Set<String>) -> (label: String, answer: String)? {
        for (at, label) in cells.enumerated().dropLast() where asksAboutChildren(label, childrenWords: childrenWords) {
            if let found = denial(label: label, answer: cells[at + 1], childrenWords: childrenWords) { return found }
            for answer in cells[(at + 2)...] where inlineAnswerDenies(answer, to: label, childrenWords: childrenWords) {
                return (label.trimmingWhitespace, answer.trimmingWhitespace)
            }
        }
        return nil
    }

    /// Whether a cell is a question, a short label ("Children and young people") or one that
    /// names an effect ("Effect on children and young people") about children; not a title
    /// that names pupils beside a "chosen: no".
    static func asksAboutChildren(_ label: String, childrenWords: Set<String>) -> Bool {
        // A long paragraph is told by its opening, not lowercased and split whole.
        if label.utf8.count > labelOpeningBytes && hasMoreWordsThanALabel(opening: label) { return false }
        // Most neighbours name no children: told from the bytes, before the label is
        // lowercased and searched, and before its Characters are split into words.
        guard mayName(anyOf: childrenWords, label) else { return false }
        let asked = label.lowercased()
        guard childrenWords.contains(where: asked.contains) else { return false }
        let words = labelWords(asked)
        guard words.count <= questionWords else { return false }
        let stems = words.map { Stemmer.stem($0) }
        guard asked.contains("?") || words.count <= 6 || stems.contains(where: Negation.effectWords.contains) else { return false }
        // "Negative impact on children" | "None" denies a harm, not that children are affected.
        return !stems.contains(where: Negation.comparativeQualifiers.contains)
    }

    /// The row, trimmed, if the answer denies.
    private static func denial(label: String, answer: String, childrenWords: Set<String>) -> (label: String, answer: String)? {
        guard deniesEffect(answer, to: label, childrenWords: childrenWords) else { return nil }
        return (label.trimmingWhitespace, answer.trimmingWhitespace)
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
