/// A file read into a tree, before sections are derived from it.
public struct Document {
    /// The path as the user gave it; used in every message and report.
    public let file: String
    public let format: DocumentFormat
    public let root: DocumentNode
    /// Facts the reader knows from the format itself (a GOV.UK item's organisation, a
    /// CLML document's title); section derivation fills what is missing from the content.
    public var metadata: DocumentMetadata
    /// A hash of the file's bytes (`ContentHash`), when read from disk: a moved or renamed
    /// file is still the same document to a baseline.
    public var contentHash: UInt64?
    /// For XML: the names of the root element and its first child element as written,
    /// before a dialect reduces the tree (`Statute`, `akomaNtoso`, `act`): they name the schema.
    public var schemaElements: [String] = []
    /// Read by a legislation dialect (CLML, Akoma Ntoso, USLM).
    public var isLegislation = false

    public init(file: String, format: DocumentFormat, root: DocumentNode, metadata: DocumentMetadata = DocumentMetadata()) {
        self.file = file
        self.format = format
        self.root = root
        self.metadata = metadata
    }
}
