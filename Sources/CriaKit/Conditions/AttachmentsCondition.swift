/// `attachments: N`: a published item attaches at least N files (GOV.UK `details.attachments`,
/// or attachments embedded in its body). With `hasText` and its `minWords`, it tells a page
/// whose substance is in its attachments (a consultation outcome of a few hundred words
/// introducing its consultation document, analysis of responses and impact assessment) from
/// a paper that sets out its case itself.
struct AttachmentsCondition: ConditionPrimitive {
    static let key = "attachments"
    static let options: Set<String> = []

    let atLeast: Int

    static func parse(_ value: YAMLView, in condition: YAMLView, parser: inout ConditionParser) -> AttachmentsCondition? {
        guard let count = value.int, count >= 0 else {
            parser.problem(value.location, "`attachments` takes a count (the fewest attachments)")
            return nil
        }
        return AttachmentsCondition(atLeast: count)
    }

    func evaluate(_ evaluator: ConditionEvaluator) -> ConditionOutcome {
        .of(evaluator.facts.proposal.attachmentTitles.count >= atLeast)
    }

    func encode(_ encoder: inout PackEncoder) {
        encoder.int(atLeast)
    }

    static func decode(_ decoder: inout PackDecoder) throws -> AttachmentsCondition {
        AttachmentsCondition(atLeast: try decoder.int())
    }
}
