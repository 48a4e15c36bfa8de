/// The lexicon a condition counts mentions of: named, or written inline in the rule.
public enum TermSource: Sendable, Hashable {
    case lexicon(String)
    /// An inline list, registered under a synthetic lexicon name at load time.
    case inline(name: String)

    public var lexiconName: String {
        switch self {
        case .lexicon(let name), .inline(let name): name
        }
    }
}
