/// `near: [A, B]` (+ `within: sentence | paragraph`, `in`, `atLeast`): mentions of two
/// lexicons in the same sentence or paragraph.
struct NearCondition: ConditionPrimitive {
    static let key = "near"
    static let options: Set<String> = ["within", "in", "atLeast"]

    enum Proximity: String, Sendable, CaseIterable {
        case sentence, paragraph
    }

    let first: TermSource
    let second: TermSource
    let within: Proximity
    let scope: Scope
    let atLeast: Int
    var roleNames: [String] { scope.roleNames }
    var lexiconNames: [String] { [first.lexiconName, second.lexiconName] }

    static func parse(_ value: YAMLView, in condition: YAMLView, parser: inout ConditionParser) -> NearCondition? {
        guard let pair = value.sequence, pair.count == 2 else {
            parser.problem(value.location, "`near` takes two lexicons: [A, B]")
            return nil
        }
        guard let first = parser.termSource(pair[0]), let second = parser.termSource(pair[1]) else { return nil }
        let within = condition.value("within")?.string ?? "sentence"
        guard let proximity = Proximity(rawValue: within) else {
            parser.problem(condition.value("within")!.location, "`within` is `sentence` or `paragraph`")
            return nil
        }
        return NearCondition(first: first, second: second, within: proximity, scope: parser.scope(condition), atLeast: parser.optionalInt(condition, "atLeast") ?? 1)
    }

    struct Question: Hashable {
        let first: String
        let second: String
        let within: Proximity
        let scope: Scope
    }

    func evaluate(_ evaluator: ConditionEvaluator) -> ConditionOutcome {
        let memo = evaluator.memo
        let inScope = memo.scope(scope, index: evaluator.facts.index)
        let question = Question(first: first.lexiconName, second: second.lexiconName, within: within, scope: scope)
        let found: (count: Int, quotes: Quotes)
        if let known = memo.near[question] {
            found = known
        } else {
            found = mentionedTogether(evaluator.facts, in: inScope.ranges)
            memo.near[question] = found
        }
        return .of(found.count >= atLeast, focus: inScope.sections.first, quotes: found.quotes)
    }

    /// The places (sentences or paragraphs) where both sources are mentioned, and the first
    /// two mentions of `first` there.
    private func mentionedTogether(_ facts: DocumentFacts, in ranges: [Range<Int>]) -> (count: Int, quotes: Quotes) {
        let a = facts.index.mentions(of: first.lexiconName, in: ranges)
        let b = facts.index.mentions(of: second.lexiconName, in: ranges)
        let within = within
        func place(_ mention: TextIndex.Mention) -> Int {
            within == .paragraph ? Self.paragraph(of: mention.block, in: facts.index) : facts.index.block(mention.block).tokens[mention.start].sentence
        }
        let places = Set(b.map(place))
        let together = a.filter { places.contains(place($0)) }
        let count = Set(together.map(place)).count
        let quoted = together.prefix(2)
        let note = "\(first.lexiconName) near \(second.lexiconName)"
        return (count, .deferred(DeferredQuotes { quoted.map { facts.evidence(for: $0, note: note) } }))
    }

    /// A heading reads with the paragraph under it: "Negative impacts" and "Work coaches can
    /// agree shorter repayment periods on request" are one paragraph, as are "Q3: Are some
    /// groups affected differently?" and its answer.
    private static func paragraph(of number: Int, in index: TextIndex) -> Int {
        let block = index.block(number)
        guard block.isTitle, number + 1 < index.allBlocks().count else { return number }
        let next = index.block(number + 1)
        return next.section == block.section && !next.isTitle ? number + 1 : number
    }

    func encode(_ encoder: inout PackEncoder) {
        encoder.termSource(first)
        encoder.termSource(second)
        encoder.tag(UInt8(Proximity.allCases.firstIndex(of: within)!))
        encoder.scope(scope)
        encoder.int(atLeast)
    }

    static func decode(_ decoder: inout PackDecoder) throws -> NearCondition {
        NearCondition(
            first: try decoder.termSource(), second: try decoder.termSource(), within: try decoder.element(of: Proximity.allCases),
            scope: try decoder.scope(), atLeast: try decoder.int())
    }
}
