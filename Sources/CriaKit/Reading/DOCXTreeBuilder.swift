/// Walks `w:body` and builds the cria tree, numbering paragraphs as it goes.
struct DOCXTreeBuilder {
    let styles: DOCXStyles
    private(set) var paragraphNumber = 0

    init(styles: DOCXStyles) {
        self.styles = styles
    }

    private var location: SourceLocation { SourceLocation(line: max(paragraphNumber, 1), column: 1) }

    /// Block content (paragraphs, tables, content controls) of `container` into `parent`.
    mutating func blocks(of container: DocumentNode, into parent: DocumentNode, path: String, counts: inout [String: Int]) {
        for child in container.children {
            switch child.label {
            case "p":
                let n = counts["p", default: 0] + 1
                counts["p"] = n
                paragraphNumber += 1
                let text = Self.text(of: child)
                guard !text.isEmpty, !isTemplateText(child, text) else { continue }
                let label = headingLevel(of: child).map { "h\($0)" } ?? "p"
                let node = DocumentNode(kind: .element, label: label, path: "\(path)/p[\(n)]", location: location)
                node.appendText(text)
                parent.appendChild(node)
            case "tbl":
                let n = counts["tbl", default: 0] + 1
                counts["tbl"] = n
                table(child, into: parent, path: "\(path)/tbl[\(n)]")
            case "sdt", "customXml", "sdtContent", "smartTag", "ins":
                blocks(of: child, into: parent, path: path, counts: &counts)
            default:
                continue
            }
        }
    }

    /// A template's guidance or placeholder, not the author's text: a paragraph in a
    /// guidance or placeholder style, or one that is all a bracketed placeholder
    /// ("[Describe the evidence]").
    private func isTemplateText(_ paragraph: DocumentNode, _ text: String) -> Bool {
        if text.hasPrefix("["), text.hasSuffix("]"), !text.dropFirst().dropLast().contains("]") { return true }
        guard let properties = paragraph.children.first(where: { $0.label == "pPr" }),
            let style = properties.children.first(where: { $0.label == "pStyle" }).flatMap({ DOCXReader.attribute($0, "val") })
        else { return false }
        return styles.isTemplateText(styleID: style)
    }

    private func headingLevel(of paragraph: DocumentNode) -> Int? {
        guard let properties = paragraph.children.first(where: { $0.label == "pPr" }) else { return nil }
        if let style = properties.children.first(where: { $0.label == "pStyle" }).flatMap({ DOCXReader.attribute($0, "val") }),
            let level = styles.headingLevel(styleID: style)
        {
            return level
        }
        if let outline = properties.children.first(where: { $0.label == "outlineLvl" }).flatMap({ DOCXReader.attribute($0, "val") }).flatMap(Int.init),
            (0...5).contains(outline)
        {
            return outline + 1
        }
        return nil
    }

    // MARK: Tables

    private struct Cell {
        let text: String
        let paragraphs: [DocumentNode]
        let location: SourceLocation
    }

    private mutating func table(_ table: DocumentNode, into parent: DocumentNode, path: String) {
        let start = SourceLocation(line: paragraphNumber + 1, column: 1)
        var rows: [(cells: [Cell], header: Bool, location: SourceLocation)] = []
        for row in Self.rows(of: table) {
            let rowStart = SourceLocation(line: paragraphNumber + 1, column: 1)
            let header = row.children.first { $0.label == "trPr" }?.children.contains { $0.label == "tblHeader" } ?? false
            let cells = Self.cells(of: row).enumerated().map { cell($0.element, path: "", index: $0.offset) }
            rows.append((cells, header, rowStart))
        }
        let node = DocumentNode(kind: .element, label: "table", path: path, location: start)
        parent.appendChild(node)
        let questionAndAnswer = rows.contains { $0.cells.count == 2 } && rows.allSatisfy { $0.cells.count <= 2 }
        for (index, row) in rows.enumerated() {
            let rowPath = "\(path)/tr[\(index + 1)]"
            let nonEmpty = row.cells.filter { !$0.text.isEmpty }
            if questionAndAnswer && row.cells.count == 2 && !row.header && !row.cells[0].text.isEmpty {
                let rowNode = DocumentNode(kind: .element, label: "tr", path: rowPath, location: row.location)
                let question = DocumentNode(kind: .element, label: "question", path: "\(rowPath)/tc[1]", location: row.cells[0].location)
                question.appendText(row.cells[0].text)
                let answer = DocumentNode(kind: .element, label: "answer", path: "\(rowPath)/tc[2]", location: row.cells[1].location)
                for (k, paragraph) in row.cells[1].paragraphs.enumerated() {
                    let p = DocumentNode(kind: .element, label: "p", path: "\(rowPath)/tc[2]/p[\(k + 1)]", location: paragraph.location)
                    p.appendText(paragraph.fullText)
                    answer.appendChild(p)
                }
                rowNode.appendChild(question)
                rowNode.appendChild(answer)
                node.appendChild(rowNode)
            } else if !nonEmpty.isEmpty && !(questionAndAnswer && row.header) {
                // (A question-and-answer table's header row only names its columns.)
                let rowNode = DocumentNode(kind: .element, label: "tr", path: rowPath, location: row.location)
                rowNode.appendText(RowText.joined(nonEmpty.map(\.text)))
                node.appendChild(rowNode)
            }
        }
    }

    private static func rows(of table: DocumentNode) -> [DocumentNode] {
        var rows: [DocumentNode] = []
        for child in table.children {
            if child.label == "tr" { rows.append(child) } else if ["sdt", "sdtContent", "customXml"].contains(child.label) { rows += Self.rows(of: child) }
        }
        return rows
    }

    private static func cells(of row: DocumentNode) -> [DocumentNode] {
        var cells: [DocumentNode] = []
        for child in row.children {
            if child.label == "tc" { cells.append(child) } else if ["sdt", "sdtContent", "customXml"].contains(child.label) { cells += Self.cells(of: child) }
        }
        return cells
    }

    /// A cell's paragraphs (nested tables flattened into them), each located at its number.
    private mutating func cell(_ cell: DocumentNode, path: String, index: Int) -> Cell {
        let holder = DocumentNode(kind: .element, label: "tc", path: path, location: location)
        var counts: [String: Int] = [:]
        let first = SourceLocation(line: paragraphNumber + 1, column: 1)
        blocks(of: cell, into: holder, path: path, counts: &counts)
        var paragraphs: [DocumentNode] = []
        holder.walk { node in
            if node.label == "p" || StructureVocabulary.headingLevel(node.label) != nil || (node.label == "tr" && node.children.isEmpty) {
                paragraphs.append(node)
            }
        }
        return Cell(text: paragraphs.map(\.fullText).joined(separator: " "), paragraphs: paragraphs, location: first)
    }

    // MARK: Text

    /// Text skipped: deleted runs, field codes, and drawings (text boxes there are repeated
    /// in fallback content and would read twice).
    private static let skipped: Set<String> = [
        "pPr", "rPr", "del", "delText", "instrText", "fldData", "drawing", "pict", "object",
        "AlternateContent", "footnoteReference", "endnoteReference", "commentReference",
    ]

    /// A paragraph's text: `w:t` runs in order, tabs and breaks as spaces.
    static func text(of paragraph: DocumentNode) -> String {
        var out = TextAccumulator()
        var stack: [DocumentNode] = [paragraph]
        while let node = stack.popLast() {
            switch node.label {
            case "t":
                for case .text(let run) in node.pieces { out.append(run) }
                continue
            case "tab", "br", "cr", "ptab":
                out.breakBlock()
                continue
            case "noBreakHyphen":
                out.append("-")
                continue
            default:
                break
            }
            stack.append(contentsOf: node.children.filter { !skipped.contains($0.label) }.reversed())
        }
        return out.result
    }
}
