/// The language a document or element states (`xml:lang`, `lang`, a GOV.UK item's
/// `locale`). The lexicons are English: text in another language is not read by the
/// legislation lens, so that the French text of a bilingual Act (Canada publishes both) does
/// not add provisions of its own, or engage articles from false friends ("placement", "garde").
enum TextLanguage {
    /// Whether a stated language is English, or none is stated.
    static func isEnglish(_ language: String?) -> Bool {
        guard let language, !language.isEmpty else { return true }
        return language.lowercased().hasPrefix("en")
    }

    /// "French (fr)": the languages government publishes in beside English, named; others by code.
    static func name(_ code: String) -> String {
        let names = ["fr": "French", "cy": "Welsh", "ga": "Irish", "gd": "Scottish Gaelic", "es": "Spanish", "de": "German", "nl": "Dutch", "la": "Latin"]
        let base = String(code.lowercased().prefix { $0.isLetter })
        return names[base].map { "\($0) (\(code))" } ?? code
    }

    /// The language the document as a whole states, if any.
    static func of(_ proposal: Proposal) -> String? {
        let root = proposal.document.root
        if let stated = root.attribute("xml:lang") ?? root.attribute("lang") { return stated }
        if proposal.format == .govukContentItem {
            return root.children.first { $0.label == "locale" }?.fullText
        }
        return nil
    }

    /// The nodes of a tree inside an element that states a language other than English:
    /// `<AmendedText xml:lang="fr">` in a Canadian annual statute amending the French version.
    /// Elements whose text is French by the schema, with no `xml:lang`: the French equivalent
    /// Justice Laws XML gives each defined term ("( société de placement )" after "investment
    /// corporation"), which the lens would read as a placement.
    /// An array, not a set: asked of every element without `xml:lang`, comparing a short label
    /// costs far less than hashing it (a set cost 19.5M instructions a corpus round).
    static let frenchElements: [String] = ["DefinedTermFr"]

    static func foreignNodes(under root: DocumentNode) -> Set<ObjectIdentifier> {
        var foreign = Set<ObjectIdentifier>()
        func visit(_ node: DocumentNode, inForeign: Bool) {
            var inside = inForeign
            if let stated = node.attribute("xml:lang") { inside = !isEnglish(stated) } else if frenchElements.contains(node.label) { inside = true }
            if inside { foreign.insert(ObjectIdentifier(node)) }
            for child in node.children { visit(child, inForeign: inside) }
        }
        visit(root, inForeign: false)
        return foreign
    }
}
