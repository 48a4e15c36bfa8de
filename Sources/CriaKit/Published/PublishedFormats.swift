/// What cria counts as published policy: GOV.UK items, saved web pages and legislation (in
/// CLML, Akoma Ntoso or any legislation schema), as against a department's own draft.
enum PublishedFormats {
    static let formats: Set<DocumentFormat> = [.govukContentItem, .html, .clml, .akomaNtoso]

    static func contains(_ format: DocumentFormat, kind: DocumentKind) -> Bool {
        formats.contains(format) || kind == .legislation
    }
}

extension Assessment {
    /// Whether the document is published policy (`PublishedFormats`), which the campaigners'
    /// article × department table counts.
    public var isPublished: Bool { PublishedFormats.contains(format, kind: kind.kind) }
}
