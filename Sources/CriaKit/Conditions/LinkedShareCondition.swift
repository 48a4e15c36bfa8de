import Foundation

/// `linkedShare: D` (+ `entryWords: N`, `describedWords: M`, `introducedBy: LEXICON`): at least
/// the share D of a page's own words are entries of the documents it introduces in its body
/// (`DocumentsInBody`): a link with a line describing it, in a block of at most N words
/// (default 40); a heading naming a document with up to M words of description under it
/// (default 80), which opens with a phrase of LEXICON when the heading is not a link (default
/// `document-introductions`); an unlinked item of a list of links. A "Budget documents" page
/// or a collection-like policy paper of a few hundred words is an index of those documents,
/// not a proposal that sets out its case.
struct LinkedShareCondition: ConditionPrimitive {
    static let key = "linkedShare"
    static let options: Set<String> = ["entryWords", "describedWords", "introducedBy"]

    let atLeast: Double
    let bounds: DocumentsInBody.Bounds

    var lexiconNames: [String] { bounds.introducedBy.map { [$0] } ?? [] }

    static func parse(_ value: YAMLView, in condition: YAMLView, parser: inout ConditionParser) -> LinkedShareCondition? {
        guard let share = value.string.flatMap({ Double($0.trimmingCharacters(in: .whitespaces)) }), share > 0, share <= 1 else {
            parser.problem(value.location, "`linkedShare` takes a share of the page's words between 0 and 1 (0.5: half of them)")
            return nil
        }
        var bounds = DocumentsInBody.Bounds()
        if let words = parser.optionalInt(condition, "entryWords") { bounds.entryWords = words }
        if let words = parser.optionalInt(condition, "describedWords") { bounds.describedWords = words }
        if let lexicon = condition.value("introducedBy") {
            guard case .lexicon(let name)? = parser.termSource(lexicon) else {
                parser.problem(lexicon.location, "`introducedBy` takes the name of a lexicon")
                return nil
            }
            bounds.introducedBy = name
        }
        return LinkedShareCondition(atLeast: share, bounds: bounds)
    }

    func evaluate(_ evaluator: ConditionEvaluator) -> ConditionOutcome {
        let facts = evaluator.facts
        return .of(DocumentsInBody(facts, bounds: bounds).share(of: facts.ownWordCount) >= atLeast)
    }

    func encode(_ encoder: inout PackEncoder) {
        encoder.double(atLeast)
        encoder.int(bounds.entryWords)
        encoder.int(bounds.describedWords)
        encoder.optional(bounds.introducedBy) { $0.string($1) }
    }

    static func decode(_ decoder: inout PackDecoder) throws -> LinkedShareCondition {
        let atLeast = try decoder.double()
        let bounds = DocumentsInBody.Bounds(entryWords: try decoder.int(), describedWords: try decoder.int(), introducedBy: try decoder.optional { try $0.string() })
        return LinkedShareCondition(atLeast: atLeast, bounds: bounds)
    }

    /// The first `linkedShare` in a rule's condition, under `not` too: the bounds a gate that
    /// asks it lists the page's documents with.
    static func first(in condition: Condition) -> LinkedShareCondition? {
        var found: LinkedShareCondition?
        condition.forEachPrimitive { primitive in
            if found == nil, let share = primitive as? LinkedShareCondition { found = share }
        }
        return found
    }
}
