import CLibXML2

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Receives libxml2's SAX2 events for one document and builds the `DocumentNode` tree.
/// A struct that `XMLReader` keeps behind a pointer for the parse, so that its state is
/// not checked for exclusive access at run time on every event, as a class's would be.
///
/// Paths always carry a 1-based `[n]` on every step below the root, counting siblings
/// with the same local name (`/proposal/section[1]/p[2]`), so that a path never changes
/// meaning when a sibling is added later in the file.
struct XMLTreeBuilder: ~Copyable {
    /// An open element. Its node is the last of `openChildren` below `firstChild` (the
    /// root, which is no one's child, is `root`).
    private struct Frame {
        /// Numbers elements in document order, so that sibling counts can tell whether the
        /// element they belong to is still open.
        let serial: Int32
        /// This element's entry in `paths`.
        let pathEntry: Int
        /// Where this element's children and text runs start in `openChildren` and
        /// `openRuns`, which gather them until it closes and takes them whole.
        let firstChild: Int
        let firstRun: Int
        /// Whether the element's own text has a non-space byte, so that the model's
        /// (slower, Unicode-aware) mixed-content check is only run where it can matter.
        var hasVisibleText = false
        /// How many children came before the element's last text run, or -1.
        var lastRunPosition = -1
    }

    private struct Name {
        let label: String
        let isInline: Bool
        /// Index into `siblingCounts`; equal labels share one.
        let id: Int
        /// The label's index in `paths`.
        let pathLabel: Int
    }

    private struct AttributeName {
        let isProse: Bool
        /// The name's index in `attributes`.
        let tableIndex: Int
    }

    private struct AttributeKey: Hashable {
        let localName: UnsafePointer<xmlChar>
        let prefix: UnsafePointer<xmlChar>?
    }

    /// Up to 15 bytes of text, zero-padded, with the count in the last byte.
    private struct ShortTextKey: Equatable {
        var low: UInt64 = 0
        var high: UInt64 = 0
    }

    /// How many children named one name an open element has had so far. The counts of
    /// one name form a stack, innermost element on top, linked through `below`.
    /// 32-bit fields: depths, serials and counts are bounded by the element count, far
    /// below 2^31 for any document the reader accepts.
    private struct SiblingCount {
        let depth: Int32
        let serial: Int32
        var count: Int32
        /// The entry under this one in its name's stack, or -1.
        let below: Int32
    }

    let file: String
    let limits: ReadLimits
    /// The UTF-8 bytes libxml2 parses; positions are computed from them.
    private let source: UnsafeBufferPointer<UInt8>
    private var positions: SourcePositionCounter
    var context: xmlParserCtxtPtr?

    private(set) var root: DocumentNode?
    private var stack: [Frame] = []
    private var openChildren = GatheringStack<DocumentNode>()
    private var openRuns = GatheringStack<DocumentNode.TextRun>()
    private var elementCount = 0
    /// Every element's path and location, spelled out only for the nodes whose path or
    /// location is read.
    private let paths: PathTable
    private let attributes: AttributeTable
    private let textRuns: DocumentNode.TextRunTable
    /// Counts of children of one name under elements that have some. Entries of closed
    /// elements are passed over (and left behind) when their name is next met.
    private var siblingCounts: [SiblingCount] = []
    /// For each name id, its top entry in `siblingCounts`, or -1.
    private var siblingCountTops: [Int] = []
    /// Reserved, as a document soon has dozens of names.
    private var nameIDs = [String: Int](minimumCapacity: 128)
    /// Character data not yet given to the innermost open element; decoded once per run.
    /// Freed with the builder (`deinit`): emptied at every tag, it is reused, not resized.
    private var pendingText: UnsafeMutablePointer<UInt8>?
    private var pendingCount = 0
    private var pendingCapacity = 0
    /// Short runs of text (mostly the same few indentations) repeat: the last string made
    /// for each is kept under its bytes. Strings this short are copied without allocation.
    private var shortTexts = [(key: ShortTextKey, text: String)](repeating: (ShortTextKey(), ""), count: 64)
    /// Likewise for longer runs of whitespace alone, under their length and hash.
    private var blankTexts = [(count: Int, hash: UInt64, text: String)](repeating: (0, 0, ""), count: 64)
    /// Indentations (a line feed and then spaces, the most common run of all) of 16 bytes
    /// and more by their length, made when first met.
    private var indentations = [String?](repeating: nil, count: 256)
    private var textBytes = 0
    /// libxml2 interns names in its dictionary, so one pointer always means one name:
    /// the pointer leads to the name's index in `nameList`.
    private var names = InternedNameTable<Int>()
    private var nameList: [Name] = []
    private var attributeNames = InternedNameTable<AttributeName>()
    /// Prefixed names by local name, with the prefix they were first met with; a local
    /// name met with another prefix too is looked up in `otherPrefixedAttributeNames`.
    private var prefixedAttributeNames = InternedNameTable<(prefix: UnsafePointer<xmlChar>, name: AttributeName)>()
    private var otherPrefixedAttributeNames: [AttributeKey: AttributeName] = [:]
    /// Most elements share their parent's namespace, so the last URI is reused when equal:
    /// its index in `paths`, and the URI itself.
    private var lastNamespaceIndex = -1
    private var lastNamespace = ""
    /// `lastNamespace` as NUL-terminated bytes, to compare libxml2's URI against.
    private var lastNamespaceBytes: [xmlChar] = [0]
    /// libxml2 interns namespace URIs in its dictionary for the whole parse, so the same
    /// pointer as last time is the same URI, with no need to compare the bytes.
    private var lastNamespacePointer: UnsafePointer<xmlChar>?

    /// The first problem found, by the reader itself or reported by libxml2.
    private(set) var error: InputError?
    private(set) var parserError: InputError?

    /// `tags` finds start tags in the same bytes as `source`.
    init(file: String, source: UnsafeBufferPointer<UInt8>, tags: StartTagLocator, limits: ReadLimits) {
        self.file = file
        self.source = source
        self.paths = PathTable(tags: tags)
        self.attributes = paths.attributes
        self.textRuns = paths.textRuns
        self.limits = limits
        self.positions = SourcePositionCounter(bytes: source)
        siblingCounts.reserveCapacity(max(256, source.count / 128))
        // Legislation runs to about one element and one attribute per 100 bytes; a denser
        // document grows its tables from there.
        paths.reserveEntries(source.count / 64)
        attributes.reserveCapacity(entries: source.count / 64, bytes: source.count / 16)
        // And to about one text run of an element with children per 128 bytes.
        textRuns.reserveCapacity(source.count / 128)
    }

    deinit {
        pendingText?.deallocate()
    }

    // MARK: Elements

    mutating func startElement(
        localName: UnsafePointer<xmlChar>, uri: UnsafePointer<xmlChar>?,
        attributeCount: Int, attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
    ) {
        guard error == nil else { return }
        if stack.count >= limits.maxDepth {
            fail(at: currentTagLocation(opening: XMLTreeBuilder.tagOpening), "nesting deeper than \(limits.maxDepth) levels (--max-depth)")
            return
        }
        flushText()
        let nameIndex = self.nameIndex(localName)
        let isRoot = stack.isEmpty
        let parent = stack.last?.pathEntry
        let label = nameList[nameIndex].pathLabel
        let number = isRoot ? nil : siblingNumber(of: nameList[nameIndex].id)
        // The location is found from the cursor only if asked for (see `StartTagLocator`).
        let namespace = if let uri { self.namespace(uri) } else { -1 }
        let pathEntry =
            if let tagEnd = XMLTreeBuilder.currentTagEnd(context: context, sourceCount: source.count) {
                paths.append(parent: parent, label: label, number: number, tagEnd: tagEnd, namespace: namespace)
            } else {
                paths.append(
                    parent: parent, label: label, number: number,
                    location: currentTagLocation(opening: XMLTreeBuilder.tagOpening), namespace: namespace)
            }
        let node = DocumentNode(
            kind: .element, label: nameList[nameIndex].label, readEntry: pathEntry, in: paths,
            isInline: nameList[nameIndex].isInline)
        if let attributes, attributeCount > 0 {
            addAttributes(to: node, count: attributeCount, fields: attributes)
        }
        if isRoot { root = node } else { openChildren.append(node) }
        elementCount += 1
        stack.append(
            Frame(
                serial: Int32(truncatingIfNeeded: elementCount), pathEntry: pathEntry,
                firstChild: openChildren.count, firstRun: openRuns.count))
    }

    mutating func endElement() {
        guard error == nil else { return }
        flushText()
        guard !stack.isEmpty else { return }
        close(stack.removeLast())
    }

    /// Hands an element what was gathered for it while it was open.
    private mutating func close(_ frame: Frame) {
        guard let node = frame.firstChild > 0 ? openChildren[frame.firstChild - 1] : root else { return }
        if openChildren.count == frame.firstChild {
            // A leaf: its text, if any, is one run.
            if openRuns.count > frame.firstRun { node.appendLeafText(openRuns.removeLast().text) }
        } else {
            node.adopt(children: openChildren.take(from: frame.firstChild), textRuns: textRuns.take(from: &openRuns, from: frame.firstRun))
        }
        if frame.hasVisibleText && !node.children.isEmpty { node.markInlineChildrenIfMixed() }
    }

    /// Closes the elements still open (after an error), so that none is left without the
    /// children read so far.
    mutating func closeOpenElements() {
        while let frame = stack.popLast() { close(frame) }
    }

    /// The 1-based number of the element about to open among the innermost open element's
    /// children with the same name.
    private mutating func siblingNumber(of id: Int) -> Int {
        let depth = stack.count - 1
        // Entries above the live ones belong to closed elements. Live entries are all of
        // open elements, so the innermost one at `depth` is the parent's.
        var top = siblingCountTops[id]
        while top >= 0 {
            let entry = siblingCounts[top]
            if entry.depth < stack.count && stack[Int(entry.depth)].serial == entry.serial { break }
            top = Int(entry.below)
        }
        if top >= 0, siblingCounts[top].depth == depth {
            siblingCounts[top].count += 1
            siblingCountTops[id] = top
            return Int(siblingCounts[top].count)
        }
        siblingCounts.append(SiblingCount(depth: Int32(depth), serial: stack[depth].serial, count: 1, below: Int32(top)))
        siblingCountTops[id] = siblingCounts.count - 1
        return 1
    }

    /// The index in `paths` of namespace `uri`.
    private mutating func namespace(_ uri: UnsafePointer<xmlChar>) -> Int {
        if uri == lastNamespacePointer { return lastNamespaceIndex }
        let same = lastNamespaceIndex >= 0 && lastNamespaceBytes.withUnsafeBufferPointer { xmlStrEqual(uri, $0.baseAddress) != 0 }
        lastNamespacePointer = uri
        if same { return lastNamespaceIndex }
        lastNamespace = string(uri)
        lastNamespaceBytes = Array(lastNamespace.utf8) + [0]
        lastNamespaceIndex = paths.addNamespace(lastNamespace)
        return lastNamespaceIndex
    }

    /// The index in `nameList` of the name at `pointer`.
    private mutating func nameIndex(_ pointer: UnsafePointer<xmlChar>) -> Int {
        if let known = names[UnsafeRawPointer(pointer)] { return known }
        let label = string(pointer)
        let id: Int
        if let known = nameIDs[label] {
            id = known
        } else {
            id = siblingCountTops.count
            nameIDs[label] = id
            siblingCountTops.append(-1)
        }
        nameList.append(Name(label: label, isInline: XMLTreeBuilder.isInlineName(label), id: id, pathLabel: paths.addLabel(label)))
        names[UnsafeRawPointer(pointer)] = nameList.count - 1
        return nameList.count - 1
    }

    /// `fields` holds five pointers per attribute: localname, prefix, URI, value start and
    /// value end. A prose attribute of several words reads as the element's own text.
    private mutating func addAttributes(
        to node: DocumentNode, count: Int,
        fields: UnsafeMutablePointer<UnsafePointer<xmlChar>?>
    ) {
        let first = attributes.count
        var hasProse = false
        for i in 0..<count {
            let field = fields + 5 * i
            guard let localName = field[0], let start = field[3], let end = field[4] else { continue }
            let name = attributeName(localName: localName, prefix: field[1])
            attributes.append(name: name.tableIndex, xmlValue: UnsafeBufferPointer(start: start, count: start.distance(to: end)))
            hasProse = hasProse || name.isProse
        }
        guard attributes.count > first else { return }
        node.setReadAttributes(first..<attributes.count)
        if hasProse { appendProseAttributes(of: node, from: first, count: count, fields: fields) }
    }

    /// Some exports keep everything in attributes: a prose attribute of several words reads
    /// as the element's own text (before any child), so that the section has words to check.
    /// `fields` are those `addAttributes` read into the table from entry `first`.
    private mutating func appendProseAttributes(
        of node: DocumentNode, from first: Int, count: Int,
        fields: UnsafeMutablePointer<UnsafePointer<xmlChar>?>
    ) {
        var index = first
        for i in 0..<count {
            let field = fields + 5 * i
            guard let localName = field[0], field[3] != nil, field[4] != nil else { continue }
            if attributeName(localName: localName, prefix: field[1]).isProse {
                let value = attributes.value(at: index)
                if XMLTreeBuilder.hasFourWords(value) { node.appendText(value + "\n") }
            }
            index += 1
        }
    }

    /// Whether `text` has at least four runs of non-whitespace characters. In ASCII text
    /// every character is one byte (a CR LF pair is whitespace as each byte is), so the runs
    /// are counted over the bytes.
    static func hasFourWords(_ text: String) -> Bool {
        var words = 0
        var inWord = false
        for byte in text.utf8 {
            if byte >= 0x80 { return text.split(whereSeparator: { $0.isWhitespace }).count >= 4 }
            let isSpace = byte == 0x20 || (0x09...0x0D).contains(byte)
            if !isSpace && !inWord { words += 1 }
            inWord = !isSpace
        }
        return words >= 4
    }

    private mutating func attributeName(localName: UnsafePointer<xmlChar>, prefix: UnsafePointer<xmlChar>?) -> AttributeName {
        let firstPrefixed = prefix == nil ? nil : prefixedAttributeNames[UnsafeRawPointer(localName)]
        if prefix == nil, let known = attributeNames[UnsafeRawPointer(localName)] { return known }
        if let firstPrefixed, firstPrefixed.prefix == prefix { return firstPrefixed.name }
        let key = AttributeKey(localName: localName, prefix: prefix)
        if firstPrefixed != nil, let known = otherPrefixedAttributeNames[key] { return known }
        var name = string(localName)
        if let prefix { name = string(prefix) + ":" + name }
        let attributeName = AttributeName(
            isProse: XMLTreeBuilder.proseAttributes.contains(StructureVocabulary.key(name)),
            tableIndex: attributes.addName(name))
        if let prefix {
            if firstPrefixed == nil {
                prefixedAttributeNames[UnsafeRawPointer(localName)] = (prefix, attributeName)
            } else {
                otherPrefixedAttributeNames[key] = attributeName
            }
        } else {
            attributeNames[UnsafeRawPointer(localName)] = attributeName
        }
        return attributeName
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

    static func isInlineName(_ label: String) -> Bool {
        label.utf8.count <= 14 && inlineNames.contains(label.lowercased())
    }

    // MARK: Text

    mutating func characters(_ bytes: UnsafePointer<xmlChar>, count: Int) {
        guard error == nil, !stack.isEmpty, count > 0 else { return }
        textBytes += count
        if textBytes > limits.maxTextBytes {
            fail(at: positions.location(ofOffset: currentOffset()), "more than \(limits.maxTextBytes) bytes of text (--max-text)")
            return
        }
        if pendingCount + count > pendingCapacity {
            // `textBytes` bounds the sum, so it cannot overflow.
            let capacity = max(pendingCapacity * 2, pendingCount + count, 256)
            let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
            if let old = pendingText {
                grown.update(from: old, count: pendingCount)
                old.deallocate()
            }
            pendingText = grown
            pendingCapacity = capacity
        }
        (pendingText! + pendingCount).update(from: bytes, count: count)
        pendingCount += count
    }

    private mutating func flushText() {
        guard pendingCount > 0, let pendingText, let top = stack.last else { return }
        let bytes = UnsafeBufferPointer(start: pendingText, count: pendingCount)
        pendingCount = 0
        let blankness = XMLTreeBuilder.blankness(of: bytes)
        if blankness == .notBlank && !top.hasVisibleText { stack[stack.count - 1].hasVisibleText = true }
        let text =
            if bytes.count < 16 {
                shortText(bytes)
            } else {
                switch blankness {
                case .notBlank: String(decoding: bytes, as: UTF8.self)
                case .indentation: indentation(bytes)
                case .otherBlank: blankText(bytes)
                }
            }
        let position = openChildren.count - top.firstChild
        if top.lastRunPosition == position, let last = openRuns.last {
            openRuns.replaceLast(with: DocumentNode.TextRun(position: position, text: last.text + text))
        } else {
            openRuns.append(DocumentNode.TextRun(position: position, text: text))
            stack[stack.count - 1].lastRunPosition = position
        }
    }

    private enum Blankness { case notBlank, indentation, otherBlank }

    /// Whether `bytes` (not empty) are all XML whitespace, and if so whether they are an
    /// indentation: a line feed and then spaces alone. Spaces are passed over eight at a time.
    private static func blankness(of bytes: UnsafeBufferPointer<UInt8>) -> Blankness {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return .otherBlank }
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D }
        guard isSpace(bytes[0]) else { return .notBlank }
        var i = 1
        while i + 8 <= bytes.count,
            UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) == 0x2020_2020_2020_2020
        {
            i += 8
        }
        var onlySpaces = true
        while i < bytes.count {
            let byte = bytes[i]
            if byte != 0x20 {
                guard isSpace(byte) else { return .notBlank }
                onlySpaces = false
            }
            i += 1
        }
        return bytes[0] == 0x0A && onlySpaces ? .indentation : .otherBlank
    }

    /// `bytes` (an indentation of 16 bytes or more) as a string, made once for each length.
    private mutating func indentation(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard bytes.count < indentations.count else { return blankText(bytes) }
        if let known = indentations[bytes.count] { return known }
        let text = String(decoding: bytes, as: UTF8.self)
        indentations[bytes.count] = text
        return text
    }

    /// `bytes` (fewer than 16) as a string, made once for each recent spelling.
    private mutating func shortText(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var key = ShortTextKey()
        withUnsafeMutableBytes(of: &key) { raw in
            raw.copyMemory(from: UnsafeRawBufferPointer(bytes))
            raw[15] = UInt8(bytes.count)
        }
        let slot = Int(truncatingIfNeeded: ((key.low ^ key.high) &* 0x9E37_79B9_7F4A_7C15) >> 58)
        if shortTexts[slot].key == key { return shortTexts[slot].text }
        let text = String(decoding: bytes, as: UTF8.self)
        shortTexts[slot] = (key, text)
        return text
    }

    /// `bytes` (whitespace only, such as a deep indentation) as a string, made once for each
    /// recent spelling: a document has few of them, each met again and again.
    private mutating func blankText(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        let slot = Int(truncatingIfNeeded: hash >> 58)
        if blankTexts[slot].hash == hash, blankTexts[slot].count == bytes.count {
            var text = blankTexts[slot].text
            if text.withUTF8({ memcmp($0.baseAddress!, bytes.baseAddress!, bytes.count) == 0 }) { return text }
        }
        let text = String(decoding: bytes, as: UTF8.self)
        blankTexts[slot] = (bytes.count, hash, text)
        return text
    }

    // MARK: Document type declarations

    mutating func entityDeclaration() {
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

    mutating func parserReported(_ reported: xmlError) {
        guard parserError == nil, reported.level == XML_ERR_FATAL || reported.level == XML_ERR_ERROR else { return }
        var message = reported.message.map { String(cString: $0) } ?? "malformed XML"
        if let newline = message.firstIndex(where: { $0 == "\n" || $0 == "\r" }) {
            message = String(message[..<newline])
        }
        message = String(message.reversed().drop { $0 == " " }.reversed())
        if message.hasPrefix("Input is not proper UTF-8") {
            message = "invalid UTF-8 (if the file uses another encoding, declare it: <?xml version=\"1.0\" encoding=\"...\"?>)"
        }
        parserError = InputError(
            file: file, location: SourceLocation(line: Int(reported.line), column: Int(reported.int2)),
            message: message.isEmpty ? "malformed XML" : message)
    }

    private mutating func fail(at location: SourceLocation, _ message: String) {
        error = InputError(file: file, location: location, message: message)
        if let context { xmlStopParser(context) }
    }

    // MARK: Positions

    /// Byte offset of libxml2's cursor in `source`.
    private func currentOffset() -> Int {
        XMLTreeBuilder.cursorOffset(in: context)
    }

    /// `currentOffset`, as a static function so that callers on the hot path pass only the
    /// context: an instance method that is not inlined is handed a copy of the whole builder.
    private static func cursorOffset(in context: xmlParserCtxtPtr?) -> Int {
        // Fields are read through the pointer: the whole input struct is not copied out.
        guard let input = context?.pointee.input, let base = input.pointee.base, let cur = input.pointee.cur else { return 0 }
        return Int(input.pointee.consumed) + base.distance(to: cur)
    }

    /// Position of the construct libxml2 has just read: the nearest `opening` before the
    /// cursor. A `<` cannot occur inside a start tag, so for elements this is exact.
    private static let tagOpening: [UInt8] = [UInt8(ascii: "<")]

    /// Where the cursor is in `source`, from which `StartTagLocator` finds the start tag
    /// just read; nil when the cursor is not in `source` (the location is then libxml2's).
    private static func currentTagEnd(context: xmlParserCtxtPtr?, sourceCount: Int) -> Int? {
        guard let context, context.pointee.inputNr == 1 else { return nil }
        return min(cursorOffset(in: context), sourceCount)
    }

    private mutating func currentTagLocation(opening marker: [UInt8]) -> SourceLocation {
        guard let context, context.pointee.inputNr == 1 else {
            let input = context?.pointee.input?.pointee
            return SourceLocation(line: Int(input?.line ?? 0), column: Int(input?.col ?? 0))
        }
        var end = min(currentOffset(), source.count)
        while let i = ByteSearch.lastOffset(of: marker[0], in: source, before: end) {
            if marker.count == 1
                || (i + marker.count <= source.count
                    && marker.indices.allSatisfy({ source[i + $0] == marker[$0] }))
            {
                return positions.location(ofOffset: i)
            }
            end = i
        }
        return positions.location(ofOffset: 0)
    }

    private func string(_ pointer: UnsafePointer<xmlChar>) -> String {
        String(cString: pointer)
    }
}
