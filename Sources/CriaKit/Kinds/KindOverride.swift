/// The kind the user sets for documents, over what cria detects: `--kind KIND` for every
/// input, or `.cria.yml`'s `kind:` (one kind, or path glob or /regex/ → kind, first match).
public struct KindOverride: Sendable {
    /// Where the setting came from, for the evidence a document's kind shows.
    let setting: String
    let every: DocumentKind?
    /// Path patterns matched as `departments:` patterns are, each naming a kind.
    let byPath: DepartmentRule?

    public static let none = KindOverride(setting: "", every: nil, byPath: nil)

    public init(kind: DocumentKind, setting: String) {
        self.init(setting: setting, every: kind, byPath: nil)
    }

    public init(patterns: [(pattern: String, kind: DocumentKind)], setting: String) {
        self.init(setting: setting, every: nil, byPath: DepartmentRule(mappings: patterns.map { DepartmentMapping(pattern: $0.pattern, department: $0.kind.rawValue) }))
    }

    private init(setting: String, every: DocumentKind?, byPath: DepartmentRule?) {
        self.setting = setting
        self.every = every
        self.byPath = byPath
    }

    public func kind(forPath path: String) -> DocumentKind? {
        every ?? byPath?.department(forPath: path).flatMap(DocumentKind.init(rawValue:))
    }

    /// Sets the proposal's kind if the user gave one for its path.
    public func apply(to proposal: inout Proposal) {
        if let kind = kind(forPath: proposal.file) { proposal.setKind(kind, by: setting) }
    }
}
