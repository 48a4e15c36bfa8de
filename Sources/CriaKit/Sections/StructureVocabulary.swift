/// Which labels play which structural part, across XML dialects, JSON shapes and HTML.
/// Compared in lowercase with `_`, `-` and spaces removed.
enum StructureVocabulary {
    static func key(_ label: String) -> String {
        String(label.lowercased().filter { $0 != "_" && $0 != "-" && $0 != " " && $0 != "." })
    }

    /// A child with one of these labels names its parent section.
    static let titleLabels: Set<String> = [
        "title", "heading", "headingtext", "caption", "sectiontitle", "sectionheading",
        "question", "longtitle", "shorttitle", "name", "label", "subject", "doctitle",
    ]

    /// A number shown before a title (legislation, numbered questions).
    static let numberLabels: Set<String> = ["num", "number", "pnumber", "no", "questionnumber"]

    /// Attributes that title their element.
    static let titleAttributes: [String] = ["title", "heading", "name", "label", "caption"]

    /// Text blocks that belong to the section around them, never sections of their own.
    static let blockLabels: Set<String> = [
        "p", "para", "paragraph", "text", "li", "listitem", "item", "br", "td", "th", "tr",
        "table", "tbody", "thead", "tfoot", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre",
        "body", "value", "answer", "response", "content", "contents", "figure", "figcaption",
        "note", "list", "bullet", "bullets", "point", "points", "entry", "row", "cell",
        "comment", "detail", "statement", "para1", "text1", "unorderedlist", "orderedlist",
    ]

    /// Containers that group sections without being one: their sections are the parent's.
    static let transparentLabels: Set<String> = [
        "", "sections", "body", "content", "contents", "main", "div", "details", "parts",
        "items", "entries", "fields", "data", "document", "root", "article", "html",
        "wrapper", "container", "children", "subsections", "chapters", "questions", "answers",
        "primary", "secondary", "maincontent", "span", "form", "center",
    ]

    /// Leaves that are facts about the document, not prose sections.
    static let metadataLabels: Set<String> = [
        "id", "ref", "reference", "date", "version", "lang", "language", "locale", "url", "href",
        "uri", "type", "status", "basepath", "contentid", "schemaname", "documenttype",
        "publishingapp", "renderingapp", "updatedat", "publicupdatedat", "firstpublishedat",
        "department", "organisation", "organization", "owner", "author", "email", "phone",
    ]

    static let htmlSkipped: Set<String> = ["script", "style", "noscript", "template", "nav", "header", "footer", "head"]

    static func headingLevel(_ label: String) -> Int? {
        let lower = label.lowercased()
        guard lower.count == 2, lower.first == "h", let digit = lower.last?.wholeNumberValue,
              (1...6).contains(digit) else { return nil }
        return digit
    }
}
