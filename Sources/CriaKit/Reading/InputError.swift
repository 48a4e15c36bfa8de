/// Why a file could not be read. Rendered as one line: `path:line:column: error: message`.
/// Errors about the file as a whole (missing, unreadable, too large, empty) point at 1:1, so
/// that every message has the same shape for editors and CI annotations to parse.
public struct InputError: Error, Equatable, CustomStringConvertible, Sendable {
    public let file: String
    public let location: SourceLocation
    public let message: String

    public init(file: String, location: SourceLocation = SourceLocation(line: 1, column: 1), message: String) {
        self.file = file
        self.location = location.isKnown ? location : SourceLocation(line: 1, column: 1)
        self.message = message
    }

    public var description: String {
        "\(file):\(location.line):\(location.column): error: \(message)"
    }
}
