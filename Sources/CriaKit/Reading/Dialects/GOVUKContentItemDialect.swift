extension DocumentFormat {
    public static let govukContentItem = DocumentFormat(rawValue: "govuk-content-item")
}

/// GOV.UK content items (the publishing API's and content store's JSON): the organisations
/// linked, dates, content id and attachments. Recognised by `base_path`, or by
/// `document_type` with `schema_name`.
enum GOVUKContentItemDialect: InputDialect {
    static let format = DocumentFormat.govukContentItem
    static let syntax = DocumentFormat.json

    static func matches(_ root: DocumentNode) -> Bool {
        let keys = Set(root.children.map(\.label))
        return keys.contains("base_path") || (keys.contains("document_type") && keys.contains("schema_name"))
    }

    static func metadata(root: DocumentNode) -> DocumentMetadata {
        var metadata = DocumentMetadata()
        metadata.title = child(root, "title")?.fullText
        // Newer items link organisations; archived schemas put them in details or at the top.
        let links = child(root, "links")
        let details = child(root, "details")
        let lists = [links.flatMap { child($0, "organisations") }, links.flatMap { child($0, "lead_organisations") },
                     details.flatMap { child($0, "organisations") }, child(root, "organisations")]
        for list in lists.compactMap({ $0 }) {
            let names = list.children.compactMap { ($0.kind == .value ? $0 : child($0, "title"))?.fullText }.filter { !$0.isEmpty }
            if !names.isEmpty { metadata.department = names.joined(separator: "; "); break }
        }
        metadata.date = (child(root, "first_published_at") ?? child(root, "public_updated_at"))?.fullText
        metadata.reference = child(root, "content_id")?.fullText
        for key in ["document_type", "schema_name", "base_path"] {
            if let value = child(root, key)?.fullText { metadata.extra.append((key.replacingOccurrences(of: "_", with: " "), value)) }
        }
        if let attachments = details.flatMap({ child($0, "attachments") }), !attachments.children.isEmpty {
            let titles = attachments.children.compactMap { child($0, "title")?.fullText }.filter { !$0.isEmpty }
            metadata.extra.append(("attachments", "\(attachments.children.count)"))
            if !titles.isEmpty { metadata.extra.append(("attachment titles", titles.joined(separator: "; "))) }
        }
        return metadata
    }
}
