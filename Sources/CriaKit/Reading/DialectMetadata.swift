/// Metadata that a known format states in its own way.
enum DialectMetadata {
    static func metadata(root: DocumentNode, format: DocumentFormat) -> DocumentMetadata {
        var metadata = DocumentMetadata()
        switch format {
        case .govukContentItem:
            metadata.title = child(root, "title")?.fullText
            if let organisations = child(root, "links").flatMap({ child($0, "organisations") }) {
                let names = organisations.children.compactMap { child($0, "title")?.fullText }
                if !names.isEmpty { metadata.department = names.joined(separator: "; ") }
            }
            metadata.date = (child(root, "first_published_at") ?? child(root, "public_updated_at"))?.fullText
            metadata.reference = child(root, "content_id")?.fullText
            for key in ["document_type", "schema_name", "base_path"] {
                if let value = child(root, key)?.fullText { metadata.extra.append((key.replacingOccurrences(of: "_", with: " "), value)) }
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
