/// `documentType: [medical_safety_alert, ...]`: the published item's own type is one of these:
/// a GOV.UK content item's `document_type`, or a saved GOV.UK page's `govuk:format`. Read from
/// the item's metadata, so the types of the pages it links to (each link carries its own
/// `document_type`) never count. For what a kind alone cannot tell: among guidance, an alert
/// telling staff to quarantine a device is no policy decision, statutory guidance is.
struct DocumentTypeCondition: ConditionPrimitive {
    static let key = "documentType"

    /// Sorted, so that the condition reads the same parsed or from the cache.
    let types: [String]

    static func parse(_ value: YAMLView, in condition: YAMLView, parser: inout ConditionParser) -> DocumentTypeCondition? {
        guard let names = value.strings, !names.isEmpty else {
            parser.problem(value.location, "`documentType` takes a list of GOV.UK document types (medical_safety_alert, statutory_guidance, ...)")
            return nil
        }
        return DocumentTypeCondition(types: Set(names).sorted())
    }

    func evaluate(_ evaluator: ConditionEvaluator) -> ConditionOutcome {
        let type = evaluator.facts.proposal.metadata.extra.first { $0.key == "document type" }?.value
        return .of(type.map(types.contains) ?? false)
    }

    func encode(_ encoder: inout PackEncoder) {
        encoder.strings(types)
    }

    static func decode(_ decoder: inout PackDecoder) throws -> DocumentTypeCondition {
        DocumentTypeCondition(types: try decoder.strings())
    }
}
