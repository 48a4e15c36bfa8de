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
        let lists = [
            links.flatMap { child($0, "organisations") }, links.flatMap { child($0, "lead_organisations") },
            details.flatMap { child($0, "organisations") }, child(root, "organisations"),
        ]
        for list in lists.compactMap({ $0 }) {
            let names = list.children.compactMap { ($0.kind == .value ? $0 : child($0, "title"))?.fullText }.filter { !$0.isEmpty }
            if !names.isEmpty { metadata.department = names.joined(separator: "; "); break }
        }
        metadata.date = (child(root, "first_published_at") ?? child(root, "public_updated_at"))?.fullText
        metadata.reference = child(root, "content_id")?.fullText
        for key in ["document_type", "schema_name", "base_path"] {
            if let value = child(root, key)?.fullText { metadata.extra.append((key.replacingOccurrences(of: "_", with: " "), value)) }
        }
        let listed = details.flatMap { child($0, "attachments") }?.children ?? []
        var titles = listed.compactMap { child($0, "title")?.fullText }.filter { !$0.isEmpty }
        let embedded = details.map(embeddedAttachmentTitles) ?? []
        for title in embedded where !titles.contains(title) { titles.append(title) }
        if !listed.isEmpty || !embedded.isEmpty {
            metadata.extra.append(("attachments", "\(max(listed.count, titles.count))"))
            if !titles.isEmpty { metadata.extra.append(("attachment titles", titles.joined(separator: "; "))) }
        }
        // An HTML publication is the text of the publication it belongs to (`links.parent`):
        // its kind may be that publication's (statutory guidance's programmes of study).
        if let parent = links.flatMap({ child($0, "parent") })?.children.first, let type = child(parent, "document_type")?.fullText {
            metadata.extra.append(("parent document type", type))
        }
        let linked = links.map(linkedDocuments) ?? []
        if !linked.isEmpty { metadata.extra.append(("linked documents", linked.joined(separator: "; "))) }
        return metadata
    }

    /// Attachments rendered into the body rather than listed (`<section class="attachment
    /// embedded">` with its title in a `class="title"` heading): an equality impact assessment
    /// embedded that way is as much an attachment as one under `details.attachments`.
    static func embeddedAttachmentTitles(_ details: DocumentNode) -> [String] {
        var titles: [String] = []
        details.walk { node in
            guard node.label == "section", let classes = node.attribute("class"), classes.split(separator: " ").contains("attachment") else { return }
            var title: String?
            node.walk { inner in
                if title == nil, inner.attribute("class")?.split(separator: " ").contains("title") == true { title = inner.fullText }
            }
            if let title = title?.trimmingWhitespace, !title.isEmpty, !titles.contains(title) { titles.append(title) }
        }
        return titles
    }

    /// Link lists that place an item in GOV.UK's navigation or name who published it: the
    /// documents in the other lists (related items, collections, the parent) are published with it.
    static let navigationLinks: Set<String> = [
        "organisations", "lead_organisations", "supporting_organisations", "primary_publishing_organisation",
        "original_primary_publishing_organisation", "available_translations", "government", "people", "roles",
        "ministers", "speaker", "taxons", "topic_taxonomy_taxons", "mainstream_browse_pages", "top_level_browse_pages",
        "second_level_browse_pages", "active_top_level_browse_page", "world_locations", "worldwide_organisations",
        "email_alert_signup", "finder", "policy_areas", "topical_events", "working_groups", "meets_user_needs",
        "facet_groups", "facet_values", "secondary_to_step_navs", "part_of_step_navs", "related_to_step_navs",
    ]

    /// "related: Childcare reforms: impact assessment": each document the item links to, by its
    /// link list; one whose `document_type` is an impact assessment says so when its title does not.
    static func linkedDocuments(_ links: DocumentNode) -> [String] {
        var linked: [String] = []
        for list in links.children where !navigationLinks.contains(list.label) {
            for item in list.children {
                guard let title = child(item, "title")?.fullText, !title.isEmpty else { continue }
                let isAssessment = child(item, "document_type")?.fullText == "impact_assessment" && !title.lowercased().contains("assessment")
                linked.append("\(list.label): \(title)\(isAssessment ? " (impact assessment)" : "")")
            }
        }
        return linked
    }
}
