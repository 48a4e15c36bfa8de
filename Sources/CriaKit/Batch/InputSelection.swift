/// Which files inside a folder are inputs: `--include` (default: the readable extensions)
/// minus `--exclude`, both matched against the path relative to the folder given.
public struct InputSelection: Sendable {
    public static let defaultIncludes = ["*.xml", "*.json", "*.html", "*.htm", "*.xhtml", "*.docx"]

    public var includes: [Glob]
    public var excludes: [Glob]
    private let includePatterns: [String]

    public init(includes: [String] = [], excludes: [String] = []) {
        includePatterns = includes.isEmpty ? Self.defaultIncludes : includes
        self.includes = includePatterns.map(Glob.init)
        self.excludes = excludes.map(Glob.init)
    }

    /// What is looked for, for messages: ".docx, .htm, ..." or the globs given.
    public var description: String {
        if includePatterns.allSatisfy({ $0.hasPrefix("*.") && !$0.dropFirst(2).contains(where: { "*?[/".contains($0) }) }) {
            return includePatterns.map { String($0.dropFirst()) }.sorted().joined(separator: ", ")
        }
        return includePatterns.joined(separator: ", ")
    }

    public func selects(_ relativePath: String) -> Bool {
        // Includes also match the lowercased path, so that the default `*.xml` finds `A.XML`.
        includes.contains { $0.matches(relativePath) || $0.matches(relativePath.lowercased()) }
            && !excludes.contains { $0.matches(relativePath) }
    }
}
