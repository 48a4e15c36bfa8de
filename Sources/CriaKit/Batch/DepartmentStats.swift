public struct DepartmentStats: Sendable, Equatable {
    public var documents = 0
    public var assessed = 0
    public var failed = 0
    public var direct = 0
    public var indirect = 0
    /// Results of rules tagged with each general principle (Arts 2, 3, 6, 12).
    public var principles: [Int: OutcomeCounts] = [:]

    public var childRelevant: Int { direct + indirect }
}
