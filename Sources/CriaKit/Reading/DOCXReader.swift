/// Reads a Word document (DOCX) into the shared tree: `/document/body` holding paragraphs
/// (`p`, or `h1`-`h6` for heading styles) and tables (`tbl`/`tr`).
///
/// Locations: Word has no lines, so `line` is the paragraph number (1-based, every paragraph
/// in document order, table cells included) and `column` is 1; `file.docx:12:1` means
/// paragraph 12. Paths count siblings as XML does: `/document/body/p[12]`,
/// `/document/body/tbl[2]/tr[3]`.
///
/// A table whose rows have two cells (a question and an answer, as in many departmental
/// CRIA templates) reads each row as a section titled by its left cell.
public enum DOCXReader {
    static let documentPart = "word/document.xml"

    public static func read(bytes: [UInt8], file: String, limits: ReadLimits = .default) throws -> (root: DocumentNode, metadata: DocumentMetadata) {
        var package = try ZIPPackage(bytes: bytes, file: file, limits: limits)
        guard let documentXML = try package.data(documentPart) else {
            throw ZIPPackage.invalid(file, "no \(documentPart) in the package")
        }
        let document = try part(documentXML, name: documentPart, file: file, limits: limits)
        let styles = try package.data("word/styles.xml").map { DOCXStyles(stylesRoot: try part($0, name: "word/styles.xml", file: file, limits: limits)) } ?? DOCXStyles()

        var builder = DOCXTreeBuilder(styles: styles)
        let root = DocumentNode(kind: .element, label: "document", path: "/document", location: SourceLocation(line: 1, column: 1))
        let body = DocumentNode(kind: .element, label: "body", path: "/document/body", location: SourceLocation(line: 1, column: 1))
        root.appendChild(body)
        if let wordBody = document.children.first(where: { $0.label == "body" }) {
            var counts: [String: Int] = [:]
            builder.blocks(of: wordBody, into: body, path: body.path, counts: &counts)
        }

        var metadata = DocumentMetadata()
        if let core = try package.data("docProps/core.xml").map({ try part($0, name: "docProps/core.xml", file: file, limits: limits) }) {
            metadata.title = field(core, "title")
            metadata.date = field(core, "modified") ?? field(core, "created")
            if let creator = field(core, "creator") { metadata.extra.append(("author", creator)) }
            if let subject = field(core, "subject") { metadata.extra.append(("subject", subject)) }
        }
        if let app = try package.data("docProps/app.xml").map({ try part($0, name: "docProps/app.xml", file: file, limits: limits) }) {
            metadata.department = field(app, "Company")
        }
        metadata.extra.append(("locations", "line = paragraph number"))
        return (root, metadata)
    }

    private static func part(_ bytes: [UInt8], name: String, file: String, limits: ReadLimits) throws -> DocumentNode {
        do {
            return try XMLReader.read(bytes: bytes, file: file, limits: limits)
        } catch let error as InputError {
            throw ZIPPackage.invalid(file, "\(name) \(error.location): \(error.message)")
        }
    }

    private static func field(_ root: DocumentNode, _ label: String) -> String? {
        guard let text = root.children.first(where: { $0.label == label })?.fullText, !text.isEmpty else { return nil }
        return text
    }

    /// A WordprocessingML attribute by local name (`w:val` → "val"), whatever its prefix.
    static func attribute(_ node: DocumentNode, _ localName: String) -> String? {
        node.attributes.first { $0.name == localName || $0.name.hasSuffix(":" + localName) }?.value
    }
}
