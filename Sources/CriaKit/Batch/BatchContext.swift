import Foundation

/// Everything about the run that reports print besides the results.
public struct BatchContext: Sendable {
    public var generated: String
    public var rulesDirectory: String
    public var workingDirectory: String

    public init(generated: String, rulesDirectory: String, workingDirectory: String = FileManager.default.currentDirectoryPath) {
        self.generated = generated
        self.rulesDirectory = rulesDirectory
        self.workingDirectory = workingDirectory
    }

    /// `SOURCE_DATE_EPOCH` (seconds) when set, else now; ISO 8601 in UTC.
    public static func timestamp(environment: [String: String] = ProcessInfo.processInfo.environment, now: Date = Date()) -> String {
        var date = now
        if let epoch = environment["SOURCE_DATE_EPOCH"].flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }) {
            date = Date(timeIntervalSince1970: TimeInterval(epoch))
        }
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }
}
