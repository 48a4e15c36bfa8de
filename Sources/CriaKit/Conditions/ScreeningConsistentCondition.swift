/// `screeningConsistent: true`: the screening does not deny an impact on children that the
/// body shows. Fails when the document claims no impact (a screening claim of the statement
/// reading, `ScreeningClaims`: a sentence denying an effect on children, or "No" answering a
/// question or label about children wherever it sits; a screening section that only says
/// "No"; or a screening field of "no") while the body, read without the claims, is relevant
/// to children directly or through their households, pointing at both places.
struct ScreeningConsistentCondition: ConditionPrimitive {
    static let key = "screeningConsistent"

    /// `false` asks the opposite: that the screening contradicts the body.
    let expected: Bool

    /// Field labels (as `StructureVocabulary` keys) that hold a screening answer.
    static let screeningFieldNames = [
        "screening", "childrenaffected", "affectschildren", "impactonchildren", "childimpact", "doesthisaffectchildren", "childrelevant", "relevanttochildren", "screeningoutcome", "screeningdecision",
    ]
    static let noImpactValues = ["no", "none", "n/a", "na", "not applicable", "false", "no impact", "not relevant", "nil"]

    var fieldNames: [String] { Self.screeningFieldNames }

    static func parse(_ value: YAMLView, in condition: YAMLView, parser: inout ConditionParser) -> ScreeningConsistentCondition? {
        ScreeningConsistentCondition(expected: value.string != "false")
    }

    func evaluate(_ evaluator: ConditionEvaluator) -> ConditionOutcome {
        let outcome = Self.consistency(evaluator.facts)
        return expected ? outcome : ConditionOutcome(holds: !outcome.holds, focus: outcome.focus, quotes: outcome.quotes)
    }

    private static func consistency(_ facts: DocumentFacts) -> ConditionOutcome {
        var claims: [Evidence] = []
        // Screening claims as the statement reading finds them: a sentence denying an effect on
        // children, or a "No" answering a question or label about children.
        for claim in facts.screeningClaims {
            let answer = facts.index.block(claim.block)
            if let row = claim.row {
                claims.append(Evidence(text: "\(row.label.prefix(120)): \(row.answer.prefix(120))", location: answer.node.location, path: answer.node.path, note: "screening claims no impact"))
            } else if let question = claim.question {
                let asked = facts.index.block(question).text.trimmingWhitespace
                claims.append(Evidence(text: "\(asked.prefix(120)) \(answer.text.prefix(120))", location: answer.node.location, path: answer.node.path, note: "screening claims no impact"))
            } else {
                claims.append(Evidence(text: String(answer.text.prefix(200)), location: answer.node.location, path: answer.node.path, note: "screening claims no impact"))
            }
        }
        for name in screeningFieldNames {
            for (value, node) in facts.fields(name) where FieldCondition.value(value, isOneOf: noImpactValues) {
                claims.append(Evidence(text: "\(LabelWords.words(node.label)): \(value.prefix(120))", location: node.location, path: node.path, note: "screening claims no impact"))
            }
        }
        // Fields whose label asks whether children are affected, and questions answered side
        // by side, kept as the document's facts.
        for field in ScreeningClaims.deniedFields(in: facts.proposal.document.root) where !claims.contains(where: { $0.path == field.node.path }) {
            claims.append(Evidence(text: "\(field.label.prefix(120)): \(field.answer.prefix(120))", location: field.node.location, path: field.node.path, note: "screening claims no impact"))
        }
        let screeningSections = facts.proposal.sections.filter { $0.roles.contains("screening") }
        for section in screeningSections where section.wordCount <= 6 && FieldCondition.value(section.text, isOneOf: noImpactValues) {
            claims.append(Evidence(text: "\(section.title): \(section.text)", location: section.location, path: section.path, note: "screening claims no impact"))
        }
        guard !claims.isEmpty else { return .of(true) }
        // Relevance is judged without the screening claims: a body that reaches children,
        // directly or through their households, contradicts a claim of no impact (GC5 para 12).
        guard facts.relevance != .none else { return .of(true, evidence: claims) }
        var evidence = Array(claims.prefix(2))
        if let example = strongestBodyMention(facts, excluding: screeningSections) {
            let judgement = facts.relevanceJudgement
            let why =
                facts.relevance == .direct
                ? "yet the body concerns children (\(judgement.directMentions) mentions)"
                : "yet the body reaches children through their households (\(judgement.indirectMentions) mentions of parents, families, income or housing)"
            evidence.append(facts.evidence(for: example, note: why))
        }
        return .of(false, focus: screeningSections.first, evidence: evidence)
    }

    /// Where the body speaks of children most (or, for a proposal that reaches them through
    /// their households, of households), outside the screening: the place to quote.
    private static func strongestBodyMention(_ facts: DocumentFacts, excluding screeningSections: [Section]) -> TextIndex.Mention? {
        let settings = facts.pack.pack.relevance
        var excluded = facts.screeningClaimBlocks
        for section in screeningSections { excluded.formUnion(facts.index.subtree(of: section)) }
        let all = [0..<facts.index.allBlocks().count]
        var body = facts.countDistinctMentions(of: settings.directLexicons, in: all, excluding: excluded, speakingOfChildren: true).mentions
        if body.isEmpty || facts.relevance == .indirect {
            body =
                facts.countDistinctMentions(
                    of: settings.indirectLexicons + settings.reachLexicons(facts.pack.pack.statements),
                    in: all, excluding: excluded
                ).mentions
        }
        var perSection: [Int: Int] = [:]
        for mention in body { perSection[facts.index.block(mention.block).section, default: 0] += 1 }
        let strongest = perSection.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key
        return body.first { facts.index.block($0.block).section == strongest }
    }

    func encode(_ encoder: inout PackEncoder) {
        encoder.bool(expected)
    }

    static func decode(_ decoder: inout PackDecoder) throws -> ScreeningConsistentCondition {
        ScreeningConsistentCondition(expected: try decoder.bool())
    }
}
