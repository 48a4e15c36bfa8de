/// A rule held to provisions one by one (`provisions:` in a rule): for each provision that
/// affects children and mentions every `concerns` lexicon, a plain conflict fails, a provision
/// that meets the standard passes (review if an exception follows), and one that says neither
/// is review.
public struct ProvisionCheck: Sendable {
    public let concerns: [String]
    public let meets: String?
    public let conflicts: String?
    public let exceptions: String?
    /// Words that open a clause presupposing what the standard concerns ("When a young person
    /// is committed to custody, a youth worker is designated"): a concern mentioned in such a
    /// clause is a decision made elsewhere, and the provision acts on its consequence. Plain
    /// words, lowercased, not a lexicon: "if" and "which" in every document would otherwise
    /// be indexed as mentions for a question asked only of a few provisions.
    public var presupposedBy: [String] = []
    /// Headings of provisions never held to the standard ("Definitions": they say what words
    /// mean, and the provisions that use those words act).
    public var notUnderHeadings: String? = nil

    public var lexicons: [String] { concerns + [meets, conflicts, exceptions, notUnderHeadings].compactMap { $0 } }
}
