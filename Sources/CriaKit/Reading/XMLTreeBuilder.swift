import CLibXML2

/// Receives libxml2's SAX2 events for one document and builds the `DocumentNode` tree.
///
/// Paths always carry a 1-based `[n]` on every step below the root, counting siblings
/// with the same local name (`/proposal/section[1]/p[2]`), so that a path never changes
/// meaning when a sibling is added later in the file.
final class XMLTreeBuilder {
    private struct Frame {
        let node: DocumentNode
        /// Whether the element's own text has a non-space byte, so that the model's
        /// (slower, Unicode-aware) mixed-content check is only run where it can matter.
        var hasVisibleText = false
    }

    private struct Name {
        let label: String
        let isInline: Bool
    }

    let file: String
    let limits: ReadLimits
    /// The UTF-8 bytes libxml2 parses; positions are computed from them.
    private let source: UnsafeBufferPointer<UInt8>
    private var positions: SourcePositionCounter
    var context: xmlParserCtxtPtr?

    private(set) var root: DocumentNode?
    private var stack: [Frame] = []
    /// Children seen so far per label, for each open element by depth; the dictionaries
    /// are reused from element to element to save an allocation per element.
    private var childCounts: [[String: Int]] = []
    /// Character data not yet given to the innermost open element; decoded once per run.
    private var pendingText: [UInt8] = []
    private var textBytes = 0
    /// libxml2 interns names in its dictionary, so one pointer always means one name.
    private var names: [UnsafePointer<xmlChar>: Name] = [:]
    /// Most elements share their parent's namespace, so the last URI is reused when equal.
    private var lastNamespace = ""

    /// The first problem found, by the reader itself or reported by libxml2.
    private(set) var error: InputError?
    private(set) var parserError: InputError?

    init(file: String, source: UnsafeBufferPointer<UInt8>, limits: ReadLimits) {
        self.file = file
        self.source = source
        self.limits = limits
        self.positions = SourcePositionCounter(bytes: source)
    }

    // MARK: Elements

    func startElement(localName: UnsafePointer<xmlChar>, uri: UnsafePointer<xmlChar>?,
                      attributeCount: Int, attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
        guard error == nil else { return }
        let location = currentTagLocation(opening: XMLTreeBuilder.tagOpening)
        if stack.count >= limits.maxDepth {
            fail(at: location, "nesting deeper than \(limits.maxDepth) levels (--max-depth)")
            return
        }
        flushText()
        let name = self.name(localName)
        let label = name.label
        let path: String
        let parent = stack.last?.node
        if let parent {
            let top = stack.count - 1
            let index = (childCounts[top][label] ?? 0) + 1
            childCounts[top][label] = index
            let number = String(index)
            var built = ""
            built.reserveCapacity(parent.path.utf8.count + label.utf8.count + number.utf8.count + 3)
            built += parent.path
            built += "/"
            built += label
            built += "["
            built += number
            built += "]"
            path = built
        } else {
            path = "/" + label
        }
        let node = DocumentNode(kind: .element, label: label, path: path, location: location)
        if let uri { node.namespace = namespace(uri) }
        if name.isInline { node.isInline = true }
        if let attributes {
            for i in 0..<attributeCount {
                addAttribute(to: node, fields: attributes + 5 * i)
            }
            XMLTreeBuilder.appendProseAttributes(of: node)
        }
        if let parent { parent.appendChild(node) } else { root = node }
        stack.append(Frame(node: node))
        if childCounts.count < stack.count {
            childCounts.append([:])
        } else {
            childCounts[stack.count - 1].removeAll(keepingCapacity: true)
        }
    }

    func endElement() {
        guard error == nil else { return }
        flushText()
        guard let frame = stack.popLast() else { return }
        if frame.hasVisibleText && !frame.node.children.isEmpty { frame.node.markInlineChildrenIfMixed() }
    }

    private func namespace(_ uri: UnsafePointer<xmlChar>) -> String {
        var i = 0
        for byte in lastNamespace.utf8 {
            if uri[i] != byte { break }
            i += 1
        }
        if i == lastNamespace.utf8.count && uri[i] == 0 { return lastNamespace }
        lastNamespace = string(uri)
        return lastNamespace
    }

    private func name(_ pointer: UnsafePointer<xmlChar>) -> Name {
        if let known = names[pointer] { return known }
        let label = string(pointer)
        let name = Name(label: label, isInline: XMLTreeBuilder.isInlineName(label))
        names[pointer] = name
        return name
    }

    /// `fields` holds localname, prefix, URI, value start and value end.
    private func addAttribute(to node: DocumentNode, fields: UnsafeMutablePointer<UnsafePointer<xmlChar>?>) {
        guard let localName = fields[0], let start = fields[3], let end = fields[4] else { return }
        var name = string(localName)
        if let prefix = fields[1] { name = string(prefix) + ":" + name }
        let value = UnsafeBufferPointer(start: start, count: start.distance(to: end))
        node.addAttribute(name: name, value: XMLTreeBuilder.attributeValue(value))
    }

    /// Without entity substitution libxml2 hands over a `&` in an attribute value as
    /// `&#38;` (every other reference is already replaced), so each `&` starts one.
    static func attributeValue(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard bytes.contains(UInt8(ascii: "&")) else { return String(decoding: bytes, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            out.append(bytes[i])
            if bytes[i] == UInt8(ascii: "&"), i + 4 < bytes.count, bytes[i + 1] == UInt8(ascii: "#"),
               bytes[i + 2] == UInt8(ascii: "3"), bytes[i + 3] == UInt8(ascii: "8"), bytes[i + 4] == UInt8(ascii: ";") {
                i += 5
            } else {
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static let inlineNames: Set<String> = [
        "em", "strong", "b", "i", "u", "a", "span", "sup", "sub", "abbr", "code", "br",
        "emphasis", "citation", "term", "abbreviation", "superior", "inferior", "acronym",
        "citationsubref", "footnoteref",
    ]

    /// Attributes that hold an element's prose (`<section heading="..." text="..."/>`).
    static let proseAttributes: Set<String> = [
        "text", "body", "content", "answer", "response", "description", "detail", "details",
        "prose", "value", "summary", "explanation", "justification", "reasoning", "comment",
    ]

    /// Some exports keep everything in attributes: a prose attribute of several words reads
    /// as the element's own text (before any child), so that the section has words to check.
    static func appendProseAttributes(of node: DocumentNode) {
        for attribute in node.attributes
        where proseAttributes.contains(StructureVocabulary.key(attribute.name))
            && attribute.value.split(whereSeparator: { $0.isWhitespace }).count >= 4 {
            node.appendText(attribute.value + "\n")
        }
    }

    static func isInlineName(_ label: String) -> Bool {
        label.utf8.count <= 14 && inlineNames.contains(label.lowercased())
    }

    // MARK: Text

    func characters(_ bytes: UnsafePointer<xmlChar>, count: Int) {
        guard error == nil, !stack.isEmpty, count > 0 else { return }
        textBytes += count
        if textBytes > limits.maxTextBytes {
            fail(at: positions.location(ofOffset: currentOffset()), "more than \(limits.maxTextBytes) bytes of text (--max-text)")
            return
        }
        pendingText.append(contentsOf: UnsafeBufferPointer(start: bytes, count: count))
    }

    private func flushText() {
        guard !pendingText.isEmpty, let top = stack.last else { return }
        if !stack[stack.count - 1].hasVisibleText,
           pendingText.contains(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x09 && $0 != 0x0D }) {
            stack[stack.count - 1].hasVisibleText = true
        }
        top.node.appendText(String(decoding: pendingText, as: UTF8.self))
        pendingText.removeAll(keepingCapacity: true)
    }

    // MARK: Document type declarations

    func documentType(hasExternalID: Bool) {
        guard error == nil, hasExternalID else { return }
        fail(at: currentTagLocation(opening: Array("<!".utf8)), "external DTD references are not allowed")
    }

    func entityDeclaration() {
        guard error == nil else { return }
        let location = firstEntityDeclaration().map { positions.location(ofOffset: $0) }
        fail(at: location ?? currentTagLocation(opening: Array("<!ENTITY".utf8)), "entity declarations are not allowed")
    }

    /// Offset of the first `<!ENTITY` that is markup (not inside a comment, processing
    /// instruction or quoted literal, where an entity's own value may hold one). The parser
    /// stops at the first entity declaration, so this is the one being reported.
    private func firstEntityDeclaration() -> Int? {
        let end = min(currentOffset(), source.count)
        func starts(_ text: StaticString, at i: Int) -> Bool {
            let count = text.utf8CodeUnitCount
            guard i + count <= end else { return false }
            for k in 0..<count where source[i + k] != text.utf8Start[k] { return false }
            return true
        }
        func skip(past text: StaticString, from i: Int) -> Int {
            var j = i
            while j < end, !starts(text, at: j) { j += 1 }
            return j + text.utf8CodeUnitCount
        }
        var i = 0
        while i < end {
            if starts("<!--", at: i) {
                i = skip(past: "-->", from: i + 4)
            } else if starts("<?", at: i) {
                i = skip(past: "?>", from: i + 2)
            } else if starts("<!ENTITY", at: i) {
                return i
            } else if starts("<!", at: i) {
                // A declaration: its quoted literals may hold anything. A DOCTYPE ends its
                // own part at the `[` of the internal subset.
                let isDoctype = starts("<!DOCTYPE", at: i)
                i += 2
                while i < end, source[i] != UInt8(ascii: ">"), !(isDoctype && source[i] == UInt8(ascii: "[")) {
                    if source[i] == UInt8(ascii: "\"") || source[i] == UInt8(ascii: "'") {
                        let quote = source[i]
                        i += 1
                        while i < end, source[i] != quote { i += 1 }
                    }
                    i += 1
                }
                i += 1
            } else {
                i += 1
            }
        }
        return nil
    }

    // MARK: Errors

    func parserReported(_ reported: xmlError) {
        guard parserError == nil, reported.level == XML_ERR_FATAL || reported.level == XML_ERR_ERROR else { return }
        var message = reported.message.map { String(cString: $0) } ?? "malformed XML"
        if let newline = message.firstIndex(where: { $0 == "\n" || $0 == "\r" }) {
            message = String(message[..<newline])
        }
        message = String(message.reversed().drop { $0 == " " }.reversed())
        if message.hasPrefix("Input is not proper UTF-8") {
            message = "invalid UTF-8 (if the file uses another encoding, declare it: <?xml version=\"1.0\" encoding=\"...\"?>)"
        }
        parserError = InputError(file: file, location: SourceLocation(line: Int(reported.line), column: Int(reported.int2)),
                                 message: message.isEmpty ? "malformed XML" : message)
    }

    private func fail(at location: SourceLocation, _ message: String) {
        error = InputError(file: file, location: location, message: message)
        if let context { xmlStopParser(context) }
    }

    // MARK: Positions

    /// Byte offset of libxml2's cursor in `source`.
    private func currentOffset() -> Int {
        guard let input = context?.pointee.input?.pointee, let base = input.base, let cur = input.cur else { return 0 }
        return Int(input.consumed) + base.distance(to: cur)
    }

    /// Position of the construct libxml2 has just read: the nearest `opening` before the
    /// cursor. A `<` cannot occur inside a start tag, so for elements this is exact.
    private static let tagOpening: [UInt8] = [UInt8(ascii: "<")]

    private func currentTagLocation(opening marker: [UInt8]) -> SourceLocation {
        guard let context, context.pointee.inputNr == 1 else {
            let input = context?.pointee.input?.pointee
            return SourceLocation(line: Int(input?.line ?? 0), column: Int(input?.col ?? 0))
        }
        var i = min(currentOffset(), source.count) - 1
        while i >= 0 {
            if source[i] == marker[0], i + marker.count <= source.count,
               marker.indices.allSatisfy({ source[i + $0] == marker[$0] }) {
                break
            }
            i -= 1
        }
        return positions.location(ofOffset: max(i, 0))
    }

    private func string(_ pointer: UnsafePointer<xmlChar>) -> String {
        String(cString: pointer)
    }
}
