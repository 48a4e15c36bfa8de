import Foundation

/// `field: NAME-or-[NAMES]` + `is: [VALUES]`, `atLeast: N` or `atMost: N`: a field (element,
/// member or attribute) whose label matches holds that value or number.
struct FieldCondition: ConditionPrimitive {
    static let key = "field"
    static let options: Set<String> = ["is", "atLeast", "atMost"]

    enum Test: Sendable {
        case isOneOf([String])
        case atLeast(Double)
        case atMost(Double)
    }

    let names: [String]
    let test: Test

    var fieldNames: [String] { names }

    static func parse(_ value: YAMLView, in condition: YAMLView, parser: inout ConditionParser) -> FieldCondition? {
        guard let names = value.strings, !names.isEmpty else {
            parser.problem(value.location, "`field` takes a field name or a list of names")
            return nil
        }
        if let values = condition.value("is") {
            guard let accepted = values.strings else {
                parser.problem(values.location, "`is` takes a value or a list of values")
                return nil
            }
            return FieldCondition(names: names, test: .isOneOf(accepted))
        }
        if let bound = condition.value("atLeast"), let number = bound.string.flatMap(Double.init) { return FieldCondition(names: names, test: .atLeast(number)) }
        if let bound = condition.value("atMost"), let number = bound.string.flatMap(Double.init) { return FieldCondition(names: names, test: .atMost(number)) }
        parser.problem(condition.location, "a `field` condition needs `is`, `atLeast` or `atMost`")
        return nil
    }

    func evaluate(_ evaluator: ConditionEvaluator) -> ConditionOutcome {
        for name in names {
            for (value, node) in evaluator.facts.fields(StructureVocabulary.key(name)) {
                let holds: Bool
                switch test {
                case .isOneOf(let accepted): holds = Self.value(value, isOneOf: accepted)
                case .atLeast(let bound): holds = Self.number(value).map { $0 >= bound } ?? false
                case .atMost(let bound): holds = Self.number(value).map { $0 <= bound } ?? false
                }
                if holds {
                    return .of(true, evidence: [Evidence(text: "\(name): \(value.prefix(120))", location: node.location, path: node.path, note: "field")])
                }
            }
        }
        return .of(false)
    }

    /// Whether a field's value starts with one of the accepted words ("Yes - see annex" is
    /// "yes"), case and surrounding punctuation aside.
    static func value(_ value: String, isOneOf accepted: [String]) -> Bool {
        let normalised = value.lowercased().trimmingCharacters(in: .whitespacesAndNewlines.union(.punctuationCharacters))
        return accepted.contains { candidate in
            let candidate = candidate.lowercased()
            guard normalised.hasPrefix(candidate) else { return false }
            let rest = normalised.dropFirst(candidate.count)
            return rest.isEmpty || !(rest.first!.isLetter || rest.first!.isNumber)
        }
    }

    /// A field's value as a number: "1,200", " 35% ".
    static func number(_ value: String) -> Double? {
        Double(value.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: "").replacingOccurrences(of: "%", with: ""))
    }

    private enum TestTag {
        static let isOneOf: UInt8 = 0, atLeast: UInt8 = 1, atMost: UInt8 = 2
    }

    func encode(_ encoder: inout PackEncoder) {
        encoder.strings(names)
        switch test {
        case .isOneOf(let values): encoder.tag(TestTag.isOneOf); encoder.strings(values)
        case .atLeast(let number): encoder.tag(TestTag.atLeast); encoder.double(number)
        case .atMost(let number): encoder.tag(TestTag.atMost); encoder.double(number)
        }
    }

    static func decode(_ decoder: inout PackDecoder) throws -> FieldCondition {
        let names = try decoder.strings()
        switch try decoder.byte() {
        case TestTag.isOneOf: return FieldCondition(names: names, test: .isOneOf(try decoder.strings()))
        case TestTag.atLeast: return FieldCondition(names: names, test: .atLeast(try decoder.double()))
        case TestTag.atMost: return FieldCondition(names: names, test: .atMost(try decoder.double()))
        default: throw PackDecoder.Damaged()
        }
    }
}
