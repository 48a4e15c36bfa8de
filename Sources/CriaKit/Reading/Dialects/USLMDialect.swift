extension DocumentFormat {
    public static let uslm = DocumentFormat(rawValue: "uslm")
}

/// United States Legislative Markup (USLM 1.0 and 2.x, http://schemas.gpo.gov/xml/uslm): the
/// XML of US bills, resolutions and public laws published by the Government Publishing
/// Office and Congress.gov. Its `meta` block gives the title (`dc:title`), the chamber
/// (`dc:creator`), the citation (`citableAs`), the kind of measure (`dc:type`), its stage
/// (`docStage`) and the Congress; the preface's action gives the date.
enum USLMDialect: InputDialect {
    static let format = DocumentFormat.uslm
    static let syntax = DocumentFormat.xml
    static let isLegislation = true
    static let namespace = "http://schemas.gpo.gov/xml/uslm"

    static func matches(_ root: DocumentNode) -> Bool {
        root.namespace == namespace
    }

    static func metadata(root: DocumentNode) -> DocumentMetadata {
        var metadata = DocumentMetadata()
        guard let meta = child(root, "meta") else { return metadata }
        func text(_ label: String) -> String? {
            child(meta, label).map(\.fullText).flatMap { $0.isEmpty ? nil : $0 }
        }
        metadata.title = text("title")
        // A public law's creators are the archivists who published it; a bill's, its chamber.
        let creators = meta.children.filter { $0.label == "creator" }.map(\.fullText)
        metadata.department = creators.first { $0.contains("House") || $0.contains("Senate") || $0.contains("Congress") } ?? "United States Congress"
        metadata.reference = text("citableAs")
        var date: String?
        if let preface = child(root, "preface") {
            preface.walk { node in
                if date == nil, node.label == "date", let value = node.attribute("date"), !value.isEmpty { date = value }
            }
        }
        metadata.date = date
        for (key, label) in [("type", "type"), ("stage", "docStage"), ("congress", "congress"), ("number", "docNumber")] {
            if let value = text(label) { metadata.extra.append((key, value)) }
        }
        return metadata
    }
}
