/// The recommended child rights impact assessment template that `cria init` writes, in XML
/// or JSON, with the schemas that check its shape. The text lives in Swift constants so that
/// an installed binary needs no resource files.
///
/// Every section is named so that `roles.yaml` gives it its role (screening, children
/// affected, evidence, children's views, rights engaged, best interests, non-discrimination,
/// mitigation, options, resources, monitoring, child-friendly summary, publication,
/// conclusion); metadata sits in `DocumentDetails` / `documentDetails`.
public enum CRIATemplate {
    public enum Format: String, CaseIterable, Sendable {
        case xml, json
    }

    /// The blank template, ending with a newline.
    public static func template(_ format: Format) -> String {
        (format == .xml ? xmlTemplate : jsonTemplate) + "\n"
    }

    /// The XSD (xml) or JSON Schema (json) for the template, ending with a newline.
    public static func schema(_ format: Format) -> String {
        (format == .xml ? xmlSchema : jsonSchema) + "\n"
    }

    /// A file name to suggest for the template or schema.
    public static func suggestedFileName(_ format: Format, schema: Bool = false) -> String {
        switch (format, schema) {
        case (.xml, false): return "cria-assessment.xml"
        case (.json, false): return "cria-assessment.json"
        case (.xml, true): return "cria-template.xsd"
        case (.json, true): return "cria-template.schema.json"
        }
    }
}
