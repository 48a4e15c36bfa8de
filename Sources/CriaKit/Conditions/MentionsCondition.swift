/// `mentions: LEXICON` (+ `in`, `atLeast`, `distinct`, `perThousandWords`): non-negated
/// mentions of terms in a scope; with `perThousandWords`, also at least that many per 1,000
/// words of the scope (a topic that is a substantial part of the text).
struct MentionsCondition: ConditionPrimitive {
    static let key = "mentions"
    static let options: Set<String> = ["in", "atLeast", "distinct", "perThousandWords"]

    let source: TermSource
    let scope: Scope
    let atLeast: Int
    let distinct: Bool
    let perThousandWords: Double?
    var roleNames: [String] { scope.roleNames }
    var lexiconNames: [String] { [source.lexiconName] }

    static func parse(_ value: YAMLView, in condition: YAMLView, parser: inout ConditionParser) -> MentionsCondition? {
        guard let source = parser.termSource(value) else { return nil }
        return MentionsCondition(
            source: source, scope: parser.scope(condition), atLeast: parser.optionalInt(condition, "atLeast") ?? 1,
            distinct: condition.value("distinct")?.string == "true",
            perThousandWords: condition.value("perThousandWords")?.string.flatMap(Double.init))
    }

    func evaluate(_ evaluator: ConditionEvaluator) -> ConditionOutcome {
        let inScope = evaluator.memo.scope(scope, index: evaluator.facts.index)
        let found = evaluator.mentions(of: source.lexiconName, in: scope, inScope)
        let count = distinct ? found.distinctTermCount() : found.mentions.count
        var holds = count >= atLeast
        if holds, let density = perThousandWords {
            // Density of all (not distinct) mentions over the words of the scope's prose.
            let words = inScope.proseWords(evaluator.facts.index)
            holds = words > 0 && Double(found.mentions.count) * 1000 / Double(words) >= density
        }
        return .of(holds, focus: inScope.largest, quotes: found.quotes)
    }

    func encode(_ encoder: inout PackEncoder) {
        encoder.termSource(source)
        encoder.scope(scope)
        encoder.int(atLeast)
        encoder.bool(distinct)
        encoder.optional(perThousandWords) { $0.double($1) }
    }

    static func decode(_ decoder: inout PackDecoder) throws -> MentionsCondition {
        MentionsCondition(
            source: try decoder.termSource(), scope: try decoder.scope(), atLeast: try decoder.int(), distinct: try decoder.bool(),
            perThousandWords: try decoder.optional { try $0.double() })
    }
}
