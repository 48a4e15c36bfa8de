/// What a file was read as. `xml`, `json` and `html` are syntaxes; the others are
/// recognised dialects of them whose metadata and structure cria knows.
public enum DocumentFormat: String, Sendable, CaseIterable, Codable {
    case xml
    case json
    case html
    case govukContentItem = "govuk-content-item"
    case clml
    case akomaNtoso = "akoma-ntoso"
    case docx
}
