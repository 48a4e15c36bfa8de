/// A finding as the history follows it: one rule on one document. A rule gives one result
/// per document, so (document, rule) names a finding across points, moves and edits, where
/// the fingerprint (which includes the file path) would not survive a move.
public struct FindingKey: Hashable, Sendable, Comparable {
    public let document: Int64
    public let rule: Int64

    public static func < (a: FindingKey, b: FindingKey) -> Bool { (a.document, a.rule) < (b.document, b.rule) }
}
