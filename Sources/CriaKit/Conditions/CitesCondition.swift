/// `cites: [ARTICLES]` (+ `in`, `match: any | all`): explicit references to UNCRC articles.
struct CitesCondition: ConditionPrimitive {
    static let key = "cites"
    static let options: Set<String> = ["in", "match"]

    let articles: [Int]
    let scope: Scope
    let matchAll: Bool
    var roleNames: [String] { scope.roleNames }

    static func parse(_ value: YAMLView, in condition: YAMLView, parser: inout ConditionParser) -> CitesCondition? {
        let articles: [Int]
        if let one = value.int {
            articles = [one]
        } else if let many = value.sequence?.compactMap(\.int), !many.isEmpty, many.count == value.sequence?.count {
            articles = many
        } else {
            parser.problem(value.location, "`cites` takes an article number or a list of them")
            return nil
        }
        for article in articles where !(1...54).contains(article) {
            parser.problem(value.location, "UNCRC article \(article) does not exist (1-54)")
        }
        let match = condition.value("match")?.string ?? "any"
        if match != "any" && match != "all" { parser.problem(condition.value("match")!.location, "`match` is `any` or `all`") }
        return CitesCondition(articles: articles, scope: parser.scope(condition), matchAll: match == "all")
    }

    func evaluate(_ evaluator: ConditionEvaluator) -> ConditionOutcome {
        let facts = evaluator.facts
        let inScope = evaluator.memo.scope(scope, index: facts.index)
        let ranges = inScope.ranges
        let references = facts.articleReferences.filter { reference in ranges.contains { $0.contains(reference.block) } }
        let cited = Set(references.map(\.article))
        let holds = matchAll ? Set(articles).isSubset(of: cited) : !cited.isDisjoint(with: articles)
        let quoted = references.filter { articles.contains($0.article) }.prefix(2)
        guard !quoted.isEmpty else { return .of(holds, focus: inScope.sections.first) }
        let quotes = DeferredQuotes {
            quoted.map { reference -> Evidence in
                let block = facts.index.block(reference.block)
                return Evidence(text: String(block.text.prefix(200)), location: block.node.location, path: block.node.path, note: "cites Article \(reference.article)")
            }
        }
        return .of(holds, focus: inScope.sections.first, quotes: .deferred(quotes))
    }

    func encode(_ encoder: inout PackEncoder) {
        encoder.ints(articles)
        encoder.scope(scope)
        encoder.bool(matchAll)
    }

    static func decode(_ decoder: inout PackDecoder) throws -> CitesCondition {
        CitesCondition(articles: try decoder.ints(), scope: try decoder.scope(), matchAll: try decoder.bool())
    }
}
