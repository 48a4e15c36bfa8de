/// `kind: [legislation, ...]`: the document is of one of these kinds (as detected, or as set by
/// `--kind` or `.cria.yml`). For a condition that holds differently by kind inside one rule,
/// where `applies: kinds:` would leave the whole rule out: e.g. a page that is itself the
/// assessment needs no other, but an Act whose sections explain orders to a young person is not
/// an assessment of itself.
struct KindCondition: ConditionPrimitive {
    static let key = "kind"

    let kinds: Set<DocumentKind>

    static func parse(_ value: YAMLView, in condition: YAMLView, parser: inout ConditionParser) -> KindCondition? {
        guard let names = value.strings, !names.isEmpty else {
            parser.problem(value.location, "`kind` takes a list of \(DocumentKind.spelled)")
            return nil
        }
        var kinds = Set<DocumentKind>()
        for name in names {
            if let kind = DocumentKind(rawValue: name) {
                kinds.insert(kind)
            } else {
                parser.problem(value.location, "unknown kind '\(name)'; expected one of \(DocumentKind.spelled)")
            }
        }
        return KindCondition(kinds: kinds)
    }

    func evaluate(_ evaluator: ConditionEvaluator) -> ConditionOutcome {
        .of(kinds.contains(evaluator.facts.proposal.kind.kind))
    }

    func encode(_ encoder: inout PackEncoder) {
        encoder.count(kinds.count)
        for kind in kinds.sorted(by: { $0.rawValue < $1.rawValue }) { encoder.tag(UInt8(DocumentKind.allCases.firstIndex(of: kind)!)) }
    }

    static func decode(_ decoder: inout PackDecoder) throws -> KindCondition {
        var kinds = Set<DocumentKind>()
        for _ in 0..<(try decoder.count()) { kinds.insert(try decoder.element(of: DocumentKind.allCases)) }
        return KindCondition(kinds: kinds)
    }
}
