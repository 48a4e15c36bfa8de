/// What a rule asks of a proposal: primitives (`ConditionPrimitive`, listed in
/// `ConditionPrimitives.registered`) composed with `all`, `any`, `not` and `someOf`.
public indirect enum Condition: Sendable {
    case all([Condition])
    case any([Condition])
    case not(Condition)
    /// At least `atLeast` of the conditions hold (e.g. two of the GC14 elements).
    case someOf([Condition], atLeast: Int)
    case primitive(Primitive)

    /// One primitive condition. What it asks and how is known inside CriaKit only.
    public struct Primitive: Sendable {
        let condition: any ConditionPrimitive

        init(_ condition: any ConditionPrimitive) { self.condition = condition }

        /// The YAML key that names it (`mentions`, `section`, ...).
        public var key: String { type(of: condition).key }
    }

    /// Calls `body` with every primitive inside this condition, in order.
    func forEachPrimitive(_ body: (any ConditionPrimitive) -> Void) {
        switch self {
        case .primitive(let primitive): body(primitive.condition)
        case .not(let inner): inner.forEachPrimitive(body)
        case .all(let items), .any(let items), .someOf(let items, _): for item in items { item.forEachPrimitive(body) }
        }
    }
}
