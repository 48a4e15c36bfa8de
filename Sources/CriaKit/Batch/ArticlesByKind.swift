/// Across a batch, for each UNCRC article and kind of document: how many documents engage
/// the article (a legislation provision engages it, or a rule citing it fails or is review),
/// how many provisions of legislation engage it, and the fails and reviews of rules citing it.
public struct ArticlesByKind: Sendable {
    public struct Counts: Sendable, Equatable {
        public var documents = 0
        public var provisions = 0
        public var fail = 0
        public var review = 0
    }

    /// article → kind → counts.
    public private(set) var cells: [Int: [DocumentKind: Counts]] = [:]
    /// Documents assessed of each kind.
    public private(set) var documents: [DocumentKind: Int] = [:]

    public init() {}

    mutating func add(_ assessment: Assessment) {
        let kind = assessment.kind.kind
        documents[kind, default: 0] += 1
        var engaged = Set<Int>()
        for provision in assessment.provisions {
            for article in provision.articles {
                cells[article, default: [:]][kind, default: Counts()].provisions += 1
                engaged.insert(article)
            }
        }
        for result in assessment.results where result.outcome == .fail || result.outcome == .review {
            for article in Set(result.articles) {
                if result.outcome == .fail { cells[article, default: [:]][kind, default: Counts()].fail += 1 } else { cells[article, default: [:]][kind, default: Counts()].review += 1 }
                engaged.insert(article)
            }
        }
        for article in engaged { cells[article, default: [:]][kind, default: Counts()].documents += 1 }
    }

    /// The kinds seen, in the order `DocumentKind` lists them.
    public var kinds: [DocumentKind] { DocumentKind.allCases.filter { documents[$0] != nil } }
    public var articles: [Int] { cells.keys.sorted() }
}
