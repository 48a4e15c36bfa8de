import CLibXML2

/// Turns a libxml2 HTML tree into `DocumentNode`s, iteratively so that depth costs heap,
/// not stack.
struct HTMLTree {
    let file: String
    /// For fragments from JSON strings: the location given to every node.
    let fixedLocation: SourceLocation?
    let maxDepth: Int
    /// Text kept under one `build` call; past it a page is an error, a fragment is cut off.
    var maxTextBytes: Int = .max

    static let inlineElements: Set<String> = [
        "a", "abbr", "b", "bdi", "bdo", "br", "cite", "code", "data", "dfn", "em", "i", "kbd",
        "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr",
    ]
    static let skippedElements: Set<String> = ["script", "style", "noscript", "template"]

    private static let initialize: Void = { xmlInitParser() }()

    static func parse(_ bytes: ArraySlice<UInt8>, encoding: String?) -> htmlDocPtr? {
        _ = initialize
        let options = Int32(
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue
                | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_COMPACT.rawValue)
        guard bytes.count < Int(Int32.max) else { return nil }
        return bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                htmlReadMemory(chars.baseAddress, Int32(chars.count), nil, encoding, options)
            }
        }
    }

    static func name(of node: xmlNodePtr) -> String {
        guard let name = node.pointee.name else { return "" }
        return String(cString: name).lowercased()
    }

    static func firstChild(of node: xmlNodePtr, named name: String) -> xmlNodePtr? {
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE, Self.name(of: current) == name { return current }
            child = current.pointee.next
        }
        return nil
    }

    static func isSpace(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C
    }

    /// A child of an element, in document order, as it will be turned into a node.
    private enum Item {
        case element(xmlNodePtr, name: String, path: String)
        case text(String)
    }

    /// The kept children of `node`: elements with their paths (`[n]` counts same-named
    /// siblings) and text runs.
    private func items(childrenOf node: xmlNodePtr, path: String) -> [Item] {
        var items: [Item] = []
        var counts: [String: Int] = [:]
        var child = node.pointee.children
        while let current = child {
            child = current.pointee.next
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                let name = Self.name(of: current)
                guard !Self.skippedElements.contains(name) else { continue }
                let n = counts[name, default: 0] + 1
                counts[name] = n
                items.append(.element(current, name: name, path: "\(path)/\(name)[\(n)]"))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content {
                    items.append(.text(String(cString: content)))
                }
            default:
                continue
            }
        }
        return items
    }

    private func makeNode(_ element: xmlNodePtr, name: String, path: String) -> DocumentNode {
        let node = DocumentNode(kind: .element, label: name, path: path, location: location(of: element))
        node.isInline = Self.inlineElements.contains(name)
        // A line break separates words although <br> is inline.
        if name == "br" { node.appendText("\n") }
        var attribute = element.pointee.properties
        while let current = attribute {
            attribute = current.pointee.next
            guard let rawName = current.pointee.name else { continue }
            var value = ""
            var text = current.pointee.children
            while let piece = text {
                if let content = piece.pointee.content { value += String(cString: content) }
                text = piece.pointee.next
            }
            node.addAttribute(name: String(cString: rawName).lowercased(), value: value)
        }
        return node
    }

    private func location(of element: xmlNodePtr) -> SourceLocation {
        if let fixedLocation { return fixedLocation }
        let line = xmlGetLineNo(element)
        return line > 0 ? SourceLocation(line: Int(line), column: 1) : .unknown
    }

    /// Builds the node for `element` and everything below it. Elements nested deeper than
    /// `maxDepth` are an error for whole pages and silently cut off in fragments.
    func build(_ element: xmlNodePtr, path: String, depth: Int) throws -> DocumentNode {
        let top = makeNode(element, name: Self.name(of: element), path: path)
        try appendDescendants(of: element, to: top, path: path, depth: depth)
        return top
    }

    private func appendDescendants(of element: xmlNodePtr, to top: DocumentNode, path: String, depth: Int) throws {
        var stack: [(item: Item, parent: DocumentNode, depth: Int)] = []
        func push(childrenOf element: xmlNodePtr, parent: DocumentNode, path: String, depth: Int) {
            for item in items(childrenOf: element, path: path).reversed() {
                stack.append((item, parent, depth))
            }
        }
        push(childrenOf: element, parent: top, path: path, depth: depth + 1)
        var textBytes = 0
        while let (item, parent, depth) = stack.popLast() {
            switch item {
            case .text(let text):
                textBytes += text.utf8.count
                if textBytes > maxTextBytes {
                    if fixedLocation != nil { return }
                    throw InputError(file: file, location: parent.location, message: "more than \(maxTextBytes) bytes of text (--max-text)")
                }
                parent.appendText(text)
            case .element(let element, let name, let path):
                if depth > maxDepth {
                    if fixedLocation != nil { continue }
                    throw InputError(
                        file: file, location: location(of: element),
                        message: "HTML elements nested deeper than \(maxDepth) levels (--max-depth)")
                }
                let node = makeNode(element, name: name, path: path)
                parent.appendChild(node)
                push(childrenOf: element, parent: node, path: path, depth: depth + 1)
            }
        }
    }

    /// The top-level nodes of a fragment. Top-level text becomes inline `#text` nodes;
    /// whitespace-only text is kept only between two inline nodes, where it is a word break.
    func buildFragment(childrenOf body: xmlNodePtr, pathPrefix: String) -> [DocumentNode] {
        let items = items(childrenOf: body, path: pathPrefix)
        var nodes: [DocumentNode] = []
        var textCount = 0
        for (index, item) in items.enumerated() {
            switch item {
            case .element(let element, _, let path):
                guard let node = try? build(element, path: path, depth: 1) else { continue }
                nodes.append(node)
            case .text(let text):
                textCount += 1
                if !text.utf8.contains(where: { !Self.isSpace($0) }) {
                    let before = nodes.last?.isInline ?? false
                    let after = index + 1 < items.count && isInline(items[index + 1])
                    guard before && after else { continue }
                }
                let node = DocumentNode(
                    kind: .element, label: "#text", path: "\(pathPrefix)/text()[\(textCount)]",
                    location: fixedLocation ?? .unknown)
                node.isInline = true
                node.appendText(text)
                nodes.append(node)
            }
        }
        return nodes
    }

    private func isInline(_ item: Item) -> Bool {
        switch item {
        case .text: return true
        case .element(_, let name, _): return Self.inlineElements.contains(name)
        }
    }
}
