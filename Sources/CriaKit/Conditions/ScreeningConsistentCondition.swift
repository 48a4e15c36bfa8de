/// `screeningConsistent: true`: the screening does not deny an impact on children that the
/// body shows. Fails when the document claims no impact (a screening claim of the statement
/// reading, `ScreeningClaims`: a sentence denying an effect on children, or "No" answering a
/// question or label about children; a screening section that only says "No"; or a
/// screening field of "no") while the rest of the document plainly concerns children,
/// pointing at both places.
struct ScreeningConsistentCondition: ConditionPrimitive {
    static let key = "screeningConsistent"

    /// `false` asks the opposite: that the screening contradicts the body.
    let expected: Bool

    /// Field labels (as `StructureVocabulary` keys) that hold a screening answer.
    static let screeningFieldNames = ["screening", "childrenaffected", "affectschildren", "impactonchildren", "childimpact", "doesthisaffectchildren", "childrelevant", "relevanttochildren", "screeningoutcome", "screeningdecision"]
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
        let settings = facts.pack.pack.relevance
        var claims: [Evidence] = []
        var claimBlocks = Set<Int>()
        let all = [0..<facts.index.allBlocks().count]
        // Screening claims as the statement reading finds them: a sentence denying an effect on
        // children, or a "No" answering a question or label about children.
        for claim in ScreeningClaims.find(facts.index, childrenLexicons: settings.directLexicons) {
            claimBlocks.insert(claim.block)
            let answer = facts.index.block(claim.block)
            if let question = claim.question {
                claimBlocks.insert(question)
                let asked = facts.index.block(question).text.trimmingCharacters(in: .whitespacesAndNewlines)
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
        let screeningSections = facts.proposal.sections.filter { $0.roles.contains("screening") }
        for section in screeningSections where section.wordCount <= 6 && FieldCondition.value(section.text, isOneOf: noImpactValues) {
            claims.append(Evidence(text: "\(section.title): \(section.text)", location: section.location, path: section.path, note: "screening claims no impact"))
        }
        guard !claims.isEmpty else { return .of(true) }
        // A body that is not about children (relevance none) bears the claim out.
        guard facts.relevance != .none else { return .of(true, evidence: claims) }
        var excluded = claimBlocks
        for section in screeningSections { excluded.formUnion(facts.index.subtree(of: section)) }
        let body = facts.countDistinctMentions(of: settings.directLexicons, in: all, excluding: excluded, speakingOfChildren: true)
        guard body.count >= max(settings.directAtLeast, 3) else { return .of(true, evidence: claims) }
        // Quote the body where it talks about children most.
        var perSection: [Int: Int] = [:]
        for mention in body.mentions { perSection[facts.index.block(mention.block).section, default: 0] += 1 }
        let strongest = perSection.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key
        var evidence = Array(claims.prefix(2))
        if let example = body.mentions.first(where: { facts.index.block($0.block).section == strongest }) {
            evidence.append(facts.evidence(for: example, note: "yet the body concerns children (\(body.count) mentions)"))
        }
        return .of(false, focus: screeningSections.first, evidence: evidence)
    }

    func encode(_ encoder: inout PackEncoder) {
        encoder.bool(expected)
    }

    static func decode(_ decoder: inout PackDecoder) throws -> ScreeningConsistentCondition {
        ScreeningConsistentCondition(expected: try decoder.bool())
    }
}
