import CLibXML2
import CriaKit
import Foundation

extension FuzzTargets {
    /// cria's SAX tree builder against libxml2's own DOM (`xmlReadMemory`, the same parser
    /// options) on the same bytes: the same elements in the same order (namespace and local
    /// name), the same attributes and the same text in each element. Compared on UTF-8
    /// input only, where both read the bytes as they are; cria transcodes other encodings
    /// itself before libxml2 sees them.
    static let xmlVersusLibXML2 = FuzzTarget(
        name: "xml-vs-libxml2", summary: "differential: `XMLReader`'s tree against libxml2's DOM (same elements, attributes and text on every UTF-8 input both accept)",
        seedExtensions: ["xml"], dictionaries: ["xml.dict"]
    ) { bytes in
        guard XMLComparison.readsAsUTF8(bytes), let root = try? XMLReader.read(bytes: bytes, file: "fuzz.xml") else { return }
        try XMLComparison.compare(root, withDOMOf: bytes)
    }
}

enum XMLComparison {
    /// The reader's own options (see `XMLReader.options`).
    static let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_BIG_LINES.rawValue | XML_PARSE_IGNORE_ENC.rawValue)

    /// No byte order mark other than UTF-8's, no UTF-16 without one, and no declared
    /// encoding but a UTF-8 or ASCII one.
    static func readsAsUTF8(_ bytes: [UInt8]) -> Bool {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) || bytes.prefix(4).contains(0) { return false }
        let head = String(decoding: bytes.prefix(512), as: UTF8.self).lowercased()
        guard let declaration = head.range(of: "encoding") else { return true }
        let rest = head[declaration.upperBound...].prefix(16)
        return rest.contains("utf-8") || rest.contains("utf8") || rest.contains("ascii")
    }

    static func compare(_ root: DocumentNode, withDOMOf bytes: [UInt8]) throws {
        let saved = cria_xml_silence_errors()
        defer { cria_xml_restore_errors(saved) }
        let skip = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let document: xmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            UnsafeRawPointer(buffer.baseAddress! + skip).withMemoryRebound(to: CChar.self, capacity: buffer.count - skip) {
                xmlReadMemory($0, Int32(buffer.count - skip), "fuzz.xml", nil, options)
            }
        }
        guard let document else { throw FuzzFinding("cria read XML that libxml2's DOM parser refuses") }
        defer { xmlFreeDoc(document) }
        guard let domRoot = xmlDocGetRootElement(document) else { throw FuzzFinding("libxml2's DOM has no root element") }

        var ours: [DocumentNode] = []
        root.walk { ours.append($0) }
        var theirs: [xmlNodePtr] = []
        collectElements(domRoot, into: &theirs)
        guard ours.count == theirs.count else {
            throw FuzzFinding("cria read \(ours.count) elements, libxml2 \(theirs.count)")
        }
        for (node, element) in zip(ours, theirs) { try compare(node, element) }
    }

    /// Elements in document order, iteratively (a deep tree must not overflow the stack).
    private static func collectElements(_ root: xmlNodePtr, into out: inout [xmlNodePtr]) {
        var stack: [xmlNodePtr] = [root]
        while let node = stack.popLast() {
            out.append(node)
            var children: [xmlNodePtr] = []
            var child = node.pointee.children
            while let current = child {
                if current.pointee.type == XML_ELEMENT_NODE { children.append(current) }
                child = current.pointee.next
            }
            stack.append(contentsOf: children.reversed())
        }
    }

    private static func compare(_ node: DocumentNode, _ element: xmlNodePtr) throws {
        let name = string(element.pointee.name)
        let uri = element.pointee.ns.flatMap { $0.pointee.href }.map(string)
        func differ(_ what: String) -> FuzzFinding { FuzzFinding("at \(node.path) (libxml2: <\(name)>): \(what)") }
        // A prefix that no declaration binds (`<ukm:Year>` without `xmlns:ukm`) is a namespace
        // error libxml2 recovers from by keeping the whole name; cria keeps the local name, as
        // for every element, because rules match local names and the writer meant that element.
        // libxml2 splits a name at its first colon (`<a:b:c>` is `b:c` in prefix `a`) when what
        // follows can start a name; otherwise (`<:/>`, `<a:/>`, `<a::b>`, `<a:1>`) it is no
        // prefixed name at all and is kept whole.
        let rest = name.firstIndex(of: ":").map { name[name.index(after: $0)...] }
        let startsAName = rest?.first.map { $0 == "_" || $0.isLetter || !$0.isASCII } ?? false
        let unboundPrefix = uri == nil && !name.hasPrefix(":") && startsAName
        let localName = unboundPrefix ? String(rest!) : name
        guard node.label == localName else { throw differ("cria read the element <\(node.label)>") }
        guard (node.namespace ?? "") == (uri ?? "") else {
            throw differ("cria read the namespace \(node.namespace ?? "none"), libxml2 \(uri ?? "none")")
        }

        var attributes: [String: String] = [:]
        var attribute = element.pointee.properties
        while let current = attribute {
            let local = string(current.pointee.name)
            let prefix = current.pointee.ns.flatMap { $0.pointee.prefix }.map(string)
            let value = xmlNodeListGetString(element.pointee.doc, current.pointee.children, 1)
            var spelled = ""
            if let value {
                spelled = string(value)
                xmlFree(value)
            }
            attributes[prefix.map { $0 + ":" + local } ?? local] = spelled
            attribute = current.pointee.next
        }
        let ourAttributes = Dictionary(node.attributes.map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first })
        guard ourAttributes == attributes else { throw differ("cria read the attributes \(ourAttributes), libxml2 \(attributes)") }

        // Whitespace is the reader's to collapse, so it is left out of the comparison. A
        // prose attribute of four words or more is read as text ahead of the element's own.
        var text = ""
        var child = element.pointee.children
        while let current = child {
            if current.pointee.type == XML_TEXT_NODE || current.pointee.type == XML_CDATA_SECTION_NODE,
                let content = current.pointee.content
            {
                text += string(content)
            }
            child = current.pointee.next
        }
        let ourText = withoutSpace(node.pieces.map { if case .text(let run) = $0 { return run } else { return "" } }.joined())
        let theirText = withoutSpace(text)
        guard ourText == theirText || (ourText.hasSuffix(theirText) && node.attributes.contains { $0.value.split(separator: " ").count >= 4 }) else {
            throw differ("cria read the text \(ourText.prefix(200).debugDescription), libxml2 \(theirText.prefix(200).debugDescription)")
        }
    }

    private static func withoutSpace(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { !" \t\n\r".unicodeScalars.contains($0) }))
    }

    private static func string(_ pointer: UnsafePointer<xmlChar>) -> String {
        String(cString: UnsafeRawPointer(pointer).assumingMemoryBound(to: CChar.self))
    }
}
