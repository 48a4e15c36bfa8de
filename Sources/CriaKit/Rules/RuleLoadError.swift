/// A problem in a rule pack: `rules/x.yaml:12:5: error: unknown key 'expcet'`.
public struct RuleProblem: Error, Equatable, CustomStringConvertible, Sendable {
    public let file: String
    public let location: SourceLocation
    public let message: String

    public var description: String {
        let line = location.isKnown ? location.line : 1
        let column = location.isKnown ? location.column : 1
        return "\(file):\(line):\(column): error: \(message)"
    }
}

/// Every problem found while loading a pack; the pack is not used if there is any.
public struct RuleLoadError: Error, CustomStringConvertible, Sendable {
    public let problems: [RuleProblem]
    public var description: String { problems.map(\.description).joined(separator: "\n") }
}
