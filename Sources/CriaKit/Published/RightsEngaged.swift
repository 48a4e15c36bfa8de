/// The rights a published page engages (a rule with `rightsEngaged:`): for guidance, news and
/// statistics, which get relevance, the rights engaged and "was it assessed?" rather than the
/// CRIA checklist. Each topic is a domain of the statement reading (education, health...) or a
/// population (disabled children) and the UNCRC articles it engages; a page engages a topic
/// when one of its statements about children speaks of it.
public struct RightsEngaged: Sendable {
    public struct Topic: Sendable {
        public let topic: String
        public let articles: [Int]
        /// Statement domains (`statements.yaml`), any of which shows the topic.
        public let domains: [String]
        /// Populations (`statements.yaml` `about:`), any of which shows the topic.
        public let about: [String]
    }

    /// Who a statement must be about to count: children, and those through whom they are reached.
    public let about: [String]
    public let topics: [Topic]
    /// Statements a topic needs: one passing word ("popular culture", "accessible") is not a
    /// page engaging a right.
    public var atLeast = 1
    /// A page with fewer statements about children than this names them only in passing: each
    /// of those statements is all it says of them, so the topic one speaks of is engaged
    /// (`atLeast` does not apply). "Family homes set among children's play areas" on a housing
    /// case study engages play (Art 31) and housing (Art 27). 0: always `atLeast`.
    public var inPassing = 0
}

extension RightsEngaged {
    /// Pass naming the articles engaged, with the first statement that shows each topic; review
    /// when the page is about children but no topic can be told from what it says.
    func result(facts: DocumentFacts) -> (outcome: Outcome, articles: [Int], message: String, evidence: [Evidence]) {
        let statements = facts.statements
        let vocabulary = statements.vocabulary
        func mask(_ names: [String], _ number: (String) -> Int?) -> UInt32 {
            names.reduce(0) { $0 | (number($1).map(UInt32.bit) ?? 0) }
        }
        let population = statements.masks(StatementQuery(kinds: [], about: about, domains: [], scope: .document, atLeast: 1))
        var evidence: [Evidence] = []
        var engaged: [(topic: Topic, statement: Statement)] = []
        let aboutThem = statements.statements.lazy.filter { statements.answers($0, population) && $0.aboutFrom != .heading }.prefix(inPassing).count
        let atLeast = aboutThem < inPassing ? 1 : self.atLeast
        for topic in topics {
            let domains = mask(topic.domains, vocabulary.number(ofDomain:)), groups = mask(topic.about, vocabulary.number(ofAbout:))
            // A statement whose population is read from its heading is too far from the page's
            // words to say what it engages: only sentences and paragraphs that name children count.
            let showing = statements.statements.lazy.filter { statement in
                statements.answers(statement, population) && statement.aboutFrom != .heading
                    && (domains == 0 || statement.domains.intersects(domains)) && (groups == 0 || statement.about.intersects(groups))
            }.prefix(atLeast)
            guard showing.count >= atLeast, let first = showing.first else { continue }
            engaged.append((topic, first))
            evidence.append(facts.evidence(for: first, note: "\(topic.topic): \(Self.spell(topic.articles))"))
        }
        guard !engaged.isEmpty else {
            return (.review, [], "It concerns children, but which of their rights it engages cannot be told from what it says: a person must read it.", [])
        }
        let articles = Array(Set(engaged.flatMap(\.topic.articles))).sorted()
        let topicList = engaged.map { "\($0.topic.topic) (\(Self.spell($0.topic.articles)))" }.joined(separator: "; ")
        return (.pass, articles, "It engages \(Self.spell(articles)) of the UNCRC: \(topicList).", evidence)
    }

    /// "Article 24", "Articles 28 and 29", "Articles 3, 12 and 19".
    static func spell(_ articles: [Int]) -> String {
        let numbers = articles.map(String.init)
        guard numbers.count > 1 else { return "Article " + numbers.joined() }
        return "Articles " + numbers.dropLast().joined(separator: ", ") + " and " + numbers.last!
    }
}
