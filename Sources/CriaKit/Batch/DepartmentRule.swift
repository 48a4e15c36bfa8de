import Foundation

/// Where a document's department comes from when its metadata does not name one:
/// `{dir}` (the parent folder's name) or a regular expression with one capture group over
/// the path as given (`corpus/([^/]+)/`). Otherwise "Unknown".
public struct DepartmentRule: @unchecked Sendable {
    public static let unknown = "Unknown"

    enum Kind { case none, parentFolder, regex(NSRegularExpression) }
    let kind: Kind

    public static let none = DepartmentRule(kind: .none)

    init(kind: Kind) { self.kind = kind }

    /// Throws a one-line message for a pattern that is not a regex with exactly one group.
    public init(pattern: String?) throws {
        guard let pattern, !pattern.isEmpty else { kind = .none; return }
        if pattern == "{dir}" { kind = .parentFolder; return }
        let regex: NSRegularExpression
        do { regex = try NSRegularExpression(pattern: pattern) } catch {
            throw DepartmentRuleError(message: "--department-from: '\(pattern)' is not a valid regular expression")
        }
        guard regex.numberOfCaptureGroups == 1 else {
            throw DepartmentRuleError(message: "--department-from: '\(pattern)' must have exactly one capture group (it has \(regex.numberOfCaptureGroups))")
        }
        kind = .regex(regex)
    }

    /// The department from the path alone, or nil.
    public func department(forPath path: String) -> String? {
        switch kind {
        case .none: return nil
        case .parentFolder:
            let parent = (path as NSString).deletingLastPathComponent
            let name = (parent as NSString).lastPathComponent
            return name.isEmpty || name == "." || name == "/" ? nil : name
        case .regex(let regex):
            let range = NSRange(path.startIndex..., in: path)
            guard let match = regex.firstMatch(in: path, range: range),
                  let group = Range(match.range(at: 1), in: path) else { return nil }
            let value = String(path[group])
            return value.isEmpty ? nil : value
        }
    }

    /// Metadata first, then the path, then "Unknown".
    public func resolve(metadata: String?, path: String) -> String {
        if let metadata = metadata?.trimmingCharacters(in: .whitespacesAndNewlines), !metadata.isEmpty { return metadata }
        return department(forPath: path) ?? Self.unknown
    }
}

public struct DepartmentRuleError: Error, CustomStringConvertible {
    public let message: String
    public var description: String { message }
}
