/// A rule held to provisions one by one (`provisions:` in a rule): for each provision that
/// affects children and mentions every `concerns` lexicon, a plain conflict fails, a provision
/// that meets the standard passes (review if an exception follows), and one that says neither
/// is review.
public struct ProvisionCheck: Sendable {
    public let concerns: [String]
    public let meets: String?
    public let conflicts: String?
    public let exceptions: String?

    public var lexicons: [String] { concerns + [meets, conflicts, exceptions].compactMap { $0 } }
}
