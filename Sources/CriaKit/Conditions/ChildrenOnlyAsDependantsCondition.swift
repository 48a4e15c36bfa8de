/// `childrenOnlyAsDependants: true`: the document is legislation in which children appear only
/// as dependants, survivors or beneficiaries of an adult's entitlement (a pension, a retiring
/// allowance, compensation, insurance, a loan), as `legislation.yaml`'s `dependants:` judges
/// it. Such legislation reaches children through the adults it provides for (GC5 para 12):
/// indirectly relevant, and not expected to carry a child rights impact assessment of its own.
/// `false` asks the opposite.
struct ChildrenOnlyAsDependantsCondition: ConditionPrimitive {
    static let key = "childrenOnlyAsDependants"

    let expected: Bool

    static func parse(_ value: YAMLView, in condition: YAMLView, parser: inout ConditionParser) -> ChildrenOnlyAsDependantsCondition? {
        guard let flag = value.string, flag == "true" || flag == "false" else {
            parser.problem(value.location, "`childrenOnlyAsDependants` takes true or false")
            return nil
        }
        return ChildrenOnlyAsDependantsCondition(expected: flag == "true")
    }

    func evaluate(_ evaluator: ConditionEvaluator) -> ConditionOutcome {
        .of(evaluator.facts.relevanceJudgement.childrenOnlyAsDependants == expected)
    }

    func encode(_ encoder: inout PackEncoder) {
        encoder.bool(expected)
    }

    static func decode(_ decoder: inout PackDecoder) throws -> ChildrenOnlyAsDependantsCondition {
        ChildrenOnlyAsDependantsCondition(expected: try decoder.bool())
    }
}
