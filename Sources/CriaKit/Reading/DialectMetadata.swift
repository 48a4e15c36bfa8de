/// Metadata that a known format states in its own way.
enum DialectMetadata {
    static func metadata(root: DocumentNode, format: DocumentFormat) -> DocumentMetadata {
        var metadata = DocumentMetadata()
        switch format {
        case .govukContentItem:
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
        case .clml:
            metadata = CLMLDialect.metadata(root: root)
        case .akomaNtoso:
            metadata = AkomaNtosoDialect.metadata(root: root)
        case .html:
            var title: String?
            root.walk { node in if title == nil && (node.label == "title" || node.label == "h1") { title = node.fullText } }
            metadata.title = title
        default:
            break
        }
        return metadata
    }

    static func child(_ node: DocumentNode, _ label: String) -> DocumentNode? {
        node.children.first { $0.label == label }
    }
}
