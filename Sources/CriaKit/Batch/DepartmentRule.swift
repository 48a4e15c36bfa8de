import Foundation

/// Where a document's department comes from when its metadata does not name one:
/// `{dir}` (the parent folder's name) or a regular expression with one capture group over
/// the path as given (`corpus/([^/]+)/`). Otherwise "Unknown".
public struct DepartmentRule: @unchecked Sendable {
    public static let unknown = "Unknown"

    enum Kind { case none, parentFolder, regex(NSRegularExpression), mappings([(matcher: PathMatcher, department: String)]) }

    /// A `departments:` key of `.cria.yml`: `/regex/` (searched in the path) or a glob.
    enum PathMatcher {
        case glob(Glob)
        case regex(NSRegularExpression)

        func matches(_ path: String) -> Bool {
            switch self {
            case .glob(let glob):
                var relative = path
                if relative.hasPrefix("./") { relative.removeFirst(2) }
                return glob.matches(relative)
            case .regex(let regex):
                return regex.firstMatch(in: path, range: NSRange(path.startIndex..., in: path)) != nil
            }
        }
    }

    /// The regular expression of a `/regex/` key, or nil for a glob.
    static func regexBody(_ pattern: String) -> String? {
        guard pattern.count >= 2, pattern.hasPrefix("/"), pattern.hasSuffix("/") else { return nil }
        return String(pattern.dropFirst().dropLast())
    }

    /// From `.cria.yml` `departments:`: the first pattern that matches the path names the
    /// department. Invalid regexes are rejected when the configuration is read.
    public init(mappings: [DepartmentMapping]) {
        kind = .mappings(
            mappings.compactMap { mapping in
                if let body = Self.regexBody(mapping.pattern) {
                    guard let regex = try? NSRegularExpression(pattern: body) else { return nil }
                    return (.regex(regex), mapping.department)
                }
                return (.glob(Glob(mapping.pattern)), mapping.department)
            })
    }
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
            let parent = PathParts(path).folder
            let name = PathParts(parent).name
            return name.isEmpty || name == "." || name == "/" ? nil : name
        case .regex(let regex):
            let range = NSRange(path.startIndex..., in: path)
            guard let match = regex.firstMatch(in: path, range: range),
                let group = Range(match.range(at: 1), in: path)
            else { return nil }
            let value = String(path[group])
            return value.isEmpty ? nil : value
        case .mappings(let mappings):
            return mappings.first { $0.matcher.matches(path) }?.department
        }
    }

    /// Metadata first, then the path, then the fallback (legislation's legislature), then "Unknown".
    public func resolve(metadata: String?, path: String, fallback: String? = nil) -> String {
        if let metadata = metadata?.trimmingWhitespace, !metadata.isEmpty { return metadata }
        return department(forPath: path) ?? fallback ?? Self.unknown
    }
}

public struct DepartmentRuleError: Error, CustomStringConvertible {
    public let message: String
    public var description: String { message }
}
