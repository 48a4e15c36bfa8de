/// Counts a sentence gives of the people it speaks of: a share ("24% of Year 6 children"), a
/// number written with thousands ("2,300 visits by under-18s") or a number just before the
/// people it counts ("46 children", "1,130 different young people"). A count is evidence
/// about whom the sentence is about (statements.yaml `counts:` names its kinds). Years ("in
/// 2025"), ages ("aged 11", "Year 6", "under 18") and lone small numbers elsewhere in the
/// sentence are not counts. Read from the tokens the index already holds.
enum Counts {
    /// Words after which a number is an age, a school year, a place in a list or a time.
    static let notCountedAfter: Set<String> = [
        "aged", "age", "ages", "year", "years", "under", "over", "stage", "between", "to", "and", "or", "from",
        "paragraph", "para", "article", "art", "section", "step", "question", "option", "phase", "page", "annex", "schedule",
    ]
    /// How far before a word for people a number may stand to count them ("412,000 pupils",
    /// "1,130 different young people").
    static let reach = 2
    /// The last UTF-8 byte of "£", "$" and "€": a number right after one is an amount.
    static let currencyEnds: Set<UInt8> = [0xA3, 0x24, 0xAC]
    /// `currencyEnds` by byte value: asked before every number, where hashing the byte cost
    /// more than the rest of the test.
    static let isCurrencyEnd: [Bool] = (0..<256).map { currencyEnds.contains(UInt8($0)) }

    /// Whether the token at `position` is a number that counts: shown as a share or with
    /// thousands wherever it stands, or, with `beforePeople`, a number that is no year and
    /// follows no word for an age or a place in a list.
    static func isCount(_ block: TextIndex.Block, at position: Int, beforePeople: Bool) -> Bool {
        let tokens = block.tokens
        let token = tokens[position]
        guard token.flags.contains(.number) else { return false }
        let utf8 = block.text.utf8
        // "£180,000" is money, not people.
        if token.start > 0, isCurrencyEnd[Int(utf8[utf8.index(utf8.startIndex, offsetBy: token.start - 1)])] { return false }
        let after = utf8.index(utf8.startIndex, offsetBy: token.end)
        if after < utf8.endIndex {
            if utf8[after] == UInt8(ascii: "%") { return true }
            // "2,300": a comma and three digits, read as two numbers.
            if utf8[after] == UInt8(ascii: ","), position + 1 < tokens.count, tokens[position + 1].start == token.end + 1,
                tokens[position + 1].end - tokens[position + 1].start == 3, tokens[position + 1].flags.contains(.number)
            {
                return true
            }
        }
        guard beforePeople else { return false }
        let word = token.original(in: block.text)
        if let value = Int(word), value >= 1900 && value <= 2100 { return false }
        if position > 0, tokens[position - 1].sentence == token.sentence {
            let before = tokens[position - 1]
            // The second half of "2,300" counts as the whole does.
            if before.end + 1 == token.start, before.flags.contains(.number) { return true }
            if notCountedAfter.contains(before.original(in: block.text).lowercased()) { return false }
        }
        return true
    }

    /// Whether a number counts the people a mention names: one just before it, in its sentence.
    static func counts(_ mention: TextIndex.Mention, in block: TextIndex.Block) -> Bool {
        let sentence = block.tokens[mention.start].sentence
        for position in stride(from: mention.start - 1, through: max(0, mention.start - reach), by: -1) {
            guard block.tokens[position].sentence == sentence else { return false }
            if isCount(block, at: position, beforePeople: true) { return true }
        }
        return false
    }

    /// The sentences (by number) of `blocks` that give a share or a number with thousands.
    static func sentencesWithShares(_ index: TextIndex, blocks: Set<Int>) -> Set<Int> {
        var found = Set<Int>()
        for number in blocks {
            // Most tokens are no number: passed over in place, and the block copied only for one.
            let numbers = index.blocks[number].tokens.withUnsafeBufferPointer { tokens in tokens.indices.filter { tokens[$0].flags.contains(.number) } }
            guard !numbers.isEmpty else { continue }
            let block = index.block(number)
            for position in numbers where isCount(block, at: position, beforePeople: false) { found.insert(block.tokens[position].sentence) }
        }
        return found
    }
}
