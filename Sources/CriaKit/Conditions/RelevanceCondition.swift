/// `relevance: [direct, indirect, none]`: the document's relevance to children is one of these.
struct RelevanceCondition: ConditionPrimitive {
    static let key = "relevance"

    let accepted: Set<Relevance>

    static func parse(_ value: YAMLView, in condition: YAMLView, parser: inout ConditionParser) -> RelevanceCondition? {
        guard let names = value.strings else {
            parser.problem(value.location, "`relevance` takes a list of direct, indirect, none")
            return nil
        }
        var accepted = Set<Relevance>()
        for name in names {
            if let relevance = Relevance(rawValue: name) {
                accepted.insert(relevance)
            } else {
                parser.problem(value.location, "unknown relevance '\(name)'; expected direct, indirect or none")
            }
        }
        return RelevanceCondition(accepted: accepted)
    }

    func evaluate(_ evaluator: ConditionEvaluator) -> ConditionOutcome {
        .of(accepted.contains(evaluator.facts.relevance))
    }

    private static let levels: [Relevance] = [.direct, .indirect, .none]

    func encode(_ encoder: inout PackEncoder) {
        encoder.count(accepted.count)
        for level in accepted { encoder.tag(UInt8(Self.levels.firstIndex(of: level)!)) }
    }

    static func decode(_ decoder: inout PackDecoder) throws -> RelevanceCondition {
        var accepted = Set<Relevance>()
        for _ in 0..<(try decoder.count()) { accepted.insert(try decoder.element(of: levels)) }
        return RelevanceCondition(accepted: accepted)
    }
}
