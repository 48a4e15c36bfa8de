/// A proposal's text, tokenised once, with every lexicon mention found in one pass.
/// Every rule reads from here; nothing rescans the document.
public final class TextIndex {
    struct Block {
        let section: Int  // Section.index
        let text: String
        let node: DocumentNode
        let tokens: TokenRun
        let isTitle: Bool
    }

    public struct Mention {
        let block: Int
        let start: Int
        let end: Int
        let term: Int
        let negated: Bool
        /// Whether a negated mention's clause denies an effect ("no impact on children");
        /// false for any mention not negated, for which nothing asks it.
        let deniesEffect: Bool
    }

    let proposal: Proposal
    let matcher: TermMatcher
    let blocks: [Block]
    /// Blocks of each section's subtree: `subtreeBlocks[s]` is a contiguous range.
    let subtreeBlocks: [Range<Int>]
    /// Blocks of each section's own text (title and segments), without its subsections'.
    let ownBlocks: [Range<Int>]
    /// Mentions of each lexicon, by lexicon number, in document order.
    let mentions: [[Mention]]
    public let wordCount: Int
    /// The document's distinct words (and those of documents read before with the same
    /// matcher), stemmed once each.
    @exclusivity(unchecked) private var words: WordTable
    /// The block of each section's title, if its title is text of the document.
    private let titleBlocks: [Int?]
    @exclusivity(unchecked) private var sectionsByScope: [Scope: [Section]] = [:]
    @exclusivity(unchecked) private var blocksByScope: [Scope: [Range<Int>]] = [:]

    /// Whether a section's title is text of the document: a heading or title field, or a key
    /// written as words ("4. Hearing from children and young people": a heading in JSON's
    /// shape), not an element or key name made of one word or camelCase ("voiceOfTheChild").
    static func readsTitle(of section: Section) -> Bool {
        switch section.titleSource {
        case .heading, .field: return true
        case .label:
            // Searched in the label's contiguous bytes when it has them: the UTF-8 view's own
            // `contains` steps index by index (about 350 instructions a label).
            let label = section.node.label.utf8
            return label.withContiguousStorageIfAvailable { $0.contains(0x20) } ?? label.contains(0x20)
        case .document: return false
        }
    }

    public init(proposal: Proposal, matcher: TermMatcher) {
        self.proposal = proposal
        self.matcher = matcher
        let all = proposal.root.subtree
        var blockCount = 0, textBytes = 0
        for section in all {
            if Self.readsTitle(of: section) {
                blockCount += 1
                textBytes += section.title.utf8.count
            }
            blockCount += section.segments.count
            for segment in section.segments { textBytes += segment.text.utf8.count }
        }
        var builder = TextIndexBuilder(matcher: matcher, words: matcher.wordTables.take(), blockCount: blockCount, textBytes: textBytes)
        var ownRanges = Array(repeating: 0..<0, count: all.count)
        var titleBlocks: [Int?] = Array(repeating: nil, count: all.count)
        for section in all {
            let first = builder.blocks.count
            if Self.readsTitle(of: section) {
                titleBlocks[section.index] = builder.blocks.count
                builder.add(section.title, node: section.node, section: section.index, isTitle: true)
            }
            for segment in section.segments {
                builder.add(segment.text, node: segment.node, section: section.index, isTitle: false)
            }
            ownRanges[section.index] = first..<builder.blocks.count
        }
        // Preorder: a section's subtree runs from its own blocks to the end of its last child's.
        var subtreeBlocks = Array(repeating: 0..<0, count: all.count)
        for section in all.reversed() {
            let end = section.children.last.map { subtreeBlocks[$0.index].upperBound } ?? ownRanges[section.index].upperBound
            subtreeBlocks[section.index] = ownRanges[section.index].lowerBound..<end
        }
        blocks = builder.blocks
        mentions = builder.mentions
        wordCount = builder.wordCount
        self.subtreeBlocks = subtreeBlocks
        self.ownBlocks = ownRanges
        words = builder.words
        self.titleBlocks = titleBlocks
    }

    deinit {
        matcher.wordTables.giveBack(words)
    }

    /// Stem numbers of the words of a section's title, comparable with the pack's role title
    /// phrases.
    func titleStems(of section: Section) -> [Int32] {
        if let block = titleBlocks[section.index] { return blocks[block].tokens.map(\.stem) }
        if let stems = Tokenizer.stemsOfASCIIText(section.title, words: &words) { return stems }
        var sentence = 0, clause = 0
        return Tokenizer.tokenize(section.title, words: &words, sentence: &sentence, clause: &clause).map(\.stem)
    }

    // MARK: - Queries

    /// Blocks in scope: all, or those of the sections with one of these roles (subtrees).
    func blocks(in scope: Scope) -> [Range<Int>] {
        switch scope {
        case .document:
            return [0..<blocks.count]
        case .roles:
            if let known = blocksByScope[scope] { return known }
            let found = merged(sections(in: scope).map { subtreeBlocks[$0.index] })
            blocksByScope[scope] = found
            return found
        }
    }

    /// The sections with one of the scope's roles. Roles are all assigned before rules ask,
    /// so each scope's sections are found once.
    func sections(in scope: Scope) -> [Section] {
        switch scope {
        case .document:
            return []
        case .roles(let roles):
            if let known = sectionsByScope[scope] { return known }
            let positions = roles.count == 1 ? sectionsWithRole[roles[0]] ?? [] : Set(roles.flatMap { sectionsWithRole[$0] ?? [] }).sorted()
            let found = positions.map { proposal.sections[$0] }
            sectionsByScope[scope] = found
            return found
        }
    }

    /// Where the sections with each role are in `proposal.sections`, in order: gathered when
    /// a rule first asks, once every role is assigned.
    private lazy var sectionsWithRole: [String: [Int]] = {
        var found: [String: [Int]] = [:]
        for (position, section) in proposal.sections.enumerated() {
            for role in section.roles { found[role, default: []].append(position) }
        }
        return found
    }()

    func mentions(of lexicon: String, in ranges: [Range<Int>], includeNegated: Bool = false) -> [Mention] {
        guard let number = matcher.index(of: lexicon) else { return [] }
        let all = mentions[number]
        // Mentions are in block order; for ranges in order that do not overlap (what
        // `blocks(in:)` gives), each range is one slice found by binary search.
        guard zip(ranges, ranges.dropFirst()).allSatisfy({ $0.upperBound <= $1.lowerBound }) else {
            return all.filter { mention in
                (includeNegated || !mention.negated) && ranges.contains { $0.contains(mention.block) }
            }
        }
        var found: [Mention] = []
        for range in ranges where !range.isEmpty {
            var low = 0, high = all.count
            while low < high {
                let middle = (low + high) / 2
                if all[middle].block < range.lowerBound { low = middle + 1 } else { high = middle }
            }
            while low < all.count && all[low].block < range.upperBound {
                if includeNegated || !all[low].negated { found.append(all[low]) }
                low += 1
            }
        }
        return found
    }

    func subtree(of section: Section) -> Range<Int> { subtreeBlocks[section.index] }

    /// Mentions of a lexicon (by number), negated ones left out, in a section's own text (not its
    /// subsections').
    func countOwnMentions(of lexicon: Int, in section: Section) -> Int {
        let all = mentions[lexicon], range = ownBlocks[section.index]
        var low = 0, high = all.count
        while low < high {
            let middle = (low + high) / 2
            if all[middle].block < range.lowerBound { low = middle + 1 } else { high = middle }
        }
        var count = 0
        while low < all.count && all[low].block < range.upperBound {
            if !all[low].negated { count += 1 }
            low += 1
        }
        return count
    }

    func block(_ number: Int) -> Block { blocks[number] }

    /// The sentence (numbered through the document) a mention starts in.
    func sentence(of mention: Mention) -> Int { blocks[mention.block].tokens[mention.start].sentence }

    /// The sentences (numbered through the document) holding a word of one of the lexicons.
    func sentences(holding lexicons: [String], in ranges: [Range<Int>]) -> Set<Int> {
        var found = Set<Int>()
        for lexicon in lexicons {
            for mention in mentions(of: lexicon, in: ranges) { found.insert(sentence(of: mention)) }
        }
        return found
    }

    func allBlocks() -> [Block] { blocks }

    /// The sentence around a mention, trimmed to a readable length.
    func snippet(_ mention: Mention) -> String {
        let block = blocks[mention.block]
        let tokens = block.tokens
        let sentence = tokens[mention.start].sentence
        // Sentence numbers never fall along a block, so a sentence's tokens are one run.
        var firstIndex = mention.start, lastIndex = mention.start
        while firstIndex > 0 && tokens[firstIndex - 1].sentence == sentence { firstIndex -= 1 }
        while lastIndex + 1 < tokens.count && tokens[lastIndex + 1].sentence == sentence { lastIndex += 1 }
        let lower = tokens[firstIndex].range(in: block.text).lowerBound, upper = tokens[lastIndex].range(in: block.text).upperBound
        var text = String(block.text[lower..<upper])
        // No more characters than bytes: a short sentence is not counted.
        // More than 200 characters, without counting all of a long sentence's.
        if text.utf8.count > 200 && Self.index(in: text, text.startIndex, offsetBy: 201, limitedBy: text.endIndex) != nil {
            let tokenStart = block.tokens[mention.start].range(in: block.text).lowerBound
            let from = Self.index(in: block.text, tokenStart, offsetBy: -80, limitedBy: lower) ?? lower
            let to = Self.index(in: block.text, tokenStart, offsetBy: 120, limitedBy: upper) ?? upper
            // A String of the slice, not the slice: `String + Substring` is the generic
            // `append(contentsOf:)` of any sequence of characters, whose first call has the
            // runtime look its types up by name (0.26M instructions of a single check).
            text = "…" + String(block.text[from..<to]) + "…"
        }
        return text
    }

    /// `text.index(start, offsetBy: distance, limitedBy: limit)` for `start` on a character
    /// boundary, counting bytes instead of walking characters when the bytes stepped over, and
    /// the one on either side, are ASCII other than CR: each of them is then a character of its
    /// own (nothing joins two ASCII characters but CR LF).
    static func index(
        in text: String, _ start: String.Index, offsetBy distance: Int,
        limitedBy limit: String.Index
    ) -> String.Index? {
        let utf8 = text.utf8
        let from = utf8.distance(from: utf8.startIndex, to: start), bound = utf8.distance(from: utf8.startIndex, to: limit)
        let target = from + distance
        let byteWise =
            utf8.withContiguousStorageIfAvailable { bytes -> Bool in
                guard distance >= 0 ? target <= bound : target >= bound else { return false }
                let first = Swift.max(Swift.min(from, target) - 1, 0), last = Swift.min(Swift.max(from, target) + 1, bytes.count)
                guard first <= last else { return false }
                return !bytes[first..<last].contains { $0 >= 0x80 || $0 == 0x0D }
            } ?? false
        if byteWise { return utf8.index(utf8.startIndex, offsetBy: target) }
        return text.index(start, offsetBy: distance, limitedBy: limit)
    }

    func term(_ mention: Mention) -> String {
        let block = blocks[mention.block]
        let first = block.tokens[mention.start], last = block.tokens[mention.end - 1]
        return String(block.text[first.range(in: block.text).lowerBound..<last.range(in: block.text).upperBound])
    }

    private func merged(_ ranges: [Range<Int>]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) where !range.isEmpty {
            if let last = out.last, range.lowerBound <= last.upperBound {
                out[out.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                out.append(range)
            }
        }
        return out
    }
}
