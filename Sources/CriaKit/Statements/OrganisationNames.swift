/// Proper names of organisations that hold a word for children or families: "Child Poverty
/// Action Group", "The Children's Society", "Action for Children", "Family Action", the
/// "Children's Commissioner". A name is not a statement about children: a membership table of
/// charities says nothing of what happens to children, and makes no page relevant to them.
/// Found as a run of capitalised words (joined by "of", "for", "the", "and") that holds a
/// capitalised word of `organisationNames` ("Society", "Action", "Commissioner") and a
/// capitalised word for people: "action for children" in a sentence is no name.
enum OrganisationNames {
    /// Small words inside a name: "Action for Children", "Society for the Protection of ...".
    static let joiners: Set<String> = ["of", "for", "the", "and", "&", "in", "on", "'s", "\u{2019}s", "'", "\u{2019}"]

    /// The token ranges of such names, by block.
    static func find(_ index: TextIndex, vocabulary: StatementVocabulary) -> [Int: [Range<Int>]] {
        guard !vocabulary.organisationNames.isEmpty else { return [:] }
        func mentions(of lexicon: String) -> [TextIndex.Mention] {
            index.matcher.index(of: lexicon).map { index.mentions[$0] } ?? []
        }
        // Most documents name no body with such a word: nothing more to read.
        let heads = vocabulary.organisationNames.flatMap(mentions(of:)).filter { isCapitalised(index.block($0.block), $0.start) }
        guard !heads.isEmpty else { return [:] }
        // Where words for people start, by block: only blocks holding one can hold such a name.
        // Kept only for the blocks of a head, which are few: all of a document's words for
        // people, by block, cost about 5 million instructions over one round of the bench corpus.
        var headBlocks = [Bool](repeating: false, count: index.blocks.count)
        for mention in heads { headBlocks[mention.block] = true }
        var people: [Int: [Int]] = [:]
        for lexicon in Set(vocabulary.about.flatMap(\.lexicons)) {
            for mention in mentions(of: lexicon) where headBlocks[mention.block] { people[mention.block, default: []].append(mention.start) }
        }
        var found: [Int: [Range<Int>]] = [:]
        for mention in heads {
            guard let starts = people[mention.block] else { continue }
            let block = index.block(mention.block)
            guard let run = capitalisedRun(block, around: mention.start) else { continue }
            if starts.contains(where: { run.contains($0) && isCapitalised(block, $0) }) {
                found[mention.block, default: []].append(run)
            }
        }
        return found
    }

    static func isCapitalised(_ block: TextIndex.Block, _ position: Int) -> Bool {
        block.tokens[position].original(in: block.text).first?.isUppercase ?? false
    }

    /// The run of capitalised words and joiners around a position, in its sentence and with
    /// nothing but spaces or an apostrophe between them (a comma or a colon ends a name: "...
    /// Safety Commission, Standard for ..."), without joiners at either end; nil unless it
    /// holds two capitalised words at least.
    static func capitalisedRun(_ block: TextIndex.Block, around position: Int) -> Range<Int>? {
        let sentence = block.tokens[position].sentence
        func inName(_ at: Int) -> Bool {
            guard at >= 0, at < block.tokens.count, block.tokens[at].sentence == sentence else { return false }
            return isCapitalised(block, at) || joiners.contains(block.tokens[at].original(in: block.text).lowercased())
        }
        // Whether the words at `at` and `at + 1` are apart by spaces or an apostrophe only.
        func joined(_ at: Int) -> Bool {
            let utf8 = block.text.utf8
            let gap = utf8[utf8.index(utf8.startIndex, offsetBy: block.tokens[at].end)..<utf8.index(utf8.startIndex, offsetBy: block.tokens[at + 1].start)]
            return String(decoding: gap, as: UTF8.self).allSatisfy { $0 == " " || $0 == "\u{a0}" || $0 == "'" || $0 == "\u{2019}" }
        }
        var start = position, end = position + 1
        while inName(start - 1), joined(start - 1) { start -= 1 }
        while inName(end), joined(end - 1) { end += 1 }
        while start < position, !isCapitalised(block, start) { start += 1 }
        while end > position + 1, !isCapitalised(block, end - 1) { end -= 1 }
        let capitalised = (start..<end).filter { isCapitalised(block, $0) }.count
        return capitalised >= 2 ? start..<end : nil
    }
}
