/// Problems in the configuration, one located line each
/// (`.cria.yml:3:1: error: unknown key 'rulse'; did you mean 'rules'?`).
public struct ConfigError: Error, CustomStringConvertible, Sendable {
    public let problems: [String]
    public init(problems: [String]) { self.problems = problems }
    public var description: String { problems.joined(separator: "\n") }
}
