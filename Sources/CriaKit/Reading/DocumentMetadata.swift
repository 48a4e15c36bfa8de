public struct DocumentMetadata: Equatable, Sendable {
    public var title: String?
    public var department: String?
    public var date: String?
    public var reference: String?
    /// Format-specific facts (document type, legislature, year and number...), in order.
    public var extra: [(key: String, value: String)] = []
    /// The file is a metadata record with no prose (a CLML metadata-only document): it is
    /// never judged relevant to children and has no sections to check.
    public var metadataOnly = false

    public init(title: String? = nil, department: String? = nil, date: String? = nil, reference: String? = nil) {
        self.title = title
        self.department = department
        self.date = date
        self.reference = reference
    }

    public static func == (a: DocumentMetadata, b: DocumentMetadata) -> Bool {
        a.title == b.title && a.department == b.department && a.date == b.date
            && a.reference == b.reference && a.metadataOnly == b.metadataOnly
            && a.extra.map { "\($0.key)=\($0.value)" } == b.extra.map { "\($0.key)=\($0.value)" }
    }
}
