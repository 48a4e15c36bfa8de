/// `count: LEXICON` (+ `in`, `atLeast: D`, `atMost: D`): how often a lexicon's terms are
/// mentioned per 1,000 words of the scope's prose, compared with a number. `atMost` finds a
/// topic that is named but barely discussed ("children" once in a 3,000-word impact section);
/// `atLeast` one that is a substantial part of the text. Negated mentions do not count, and a
/// scope without prose holds neither.
struct CountCondition: ConditionPrimitive {
    static let key = "count"
    static let options: Set<String> = ["in", "atLeast", "atMost"]

    let source: TermSource
    let scope: Scope
    /// Bounds on mentions per 1,000 words, inclusive.
    let atLeast: Double?
    let atMost: Double?
    var roleNames: [String] { scope.roleNames }
    var lexiconNames: [String] { [source.lexiconName] }

    static func parse(_ value: YAMLView, in condition: YAMLView, parser: inout ConditionParser) -> CountCondition? {
        guard let source = parser.termSource(value) else { return nil }
        let scope = parser.scope(condition)
        var bounds: [Double?] = []
        for key in ["atLeast", "atMost"] {
            guard let bound = condition.value(key) else { bounds.append(nil); continue }
            guard let number = bound.string.flatMap(Double.init), number >= 0, number.isFinite else {
                parser.problem(bound.location, "`\(key)` takes a number of mentions per 1,000 words, such as 2.5")
                return nil
            }
            bounds.append(number)
        }
        guard bounds[0] != nil || bounds[1] != nil else {
            parser.problem(condition.location, "a `count` condition needs `atLeast` or `atMost` (mentions per 1,000 words)")
            return nil
        }
        if let least = bounds[0], let most = bounds[1], least > most {
            parser.problem(condition.value("atMost")!.location, "`atMost: \(most)` is below `atLeast: \(least)`, so the condition can never hold")
        }
        return CountCondition(source: source, scope: scope, atLeast: bounds[0], atMost: bounds[1])
    }

    func evaluate(_ evaluator: ConditionEvaluator) -> ConditionOutcome {
        let index = evaluator.facts.index
        let inScope = evaluator.memo.scope(scope, index: index)
        let found = evaluator.mentions(of: source.lexiconName, in: scope, inScope)
        let words = inScope.proseWords(index)
        guard words > 0 else { return .of(false, focus: inScope.largest) }
        let perThousand = Double(found.mentions.count) * 1000 / Double(words)
        let holds = perThousand >= (atLeast ?? 0) && perThousand <= (atMost ?? .infinity)
        return .of(holds, focus: inScope.largest, quotes: found.quotes)
    }

    func encode(_ encoder: inout PackEncoder) {
        encoder.termSource(source)
        encoder.scope(scope)
        encoder.optional(atLeast) { $0.double($1) }
        encoder.optional(atMost) { $0.double($1) }
    }

    static func decode(_ decoder: inout PackDecoder) throws -> CountCondition {
        CountCondition(
            source: try decoder.termSource(), scope: try decoder.scope(),
            atLeast: try decoder.optional { try $0.double() }, atMost: try decoder.optional { try $0.double() })
    }
}
