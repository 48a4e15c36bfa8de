/// Everything a batch report shows apart from per-document detail: counts only, so that it
/// stays small however many documents pass through.
public struct BatchAggregate: Sendable {
    public static let generalPrinciples = [2, 3, 6, 12]

    public private(set) var given = 0
    public private(set) var assessed = 0
    public private(set) var failed = 0
    public private(set) var relevance: [Relevance: Int] = [:]
    public private(set) var outcomes = OutcomeCounts()
    /// Fails and reviews by severity.
    public private(set) var severities: [Severity: OutcomeCounts] = [:]
    /// Every outcome per article, over all documents.
    public private(set) var articles: [Int: OutcomeCounts] = [:]
    public private(set) var departments: [String: DepartmentStats] = [:]
    /// article → department → outcomes.
    public private(set) var coverage: [Int: [String: OutcomeCounts]] = [:]
    /// article × kind of document: what campaigners compare across published documents.
    public private(set) var byKind = ArticleTable(order: DocumentKind.allCases.map(\.rawValue))
    /// article × legislature, for legislation: which Parliament's law engages which articles.
    public private(set) var byLegislature = ArticleTable()
    /// article × department, for published documents only (GOV.UK items, web pages,
    /// legislation): what each department has published that engages which articles.
    public private(set) var byPublishingDepartment = ArticleTable()
    /// Room for one document's tally, kept from one document to the next.
    private var tally = ArticleTally()

    public init() {}

    /// Counts one entry. A document of several departments ("Ministry of Justice; Youth
    /// Justice Board") counts once for each of them; the totals count it once.
    public mutating func add(_ entry: BatchEntry) {
        given += 1
        let names = entry.departments
        for name in names { departments[name, default: DepartmentStats()].documents += 1 }
        switch entry.outcome {
        case .failed:
            failed += 1
            for name in names { departments[name]!.failed += 1 }
        case .assessed(let assessment):
            assessed += 1
            byKind.add(assessment, in: assessment.kind.kind.rawValue)
            if let legislature = entry.legislature { byLegislature.add(assessment, in: legislature) }
            if assessment.isPublished { for name in names { byPublishingDepartment.add(assessment, in: name) } }
            relevance[assessment.relevance, default: 0] += 1
            for name in names {
                departments[name]!.assessed += 1
                if assessment.relevance == .direct { departments[name]!.direct += 1 }
                if assessment.relevance == .indirect { departments[name]!.indirect += 1 }
            }
            // The document's outcomes are counted per article first, and each article's
            // counts added to the tables once.
            // Results are read in place, not copied out one by one.
            // The tally is taken out while it is filled (so that it is not copied), and put back
            // emptied.
            var perArticle = tally
            tally = ArticleTally.none
            let results = assessment.results
            for number in results.indices {
                let outcome = results[number].outcome
                outcomes.add(outcome)
                if outcome == .fail || outcome == .review {
                    severities[results[number].severity, default: OutcomeCounts()].add(outcome)
                }
                // Each article once, however often the rule lists it.
                let cited = results[number].articles
                for (position, article) in cited.enumerated() where !cited[..<position].contains(article) {
                    perArticle.add(outcome, article: article)
                }
            }
            perArticle.forEachArticle { article, counts in
                articles[article, default: OutcomeCounts()].add(counts)
                for name in names {
                    coverage[article, default: [:]][name, default: OutcomeCounts()].add(counts)
                    if Self.generalPrinciples.contains(article) {
                        departments[name]!.principles[article, default: OutcomeCounts()].add(counts)
                    }
                }
            }
            perArticle.empty()
            tally = perArticle
        }
    }

    public var direct: Int { relevance[.direct] ?? 0 }
    public var indirect: Int { relevance[.indirect] ?? 0 }

    /// Department names, alphabetical, "Unknown" last.
    public var departmentNames: [String] { Self.ordered(departments.keys) }

    static func ordered<S: Sequence>(_ names: S) -> [String] where S.Element == String {
        // Each name lowercased once, not at every comparison.
        names.map { (name: $0, lower: $0.lowercased()) }.sorted { a, b in
            if (a.name == DepartmentRule.unknown) != (b.name == DepartmentRule.unknown) { return b.name == DepartmentRule.unknown }
            return a.lower != b.lower ? a.lower < b.lower : a.name < b.name
        }.map(\.name)
    }

    /// The articles with the most fails + reviews (ties: lower article first), at most `limit`.
    public func mostUnaddressed(limit: Int = 10) -> [(article: Int, counts: OutcomeCounts)] {
        articles.filter { $0.value.unaddressed > 0 }
            .sorted { $0.value.unaddressed != $1.value.unaddressed ? $0.value.unaddressed > $1.value.unaddressed : $0.key < $1.key }
            .prefix(limit)
            .map { ($0.key, $0.value) }
    }

    /// Articles in the coverage matrix, ascending.
    public var coverageArticles: [Int] { coverage.keys.sorted() }

    /// Whole-number percentage, rounded half up; 0 when there is nothing to divide.
    public static func percent(_ part: Int, of whole: Int) -> Int {
        whole == 0 ? 0 : (part * 200 + whole) / (whole * 2)
    }
}

/// One document's outcomes by article: UNCRC articles (0-54) in a table, any others by key.
private struct ArticleTally {
    private var numbered: [OutcomeCounts]
    /// The numbered articles with counts, in the order first met.
    private var met: [Int] = []
    private var other: [Int: OutcomeCounts] = [:]

    init() {
        numbered = [OutcomeCounts](repeating: OutcomeCounts(), count: 55)
    }

    private init(none: ()) {
        numbered = []
    }

    /// A tally with no room, standing in while the real one is used.
    static var none: ArticleTally { ArticleTally(none: ()) }

    mutating func add(_ outcome: Outcome, article: Int) {
        guard article >= 0 && article < numbered.count else {
            other[article, default: OutcomeCounts()].add(outcome)
            return
        }
        if numbered[article].total == 0 { met.append(article) }
        numbered[article].add(outcome)
    }

    /// Each article that has an outcome, with its counts.
    func forEachArticle(_ body: (Int, OutcomeCounts) -> Void) {
        for article in met { body(article, numbered[article]) }
        for (article, counts) in other { body(article, counts) }
    }

    /// Clears the counts, keeping the room.
    mutating func empty() {
        for article in met { numbered[article] = OutcomeCounts() }
        met.removeAll(keepingCapacity: true)
        if !other.isEmpty { other = [:] }
    }
}
