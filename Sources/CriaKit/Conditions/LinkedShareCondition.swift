import Foundation

/// `linkedShare: D` (+ `entryWords: N`): at least the share D of a page's own words are
/// entries of a list of documents it links to in its body (a link with a line describing it,
/// in a block of at most N words, default 40). A "Budget documents" page or a collection-like
/// policy paper of a few hundred words is an index of those documents, not a proposal that
/// sets out its case: with `attachments`, it tells a page whose substance is elsewhere.
struct LinkedShareCondition: ConditionPrimitive {
    static let key = "linkedShare"
    static let options: Set<String> = ["entryWords"]

    let atLeast: Double
    let entryWords: Int

    static func parse(_ value: YAMLView, in condition: YAMLView, parser: inout ConditionParser) -> LinkedShareCondition? {
        guard let share = value.string.flatMap({ Double($0.trimmingCharacters(in: .whitespaces)) }), share > 0, share <= 1 else {
            parser.problem(value.location, "`linkedShare` takes a share of the page's words between 0 and 1 (0.5: half of them)")
            return nil
        }
        return LinkedShareCondition(atLeast: share, entryWords: parser.optionalInt(condition, "entryWords") ?? LinkedInBody.defaultEntryWords)
    }

    func evaluate(_ evaluator: ConditionEvaluator) -> ConditionOutcome {
        let facts = evaluator.facts
        return .of(LinkedInBody(facts, entryWords: entryWords).share(of: facts.ownWordCount) >= atLeast)
    }

    func encode(_ encoder: inout PackEncoder) {
        encoder.double(atLeast)
        encoder.int(entryWords)
    }

    static func decode(_ decoder: inout PackDecoder) throws -> LinkedShareCondition {
        LinkedShareCondition(atLeast: try decoder.double(), entryWords: try decoder.int())
    }
}
