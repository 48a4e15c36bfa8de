/// `hasText: true` (+ `minWords`): the document holds prose at all, of its own (a GOV.UK
/// attachment box's file details and notice are not the page's: `ownWordCount`).
struct HasTextCondition: ConditionPrimitive {
    static let key = "hasText"
    static let options: Set<String> = ["minWords"]

    let minWords: Int

    static func parse(_ value: YAMLView, in condition: YAMLView, parser: inout ConditionParser) -> HasTextCondition? {
        HasTextCondition(minWords: parser.optionalInt(condition, "minWords") ?? 1)
    }

    func evaluate(_ evaluator: ConditionEvaluator) -> ConditionOutcome {
        .of(evaluator.facts.ownWordCount >= minWords)
    }

    func encode(_ encoder: inout PackEncoder) {
        encoder.int(minWords)
    }

    static func decode(_ decoder: inout PackDecoder) throws -> HasTextCondition {
        HasTextCondition(minWords: try decoder.int())
    }
}
