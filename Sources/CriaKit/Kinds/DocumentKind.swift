/// What sort of document a file is: read differently by kind. The CRIA checklist is for
/// assessments and proposals; legislation is read provision by provision against the
/// Convention's standards; guidance, news and statistics get relevance and the rights engaged.
public enum DocumentKind: String, Sendable, CaseIterable, Codable {
    case assessment, proposal, legislation, guidance, news, statistics, other

    /// "assessment, proposal, legislation, ..." for messages.
    public static var spelled: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
