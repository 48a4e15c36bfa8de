/// A problem with the history store or with what is to be recorded: one line for the user,
/// `FILE: error: message` (the CLI exits 2).
public struct HistoryError: Error, CustomStringConvertible, Equatable, Sendable {
    public let file: String
    public let message: String

    public init(file: String, message: String) {
        self.file = file
        self.message = message
    }

    public var description: String { "\(file): error: \(message)" }
}
