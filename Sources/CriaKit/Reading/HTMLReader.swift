import CLibXML2

/// Reads HTML with libxml2's HTML parser, which recovers from tag soup much as browsers
/// do, into `DocumentNode`s: elements with lowercase labels, XPath-like paths with a
/// position on every step below the root (`/html/body[1]/div[2]/h2[1]`), attributes and
/// text. Scripts, styles, templates and comments are left out.
public enum HTMLReader {
    public static func read(bytes: [UInt8], file: String, limits: ReadLimits = .default) throws -> DocumentNode {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        guard body.contains(where: { !HTMLTree.isSpace($0) }) else {
            throw InputError(file: file, message: "empty document")
        }
        // Without a declared encoding libxml2 assumes Latin-1; valid UTF-8 is far likelier.
        let encoding = isValidUTF8(body) ? "UTF-8" : nil
        guard let doc = HTMLTree.parse(body, encoding: encoding) else {
            throw InputError(file: file, message: "could not parse HTML")
        }
        defer { xmlFreeDoc(doc) }
        guard let root = xmlDocGetRootElement(doc) else {
            throw InputError(file: file, message: "no HTML elements found")
        }
        let walker = HTMLTree(file: file, fixedLocation: nil, maxDepth: limits.maxDepth, maxTextBytes: limits.maxTextBytes)
        let name = HTMLTree.name(of: root)
        return try walker.build(root, path: "/" + name, depth: 1)
    }

    /// The nodes for an HTML fragment held in a JSON string: its top-level elements, and
    /// its top-level text as inline `#text` nodes, with paths continuing `pathPrefix`
    /// (`/details/body/h2[1]`). Every node is located at the JSON string (`location`):
    /// the string's escapes make positions inside it hard to map back, so none is guessed.
    /// Malformed markup is recovered from, never reported.
    public static func readFragment(
        html: String, file: String, at location: SourceLocation, pathPrefix: String,
        limits: ReadLimits = .default
    ) -> [DocumentNode] {
        // An explicit <body> keeps libxml2 from wrapping leading text in an implied <p>.
        let wrapped = Array("<html><body>".utf8) + Array(html.utf8)
        guard let doc = HTMLTree.parse(wrapped[...], encoding: "UTF-8") else { return [] }
        defer { xmlFreeDoc(doc) }
        guard let root = xmlDocGetRootElement(doc),
            let body = HTMLTree.firstChild(of: root, named: "body")
        else { return [] }
        let walker = HTMLTree(file: file, fixedLocation: location, maxDepth: limits.maxDepth)
        return walker.buildFragment(childrenOf: body, pathPrefix: pathPrefix)
    }

    private static func isValidUTF8(_ bytes: ArraySlice<UInt8>) -> Bool {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue: continue
            case .emptyInput: return true
            case .error: return false
            }
        }
    }
}
