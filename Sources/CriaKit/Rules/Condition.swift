/// What a rule asks of a proposal, composed from a few primitives.
public indirect enum Condition: Sendable {
    case all([Condition])
    case any([Condition])
    case not(Condition)
    /// At least `atLeast` of the conditions hold (e.g. two of the GC14 elements).
    case someOf([Condition], atLeast: Int)
    /// A section with this role exists, optionally with a word count in range.
    case section(role: String, minWords: Int?, maxWords: Int?)
    /// Non-negated mentions of terms in a scope; with `perThousandWords`, also at least that
    /// many per 1,000 words of the scope (a topic that is a substantial part of the text).
    case mentions(TermSource, scope: Scope, atLeast: Int, distinct: Bool, perThousandWords: Double? = nil)
    /// Explicit references to UNCRC articles.
    case cites(articles: [Int], scope: Scope, matchAll: Bool)
    /// A field (element, member or attribute) with a value.
    case field(names: [String], test: FieldTest)
    /// Mentions of two term sources in the same sentence or paragraph.
    case near(TermSource, TermSource, within: Proximity, scope: Scope, atLeast: Int)
    case relevance(Set<Relevance>)
    /// The screening does not deny an impact that the body shows.
    case screeningConsistent(Bool)
    case hasText(minWords: Int)
}

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

public enum Scope: Sendable, Hashable {
    case document
    case roles([String])
}

public enum Proximity: String, Sendable {
    case sentence, paragraph
}

public enum FieldTest: Sendable {
    case isOneOf([String])
    case atLeast(Double)
    case atMost(Double)
}
