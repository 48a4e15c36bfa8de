/// Where a setting's value came from, for `cria config show`.
public enum ConfigSource: Equatable, Sendable, CustomStringConvertible {
    case `default`
    case file(String)
    case flag

    public var description: String {
        switch self {
        case .default: "default"
        case .file(let path): "file \(path)"
        case .flag: "flag"
        }
    }
}

public struct Sourced<Value: Sendable>: Sendable {
    public var value: Value
    public var source: ConfigSource
    /// Where in the config file the value is (for located errors), if it came from there.
    public var location: SourceLocation = .unknown

    public init(_ value: Value, _ source: ConfigSource, location: SourceLocation = .unknown) {
        self.value = value
        self.source = source
        self.location = location
    }
}
