/// Reads a proposal's blocks into one token buffer and finds every lexicon's mentions in
/// them, one block after another, for `TextIndex.init`.
///
/// What it builds up is a struct's, changed only by its own mutating method, so that Swift
/// proves each access exclusive when compiling: as local variables captured by a nested
/// function they were checked at run time on every block and mention (about 25 million
/// instructions over one round of the bench corpus).
struct TextIndexBuilder {
    let matcher: TermMatcher
    /// Every block's tokens, one block after another.
    let tokenBuffer: TokenBuffer
    var words: WordTable
    private(set) var blocks: [TextIndex.Block] = []
    /// Mentions of each lexicon, by lexicon number, in document order.
    private(set) var mentions: [[TextIndex.Mention]]
    /// Words outside titles.
    private(set) var wordCount = 0
    private var sentence = 0, clause = 0

    /// Room for `blockCount` blocks, and for the tokens of `textBytes` of text with a word
    /// every four bytes (a word and a space take six or seven on average), so that neither is
    /// copied as it grows.
    init(matcher: TermMatcher, words: WordTable, blockCount: Int, textBytes: Int) {
        self.matcher = matcher
        self.words = words
        tokenBuffer = TokenBuffer(capacity: textBytes / 4 + 64)
        blocks.reserveCapacity(blockCount)
        mentions = Array(repeating: [], count: matcher.lexiconNames.count)
    }

    mutating func add(_ text: String, node: DocumentNode, section: Int, isTitle: Bool) {
        let range = Tokenizer.tokenize(text, words: &words, sentence: &sentence, clause: &clause, into: tokenBuffer)
        let blockNumber = blocks.count
        blocks.append(TextIndex.Block(section: section, text: text, node: node, tokens: TokenRun(tokenBuffer, range), isTitle: isTitle))
        if !isTitle { wordCount += range.count }
        let tokens = tokenBuffer.tokens(range)
        // Whether any word of the text can negate a mention, found at its first mention.
        var mayNegate: Bool?
        // Where the last term found that holds its own negation ends ("not pursued", "not
        // collected"): its cue says what was not done, and reaches no mention after it.
        // Terms are found in order of their first word.
        var heldNegationEnd = 0
        matcher.matches(in: tokens, text: text) { start, end, accept in
            let negating = mayNegate ?? Negation.mayNegate(tokens)
            mayNegate = negating
            let after = start >= heldNegationEnd ? heldNegationEnd : 0
            let negated = negating && Negation.isNegated(tokens: tokens, start: start, end: end, after: after)
            let mention = TextIndex.Mention(
                block: blockNumber, start: start, end: end, term: accept.term, negated: negated,
                deniesEffect: negated && Negation.deniesEffect(tokens: tokens, start: start, end: end, after: after)
            )
            if negating && Negation.holdsOwnNegation(tokens, start: start, end: end) { heldNegationEnd = max(heldNegationEnd, end) }
            for lexicon in accept.lexicons {
                // Room for several at the first, rather than growing one at a time.
                if mentions[lexicon].isEmpty { mentions[lexicon].reserveCapacity(16) }
                mentions[lexicon].append(mention)
            }
        }
    }
}
