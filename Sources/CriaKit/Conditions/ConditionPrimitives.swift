/// Every condition primitive cria knows, once. A primitive's position here (after the four
/// compositions) is its tag in the cached pack; the cache is keyed by the executable, so a
/// new order only costs one re-parse.
enum ConditionPrimitives {
    static let registered: [any ConditionPrimitive.Type] = [
        SectionCondition.self,
        MentionsCondition.self,
        CitesCondition.self,
        FieldCondition.self,
        NearCondition.self,
        RelevanceCondition.self,
        ScreeningConsistentCondition.self,
        HasTextCondition.self,
        CountCondition.self,
        StatementCondition.self,
        ChildrenOnlyAsDependantsCondition.self,
        KindCondition.self,
        AttachmentsCondition.self,
        LinkedShareCondition.self,
        DocumentTypeCondition.self,
    ]

    /// The keys of the compositions, which the engine itself handles.
    static let compositionKeys: [String: Set<String>] = ["all": [], "any": [], "not": [], "someOf": ["atLeast"]]

    static let byKey: [String: any ConditionPrimitive.Type] = Dictionary(uniqueKeysWithValues: registered.map { ($0.key, $0) })

    /// Cache tags: 0-3 are `all`, `any`, `not` and `someOf`.
    static let firstTag = 4

    private static let tags = Dictionary(uniqueKeysWithValues: registered.enumerated().map { (ObjectIdentifier($0.element), firstTag + $0.offset) })

    static func tag(of primitive: any ConditionPrimitive) -> Int {
        tags[ObjectIdentifier(Swift.type(of: primitive))]!
    }

    static func kind(tag: Int) -> (any ConditionPrimitive.Type)? {
        let index = tag - firstTag
        return registered.indices.contains(index) ? registered[index] : nil
    }
}
