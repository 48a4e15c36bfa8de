/// A known shape of XML or JSON whose metadata and structure cria reads in its own way
/// (GOV.UK content items, legislation). To add one, write a type conforming to this protocol
/// in a file of its own in this folder (with its `DocumentFormat`) and list it in
/// `InputDialects.registered`; the loader, the reports and the article-reference reader
/// know dialects only through these requirements.
protocol InputDialect {
    /// What documents in it are reported as (`"format": "clml"`).
    static var format: DocumentFormat { get }
    /// The syntax it is written in: `.xml` or `.json`.
    static var syntax: DocumentFormat { get }
    /// Whether a parsed document is in this dialect (from its root: name, namespace, keys).
    static func matches(_ root: DocumentNode) -> Bool
    /// Title, department, date, reference and other facts, as the dialect states them.
    static func metadata(root: DocumentNode) -> DocumentMetadata
    /// The tree sections are built from (by default the parsed tree itself).
    static func simplify(_ root: DocumentNode) -> DocumentNode
    /// Legislation numbers its own articles: an "Article 3" field or heading there is not
    /// the Convention's.
    static var isLegislation: Bool { get }
}

extension InputDialect {
    static func simplify(_ root: DocumentNode) -> DocumentNode { root }
    static var isLegislation: Bool { false }

    static func child(_ node: DocumentNode, _ label: String) -> DocumentNode? {
        node.children.first { $0.label == label }
    }
}
