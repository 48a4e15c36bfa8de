/// Across a batch, for each UNCRC article and each column (a kind of document, a legislature):
/// how many documents engage the article (a provision of legislation or a page's statements
/// engage it, or a rule citing it fails or is review), how many provisions of legislation
/// engage it, and the fails and reviews of rules citing it.
public struct ArticleTable: Sendable {
    public struct Counts: Sendable, Equatable {
        public var documents = 0
        public var provisions = 0
        public var fail = 0
        public var review = 0
    }

    /// article → column → counts.
    public private(set) var cells: [Int: [String: Counts]] = [:]
    /// Documents assessed in each column.
    public private(set) var documents: [String: Int] = [:]
    /// Columns listed first, in this order (the kinds as `DocumentKind` lists them); any
    /// other column follows alphabetically.
    private let order: [String]

    public init(order: [String] = []) {
        self.order = order
    }

    mutating func add(_ assessment: Assessment, in column: String) {
        documents[column, default: 0] += 1
        var engaged = Set<Int>()
        for provision in assessment.provisions {
            for article in provision.articles {
                cells[article, default: [:]][column, default: Counts()].provisions += 1
                engaged.insert(article)
            }
        }
        for article in assessment.rightsEngaged?.articles ?? [] { engaged.insert(article) }
        // By index: `for result in` copied out every result, each retaining its strings,
        // to look at one field of most of them.
        let results = assessment.results
        for index in results.indices {
            let outcome = results[index].outcome
            guard outcome == .fail || outcome == .review else { continue }
            for article in Set(results[index].articles) {
                if outcome == .fail { cells[article, default: [:]][column, default: Counts()].fail += 1 } else { cells[article, default: [:]][column, default: Counts()].review += 1 }
                engaged.insert(article)
            }
        }
        for article in engaged { cells[article, default: [:]][column, default: Counts()].documents += 1 }
    }

    /// The columns seen: those in `order` first, in that order, then the rest alphabetically.
    public var columns: [String] {
        documents.keys.sorted { a, b in
            let (ra, rb) = (order.firstIndex(of: a) ?? order.count, order.firstIndex(of: b) ?? order.count)
            return ra != rb ? ra < rb : a < b
        }
    }

    public var articles: [Int] { cells.keys.sorted() }
}
