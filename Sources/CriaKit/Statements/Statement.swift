/// One unit of a proposal read as a statement: a sentence of a paragraph, a list item or a
/// table cell (each its own block), with who it is about, what kind of statement it is and
/// the domains it speaks of. Sets are bits numbered as in the pack's `StatementVocabulary`.
struct Statement {
    /// The block (`TextIndex.Block`) and the sentence number (unique in the document).
    let block: Int
    let sentence: Int
    /// The first token of the sentence that a cue was found at, for quoting it.
    var firstToken: Int
    /// Populations named and not negated ("children", "households with children").
    var about: UInt32 = 0
    /// Populations named only in negated form ("does not affect children").
    var deniedAbout: UInt32 = 0
    /// Kinds whose cue appears and is not negated.
    var kinds: UInt32 = 0
    /// Kinds whose cue appears only negated ("we did not consult pupils").
    var deniedKinds: UInt32 = 0
    var domains: UInt32 = 0
    /// An "if", "whether" or "in the event that": a hypothetical, not a claim.
    var conditional = false
    /// Where `about` was read: in the sentence itself, or (when it names no one) from its
    /// paragraph, from the first cell of its row, or from the heading or question it answers.
    var aboutFrom = Context.sentence

    enum Context {
        case sentence, paragraph, row, heading
    }

    init(block: Int, sentence: Int, firstToken: Int) {
        self.block = block
        self.sentence = sentence
        self.firstToken = firstToken
    }
}

extension UInt32 {
    static func bit(_ number: Int) -> UInt32 { 1 << UInt32(number) }

    func intersects(_ other: UInt32) -> Bool { self & other != 0 }
}
