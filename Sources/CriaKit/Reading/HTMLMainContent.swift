/// A web page reduced to its main content: the first of `<main>`, `[role=main]`,
/// `#content`, `.govuk-main-wrapper` and `<article>` (else `<body>`), without navigation,
/// headers, footers, asides, cookie banners, skip links and breadcrumbs, read as a flat run
/// of headings and text blocks so that each heading scopes what follows it however deeply
/// the page nests its `div`s. Headings are `h1`-`h6` and, in pages converted from Word,
/// elements with a class such as `ManualHeading2`.
enum HTMLMainContent {
    static let skippedElements: Set<String> = ["nav", "header", "footer", "aside", "head", "script", "style", "noscript", "template", "form", "button", "svg"]
    static let skippedRoles: Set<String> = ["navigation", "banner", "contentinfo", "complementary", "search"]
    static let skippedMarkers = ["cookie", "skip-link", "skiplink", "breadcrumb", "govuk-skip", "visually-hidden", "govuk-header", "govuk-footer", "print-link"]
    static let blockElements: Set<String> = ["p", "li", "dt", "dd", "blockquote", "pre", "figcaption", "caption", "address", "td", "th"]

    static func reduce(_ root: DocumentNode) -> DocumentNode {
        let main = mainContent(of: root)
        let out = DocumentNode(kind: .element, label: "main", path: main.path, location: main.location)
        flatten(main, into: out, rowArticles: rowArticles(in: main))
        return out
    }

    /// The article named in each row of a table with an "Article" column
    /// (`<th>Article</th>`), by row. Flattening turns a row into one run of text and drops
    /// the table, so the row's run carries the article as an `article` attribute, as an XML
    /// impact table's `<row article="17">` does.
    static func rowArticles(in main: DocumentNode) -> [ObjectIdentifier: String] {
        var articles: [ObjectIdentifier: String] = [:]
        main.walk { node in
            guard node.label == "table" else { return }
            for (row, value) in DocumentFacts.articleColumnCells(table: node) where !value.isEmpty {
                articles[ObjectIdentifier(row)] = value
            }
        }
        return articles
    }

    static func mainContent(of root: DocumentNode) -> DocumentNode {
        var candidates: [Int: DocumentNode] = [:]
        root.walk { node in
            guard !isSkipped(node) else { return }
            let classes = Set((node.attribute("class") ?? "").split(separator: " ").map(String.init))
            let rank: Int? =
                node.label == "main"
                ? 0
                : node.attribute("role") == "main"
                    ? 1
                    : node.attribute("id") == "content"
                        ? 2
                        : classes.contains("govuk-main-wrapper")
                            ? 3
                            : node.label == "article" ? 4 : nil
            if let rank, candidates[rank] == nil { candidates[rank] = node }
        }
        if let best = candidates.keys.min() { return candidates[best]! }
        return root.children.first { $0.label == "body" } ?? root
    }

    static func isSkipped(_ node: DocumentNode) -> Bool {
        if skippedElements.contains(node.label) { return true }
        if let role = node.attribute("role"), skippedRoles.contains(role.lowercased()) { return true }
        if node.attribute("hidden") != nil || node.attribute("aria-hidden") == "true" { return true }
        let marks = ((node.attribute("id") ?? "") + " " + (node.attribute("class") ?? "")).lowercased()
        return skippedMarkers.contains { marks.contains($0) }
    }

    /// `h2` → 2; a class naming a heading level (`ManualHeading2`, `heading-3`) → that level.
    static func headingLevel(of node: DocumentNode) -> Int? {
        if let level = StructureVocabulary.headingLevel(node.label) { return level }
        guard let classes = node.attribute("class")?.lowercased(), classes.contains("heading") else { return nil }
        for name in classes.split(separator: " ") where name.contains("heading") {
            if let digit = name.last?.wholeNumberValue, (1...6).contains(digit) { return digit }
        }
        return nil
    }

    private static func flatten(_ node: DocumentNode, into out: DocumentNode, rowArticles: [ObjectIdentifier: String]) {
        for child in node.children where !child.isInline || child.label == "#text" {
            guard !isSkipped(child) else { continue }
            if let level = headingLevel(of: child) {
                append(label: "h\(level)", child, into: out)
            } else if child.label == "tr" {
                let cells = child.children.filter { $0.label == "td" || $0.label == "th" }.map(\.fullText).filter { !$0.isEmpty }
                if !cells.isEmpty {
                    let row = append(label: "p", child, text: RowText.joined(cells), into: out)
                    if let article = rowArticles[ObjectIdentifier(child)] { row?.addAttribute(name: "article", value: article) }
                }
            } else if blockElements.contains(child.label)
                && !child.children.contains(where: { !$0.isInline && headingLevel(of: $0) == nil && !blockElements.contains($0.label) && $0.label != "ul" && $0.label != "ol" && $0.label != "table" })
                || child.children.allSatisfy(\.isInline)
            {
                if child.children.allSatisfy(\.isInline) || !child.ownText.isEmpty {
                    append(label: "p", child, text: child.children.allSatisfy(\.isInline) ? child.fullText : child.ownText, into: out)
                }
                if !child.children.allSatisfy(\.isInline) { flatten(child, into: out, rowArticles: rowArticles) }
            } else {
                if !child.ownText.isEmpty { append(label: "p", child, text: child.ownText, into: out) }
                flatten(child, into: out, rowArticles: rowArticles)
            }
        }
    }

    @discardableResult
    private static func append(label: String, _ source: DocumentNode, text: String? = nil, into out: DocumentNode) -> DocumentNode? {
        let text = text ?? source.fullText
        guard !text.isEmpty else { return nil }
        let node = DocumentNode(kind: .element, label: label, path: source.path, location: source.location)
        node.appendText(text)
        out.appendChild(node)
        return node
    }

    // MARK: Metadata

    static func metadata(root: DocumentNode) -> DocumentMetadata {
        var metadata = DocumentMetadata()
        var title: String?
        var firstH1: String?
        var meta: [String: String] = [:]
        var documentType: String?
        var subject: String?
        root.walk { node in
            switch node.label {
            case "title" where title == nil: title = node.fullText
            case "h1" where firstH1 == nil && !isSkipped(node): firstH1 = node.fullText
            case "meta":
                if let name = (node.attribute("name") ?? node.attribute("property"))?.lowercased(), let content = node.attribute("content"), !content.isEmpty {
                    meta[name] = meta[name] ?? content
                }
            default:
                // EU Commission documents converted from Word name their type and subject by class.
                let classes = node.attribute("class") ?? ""
                if classes == "Typedudocument", documentType == nil { documentType = node.fullText }
                if classes == "Titreobjet", subject == nil { subject = node.fullText }
            }
        }
        if let name = title, looksLikeFileName(name) { title = nil }
        let eu = [documentType, subject].compactMap { $0 }.joined(separator: " ")
        metadata.title = [title, meta["og:title"], meta["dc.title"], firstH1, eu.isEmpty ? nil : eu].compactMap { $0 }.first { !$0.isEmpty }
        metadata.department = meta["dc.creator"] ?? meta["og:site_name"] ?? meta["govuk:organisations"]
        metadata.date = meta["dc.date"] ?? meta["govuk:first-published-at"] ?? meta["article:published_time"]
        if let format = meta["govuk:format"] { metadata.extra.append(("document type", format)) }
        return metadata
    }

    static func looksLikeFileName(_ text: String) -> Bool {
        let lower = text.lowercased()
        return !lower.contains(" ") && [".docx", ".doc", ".xhtml", ".html", ".htm", ".pdf", ".xml"].contains { lower.hasSuffix($0) }
    }
}
