/// Gathers the values of the wanted fields, node by node in document order: attributes, and
/// the text of leaf elements and members. Only the text of wanted fields is read: a leaf's
/// full text is the costly part. It may gather the article fields too (`DocumentFacts`), and
/// match labels against other keys for the walk it serves (waivers), so that each label and
/// attribute name is matched once.
struct FieldCollector {
    let wanted: WantedKeys
    /// `wanted`'s keys with the others looked for.
    private var matcher: WantedKeyMemo
    private(set) var fields: [String: [(value: String, node: DocumentNode)]] = [:]
    /// Numbers of UNCRC articles (1-54) that fields name, each with the row it refers from,
    /// in document order; nil unless asked for.
    private(set) var articleFields: [(article: Int, row: DocumentNode)]?

    init(_ wanted: WantedKeys) {
        self.wanted = wanted
        matcher = WantedKeyMemo(wanted)
    }

    /// With `matcher`: `wanted`'s keys and others, the article fields' among them if
    /// `articleFields`.
    private init(_ wanted: WantedKeys, matcher: WantedKeys, articleFields: Bool) {
        self.wanted = wanted
        self.matcher = WantedKeyMemo(matcher)
        if articleFields { self.articleFields = [] }
    }

    /// Gathers the article fields alone.
    static func articleFieldsOnly() -> FieldCollector {
        FieldCollector(WantedKeys([]), matcher: WantedKeys(DocumentFacts.articleFieldLabels), articleFields: true)
    }

    /// What a check's walk matches labels against: the pack's fields and the waivers' keys,
    /// with the article fields' keys or without.
    struct WalkKeys {
        let withoutArticles: WantedKeys
        let withArticles: WantedKeys

        init(_ pack: CompiledPack) {
            let keys = pack.wantedFieldKeys.keys.union(WaiverReader.labelKeys)
            withoutArticles = WantedKeys(keys)
            withArticles = WantedKeys(keys.union(DocumentFacts.articleFieldLabels))
        }
    }

    /// What a check's walk gathers: the pack's fields, and the article fields if the
    /// document's format has them; labels are matched against the waivers' keys as well.
    static func forCheck(_ proposal: Proposal, pack: CompiledPack, keys: WalkKeys) -> FieldCollector {
        let articleFields = DocumentFacts.readsArticleFields(proposal.format)
        return FieldCollector(
            pack.wantedFieldKeys, matcher: articleFields ? keys.withArticles : keys.withoutArticles,
            articleFields: articleFields)
    }

    /// Reads one node; returns its label's key if it is one of the keys matched.
    @discardableResult
    mutating func visit(_ node: DocumentNode) -> String? {
        let readsArticles = articleFields != nil
        if readsArticles, node.label.utf8.count == 5, Self.isTable(node.label) {
            for (row, value) in DocumentFacts.articleColumnCells(table: node) { addArticle(value, row: row) }
        }
        for attribute in node.attributes {
            guard let key = matcher.match(attribute.name) else { continue }
            if wanted.keys.contains(key) { fields[key, default: []].append((attribute.value, node)) }
            if readsArticles, DocumentFacts.articleFieldLabels.contains(key) { addArticle(attribute.value, row: node) }
        }
        guard let key = matcher.match(node.label) else { return nil }
        if wanted.keys.contains(key), node.children.allSatisfy(\.isInline), !node.holdsHTML {
            fields[key, default: []].append((node.fullText, node))
        }
        if readsArticles, DocumentFacts.articleFieldLabels.contains(key), node.children.allSatisfy(\.isInline), let row = node.parent {
            addArticle(node.fullText, row: row)
        }
        return key
    }

    /// `label.lowercased() == "table"`, read from the bytes of an ASCII label.
    static func isTable(_ label: String) -> Bool {
        guard label.utf8.count == 5 else { return false }
        if let first = label.utf8.first, first < 0x80, first | 0x20 != UInt8(ascii: "t") { return false }
        let table: StaticString = "table"
        let ascii = label.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            var matches = true
            for i in 0..<5 {
                let byte = bytes[i]
                guard byte < 0x80 else { return nil }
                if byte.asciiLowercased != table.utf8Start[i] { matches = false }
            }
            return matches
        }
        if let ascii, let ascii { return ascii }
        return label.lowercased() == "table"
    }

    private mutating func addArticle(_ value: String, row: DocumentNode) {
        guard let article = DocumentFacts.leadingNumber(value), (1...54).contains(article) else { return }
        articleFields!.append((article, row))
    }
}
