/// One kind of leaf condition (`section:`, `mentions:`, ...): everything about it in one type.
/// To add one, write a type conforming to this protocol in a file of its own in this folder
/// and list it in `ConditionPrimitives.registered`; the parser, the evaluator, the pack cache
/// and the compiled pack know primitives only through these requirements.
protocol ConditionPrimitive: Sendable {
    /// The key that names it in a rule (`mentions: children`).
    static var key: String { get }
    /// The other keys it accepts in the same mapping (`in`, `atLeast`, ...).
    static var options: Set<String> { get }

    /// Reads it from its mapping in a rule. `value` is the value of its `key`; `condition` the
    /// whole mapping, for its options. Problems go to `parser` with their positions; nil when
    /// it cannot be read.
    static func parse(_ value: YAMLView, in condition: YAMLView, parser: inout ConditionParser) -> Self?

    /// Whether it holds on the evaluator's document, where it looked and what it rests on.
    func evaluate(_ evaluator: ConditionEvaluator) -> ConditionOutcome

    /// Writes it into the cached pack (after its tag); `decode` reads the same bytes back.
    func encode(_ encoder: inout PackEncoder)
    static func decode(_ decoder: inout PackDecoder) throws -> Self

    /// The field names (as written in the rule) it reads, so that reading collects them.
    var fieldNames: [String] { get }

    /// The section roles it names (`section: ROLE`, `in: ROLE`) and the lexicons it counts:
    /// where a finding about what it did not find belongs (`RuleHomes`).
    var roleNames: [String] { get }
    var lexiconNames: [String] { get }
}

extension ConditionPrimitive {
    static var options: Set<String> { [] }
    var fieldNames: [String] { [] }
    var roleNames: [String] { [] }
    var lexiconNames: [String] { [] }
}

extension Scope {
    /// The roles of a scope (none for the whole document).
    var roleNames: [String] {
        if case .roles(let roles) = self { return roles }
        return []
    }
}
