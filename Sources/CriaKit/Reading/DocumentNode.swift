/// One node of the document tree that every input format is read into: an XML element,
/// a JSON member or array item, or an HTML element.
///
/// Text is kept in reading order as `pieces`: runs of text interleaved with children, so
/// that mixed content (`<p>Some <em>emphasis</em> here</p>`) reads as a person reads it.
public final class DocumentNode {
    public enum Kind: Sendable {
        case element  // XML or HTML element
        case object  // JSON object
        case array  // JSON array
        case value  // JSON scalar (string, number, boolean, null)
    }

    public enum Piece {
        case text(String)
        case child(Int)
    }

    // Stored properties are declared smallest first, so that they pack without gaps; the
    // node refers to its read document through one table, so that it has few counted
    // references to make and to free.
    public let kind: Kind
    @exclusivity(unchecked) private var flags: Flags = []
    /// For JSON scalars: the literal kind, so that `true` and `"true"` can be told apart.
    public internal(set) var scalarType: ScalarType?
    /// The node's entry in `elements`, or -1.
    private let entry: Int32
    /// A read element's attributes in `elements.attributes` and text runs in
    /// `elements.textRuns` (see `Flags.isReadElement`).
    @exclusivity(unchecked) private var attributeStart: Int32 = 0
    @exclusivity(unchecked) private var attributeCount: Int32 = 0
    @exclusivity(unchecked) private var runStart: Int32 = 0
    @exclusivity(unchecked) private var runCount: Int32 = 0
    @exclusivity(unchecked) private var storedLocation: SourceLocation
    /// For JSON nodes: where the value itself starts. `location` points at a member's key
    /// (what a person looks for); this points at the `{`, `[`, quote or first digit.
    public internal(set) var valueLocation: SourceLocation?
    /// Element name (local name for XML), JSON member name, or for array items the
    /// array's own name.
    public let label: String
    /// The path once spelled out (or as given).
    @exclusivity(unchecked) private var spelledPath: String?
    @exclusivity(unchecked) public private(set) var children: [DocumentNode] = []
    /// Not counted, so that a node costs no weak-reference side table. It is valid because
    /// the parent holds this node in `children` for its whole life and clears the reference
    /// in its `deinit`, so a node kept past its parent reads `parent` as nil.
    @exclusivity(unchecked) private var parentReference: Unmanaged<DocumentNode>?
    /// The text of a node without children (most leaves), kept without an array of its own.
    @exclusivity(unchecked) private var soleText: String?
    /// The table of the read document that `entry` is in: the node's path and location, and
    /// for a read element (`Flags.isReadElement`) its attributes, text runs and namespace.
    private let elements: PathTable?
    /// What few nodes have, kept aside so that the others need no room for it.
    @exclusivity(unchecked) private var extras: Extras?

    private struct Flags: OptionSet {
        let rawValue: UInt8
        static let isInline = Flags(rawValue: 1)
        /// `soleText` is known to need no whitespace collapsed (see `appendCollapsedText`),
        /// so that gathering it appends it without scanning it again.
        static let soleTextIsCollapsed = Flags(rawValue: 2)
        /// The location is to be read from `elements` (read nodes of XML, whose locations
        /// are found only when asked for).
        static let locationIsInTable = Flags(rawValue: 4)
        static let holdsHTML = Flags(rawValue: 8)
        /// The node is the element its entry was read for: its attributes, text runs and
        /// namespace are kept in `elements` (a node rebuilt from it shares only the path).
        static let isReadElement = Flags(rawValue: 16)
    }

    private final class Extras {
        var attributes: [(name: String, value: String)] = []
        /// The text runs once changed from those kept in `elements`, or of a node not read.
        var textRuns: [TextRun]?
    }

    /// XPath-like for XML and HTML (`/proposal/section[3]/p[2]`), JSON Pointer for JSON.
    public var path: String {
        if let spelledPath { return spelledPath }
        guard let elements, entry >= 0 else { return "" }
        let path = elements.path(at: Int(entry))
        spelledPath = path
        return path
    }

    /// Where the node starts in its source.
    public var location: SourceLocation {
        guard flags.contains(.locationIsInTable), let elements else { return storedLocation }
        storedLocation = elements.location(at: Int(entry))
        flags.remove(.locationIsInTable)
        return storedLocation
    }

    private func ownExtras() -> Extras {
        if let extras { return extras }
        let made = Extras()
        extras = made
        return made
    }

    public var attributes: Attributes {
        if attributeCount > 0, let elements {
            let start = Int(attributeStart)
            return Attributes(storage: .table(elements.attributes, start..<start + Int(attributeCount)))
        }
        return Attributes(storage: .list(extras?.attributes ?? []))
    }

    /// Gives a read element the attributes `range` of `elements.attributes`.
    func setReadAttributes(_ range: Range<Int>) {
        attributeStart = Int32(range.lowerBound)
        attributeCount = Int32(range.count)
    }

    public var pieces: [Piece] {
        if let soleText { return [.text(soleText)] }
        var pieces: [Piece] = []
        forEachPiece(text: { pieces.append(.text($0)) }, child: { pieces.append(.child($0)) })
        return pieces
    }

    /// The text of a node with children: each run with the number of children before it,
    /// so that the children themselves need no entry of their own to keep reading order.
    var textRuns: TextRuns {
        if runCount > 0, let elements {
            let start = Int(runStart)
            return TextRuns(start..<start + Int(runCount), in: elements.textRuns)
        }
        if let runs = extras?.textRuns { return TextRuns(runs) }
        return []
    }

    struct TextRun {
        /// How many children come before the run.
        let position: Int
        var text: String
    }

    /// Set for elements that sit inside running text (mixed content): their text reads as
    /// part of the parent's sentence, with no break around it.
    public internal(set) var isInline: Bool {
        get { flags.contains(.isInline) }
        set { if newValue { flags.insert(.isInline) } else { flags.remove(.isInline) } }
    }

    /// Namespace URI of an XML element, if any. Labels are always local names.
    public var namespace: String? {
        guard flags.contains(.isReadElement), let elements else { return nil }
        return elements.namespace(at: Int(entry))
    }

    /// For JSON strings that hold HTML: the markup was parsed into `children`, and the raw
    /// string is kept out of the text.
    public internal(set) var holdsHTML: Bool {
        get { flags.contains(.holdsHTML) }
        set { if newValue { flags.insert(.holdsHTML) } else { flags.remove(.holdsHTML) } }
    }

    /// The node whose `children` hold this one; nil once that node is gone.
    public var parent: DocumentNode? { parentReference?.takeUnretainedValue() }

    public enum ScalarType: Sendable { case string, number, boolean, null }

    public init(kind: Kind, label: String, path: String, location: SourceLocation) {
        self.kind = kind
        self.label = label
        self.entry = -1
        self.elements = nil
        self.spelledPath = path
        self.storedLocation = location
    }

    /// A node whose path is entry `index` of `table`, and so is its location when `location`
    /// is nil (each read from the table when first asked for).
    init(kind: Kind, label: String, pathEntry index: Int, in table: PathTable, location: SourceLocation?) {
        self.kind = kind
        self.label = label
        self.entry = Int32(index)
        self.elements = table
        self.storedLocation = location ?? .unknown
        if location == nil { self.flags = .locationIsInTable }
    }

    /// The element read as entry `index` of `table`: its path, location, attributes, text
    /// runs and namespace are read from there.
    init(kind: Kind, label: String, readEntry index: Int, in table: PathTable, isInline: Bool) {
        self.kind = kind
        self.label = label
        self.entry = Int32(index)
        self.elements = table
        self.storedLocation = .unknown
        self.flags = isInline ? [.isReadElement, .locationIsInTable, .isInline] : [.isReadElement, .locationIsInTable]
    }

    // Releasing a deep tree one level per nested deinit would overflow the stack, so
    // descendants that nobody else holds are detached and released one at a time. Children
    // that outlive their parent this way (someone else holds them) lose their `parent`:
    // each child, as it is let go of, forgets a parent that is going away (a node appended
    // to two parents names only the later one). Each detached `children` array is moved
    // whole onto the stack with its parent's address, not copied node by node. The stack is
    // made only when a child has children of its own to detach: most nodes that reach this
    // deinit with children (a node a section still held when its tree went) have none that
    // is not held elsewhere too, and a stack reserved up front cost each of them an allocation.
    deinit {
        guard !children.isEmpty else { return }
        var siblings = (parent: Unmanaged.passUnretained(self).toOpaque(), children: [DocumentNode]())
        swap(&siblings.children, &children)
        var pending: [(parent: UnsafeMutableRawPointer, children: [DocumentNode])] = []
        while true {
            while var node = siblings.children.popLast() {
                if node.parentReference?.toOpaque() == siblings.parent { node.parentReference = nil }
                if isKnownUniquelyReferenced(&node), !node.children.isEmpty {
                    var detached: [DocumentNode] = []
                    swap(&detached, &node.children)
                    pending.append((Unmanaged.passUnretained(node).toOpaque(), detached))
                }
            }
            guard let next = pending.popLast() else { return }
            siblings = next
        }
    }

    public func addAttribute(name: String, value: String) {
        var list = attributes.map { (name: $0.name, value: $0.value) }
        list.append((name, value))
        attributeCount = 0
        ownExtras().attributes = list
    }

    public func appendText(_ text: String) {
        guard !text.isEmpty else { return }
        if children.isEmpty {
            soleText = soleText.map { $0 + text } ?? text
            flags.remove(.soleTextIsCollapsed)
            return
        }
        let position = children.count
        changeTextRuns { runs in
            if let last = runs.last, last.position == position {
                runs[runs.count - 1].text = last.text + text
            } else if runs.isEmpty {
                runs = [TextRun(position: position, text: text)]
            } else {
                runs.append(TextRun(position: position, text: text))
            }
        }
    }

    /// Changes the text runs, which become the node's own (in `extras`).
    private func changeTextRuns(_ change: (inout [TextRun]) -> Void) {
        var runs = extras?.textRuns ?? Array(textRuns)
        runCount = 0
        let extras = ownExtras()
        extras.textRuns = nil
        change(&runs)
        extras.textRuns = runs
    }

    /// `appendText` for a reader closing an element without children: most have no text
    /// yet, and take this as it is.
    func appendLeafText(_ text: String) {
        guard soleText == nil, children.isEmpty, !text.isEmpty else { return appendText(text) }
        soleText = text
    }

    /// `appendText` of text that needs no whitespace collapsed, as `fullText` leaves it:
    /// words with one plain space between them and none at either end.
    func appendCollapsedText(_ text: String) {
        guard soleText == nil, children.isEmpty, !text.isEmpty else { return appendText(text) }
        soleText = text
        flags.insert(.soleTextIsCollapsed)
    }

    // A first run or child is stored as an array literal, which allocates at once what
    // an append to an empty array reaches through its general growth path.
    public func appendChild(_ child: DocumentNode) {
        child.parentReference = Unmanaged.passUnretained(self)
        if let text = soleText {
            ownExtras().textRuns = [TextRun(position: 0, text: text)]
            soleText = nil
            flags.remove(.soleTextIsCollapsed)
        }
        if children.isEmpty {
            children = [child]
        } else {
            children.append(child)
        }
    }

    /// Gives this node the children and text runs a reader gathered for it while it was
    /// open (the children's array allocated once at its final size). Runs must be in order,
    /// with no two at one position and none empty (as `appendText` would leave them).
    func adopt(children: [DocumentNode], textRuns runs: TextRuns) {
        guard soleText == nil, self.children.isEmpty, textRuns.isEmpty else {
            // The node has text of its own already: added piece by piece, to be merged.
            var next = 0
            for index in 0...children.count {
                if next < runs.count, runs[next].position == index {
                    appendText(runs[next].text)
                    next += 1
                }
                if index < children.count { appendChild(children[index]) }
            }
            return
        }
        if children.isEmpty {
            soleText = runs.first?.text
            return
        }
        let reference = Unmanaged.passUnretained(self)
        for child in children { child.parentReference = reference }
        self.children = children
        guard !runs.isEmpty else { return }
        if flags.contains(.isReadElement), let elements, let range = runs.range(in: elements.textRuns) {
            runStart = Int32(range.lowerBound)
            runCount = Int32(range.count)
        } else {
            ownExtras().textRuns = Array(runs)
        }
    }

    /// Readers call this when an element closes: children of an element that also holds
    /// non-blank text of its own are inline (mixed content), so they read as one sentence.
    public func markInlineChildrenIfMixed() {
        let hasOwnText = textRuns.contains { run in
            switch Self.asciiVisibility(run.text) {
            case .visible: true
            case .blank: false
            case .undecided: run.text.contains { !$0.isWhitespace }
            }
        }
        guard hasOwnText else { return }
        for child in children where child.kind == .element { child.isInline = true }
    }

    private enum ASCIIVisibility { case visible, blank, undecided }

    /// `.visible` if `text` has an ASCII byte other than whitespace: such a byte begins a
    /// scalar that is not whitespace and starts its Character (only Extend and joiner
    /// scalars continue one, and a cluster that begins with a prepended mark is not
    /// whitespace either). `.blank` if it is all ASCII whitespace. Either spares the
    /// Character walk, which only text with other scalars and no visible ASCII needs.
    private static func asciiVisibility(_ text: String) -> ASCIIVisibility {
        var isASCII = true
        for byte in text.utf8 {
            if byte >= 0x80 {
                isASCII = false
            } else if byte != 0x20 && !(0x09...0x0D).contains(byte) {
                return .visible
            }
        }
        return isASCII ? .blank : .undecided
    }

    public func attribute(_ name: String) -> String? {
        // Most nodes have none: asked first, that spares making the collection to search.
        guard hasAttributes else { return nil }
        // A read element's are looked up in the table by name alone, not made into an
        // `Attribute` each (a name, and the table retained) to compare its name.
        if attributeCount > 0, let elements {
            let start = Int(attributeStart)
            return elements.attributes.value(named: name, in: start..<start + Int(attributeCount))
        }
        return extras?.attributes.first { $0.name == name }?.value
    }

    /// Whether the node has any attribute.
    public var hasAttributes: Bool { attributeCount > 0 || extras?.attributes.isEmpty == false }

    /// This node's own text: its text runs plus the text of inline children, with
    /// whitespace collapsed. Block children are not included.
    public var ownText: String {
        var out = TextAccumulator()
        if let soleText { out.append(soleText) }
        forEachPiece(
            text: { out.append($0) },
            child: { index in
                if children[index].isInline {
                    children[index].appendFullText(to: &out)
                } else {
                    out.breakBlock()
                }
            })
        return out.result
    }

    /// The text runs and child indices of a node with children, in reading order.
    private func forEachPiece(text: (String) -> Void, child: (Int) -> Void) {
        let textRuns = self.textRuns
        var next = 0
        for index in 0...children.count {
            if next < textRuns.count, textRuns[next].position == index {
                text(textRuns[next].text)
                next += 1
            }
            if index < children.count { child(index) }
        }
    }

    /// All text of this node and its descendants in reading order, with a space wherever
    /// one block ends and another begins.
    public var fullText: String {
        var out = TextAccumulator()
        appendFullText(to: &out)
        return out.result
    }

    /// The opening of `fullText`: all of it, or (`isWhole` false) its first `limit` bytes or
    /// more (whole runs of text). A node that is a whole chapter is told from a short label
    /// without gathering the chapter's text.
    func fullTextOpening(bytes limit: Int) -> (text: String, isWhole: Bool) {
        var out = TextAccumulator()
        let isWhole = appendFullText(to: &out, stoppingPast: limit)
        return (out.result, isWhole)
    }

    /// Iterative, so that a deep tree cannot overflow the stack: each node being read is a
    /// frame with the next of its pieces, so the stack grows with depth, not with breadth.
    /// Stops (returning false) once `out` holds `limit` bytes with text still to come.
    @discardableResult
    func appendFullText(to out: inout TextAccumulator, stoppingPast limit: Int = .max) -> Bool {
        if children.isEmpty {
            // A leaf (most calls): its text runs between block breaks, with no walk.
            appendLeafText(to: &out)
            return true
        }
        struct Frame {
            let node: DocumentNode
            let runs: TextRuns
            /// The child to read next, after any text run at its position.
            var child = 0
            var run = 0
        }
        if kind == .value || !isInline { out.breakBlock() }
        var frames: [Frame] = []
        frames.reserveCapacity(8)
        frames.append(Frame(node: self, runs: textRuns))
        while let top = frames.last {
            if out.byteCount >= limit { return false }
            let node = top.node
            if top.run < top.runs.count, top.runs[top.run].position == top.child {
                out.append(top.runs[top.run].text)
                frames[frames.count - 1].run += 1
            }
            guard top.child < node.children.count else {
                if !node.isInline { out.breakBlock() }
                frames.removeLast()
                continue
            }
            frames[frames.count - 1].child += 1
            let child = node.children[top.child]
            if child.children.isEmpty {
                child.appendLeafText(to: &out)
            } else {
                // A node with children keeps its text in runs (`soleText` is nil).
                if child.kind == .value || !child.isInline { out.breakBlock() }
                frames.append(Frame(node: child, runs: child.textRuns))
            }
        }
        return true
    }

    /// `appendFullText` of a node without children.
    private func appendLeafText(to out: inout TextAccumulator) {
        if kind == .value || !isInline { out.breakBlock() }
        if let soleText {
            if flags.contains(.soleTextIsCollapsed) { out.appendCollapsed(soleText) } else { out.append(soleText) }
        }
        if !isInline { out.breakBlock() }
    }

    /// Depth-first walk in document order, the node itself first.
    public func walk(_ visit: (DocumentNode) -> Void) {
        visit(self)
        // A frame per open node's children with the place reached in them, rather than an
        // entry per node: most nodes are leaves and cost no stack entry of their own.
        var levels: [(siblings: [DocumentNode], next: Int)] = []
        if !children.isEmpty { levels.append((children, 0)) }
        while let top = levels.indices.last {
            let position = levels[top].next
            guard position < levels[top].siblings.count else {
                levels.removeLast()
                continue
            }
            levels[top].next = position + 1
            let node = levels[top].siblings[position]
            visit(node)
            let children = node.children
            if !children.isEmpty { levels.append((children, 0)) }
        }
    }

    public func firstChild(labelled names: Set<String>) -> DocumentNode? {
        children.first { names.contains($0.label.lowercased()) }
    }
}

// MARK: - For trees rebuilt from a read tree (the CLML and Akoma Ntoso simplifiers)

extension DocumentNode {
    /// A node with the path of `source`, left unspelled if `source` has not spelled it yet:
    /// most nodes of a rebuilt tree never have their path asked for.
    convenience init(kind: Kind, label: String, pathOf source: DocumentNode, location: SourceLocation) {
        if source.spelledPath == nil, let table = source.elements, source.entry >= 0 {
            self.init(kind: kind, label: label, pathEntry: Int(source.entry), in: table, location: location)
        } else {
            self.init(kind: kind, label: label, path: source.path, location: location)
        }
    }

    /// A node with the path and location of `source`, each left unread if `source` has not
    /// read it yet.
    convenience init(kind: Kind, label: String, pathAndLocationOf source: DocumentNode) {
        if source.flags.contains(.locationIsInTable), let table = source.elements {
            self.init(kind: kind, label: label, pathEntry: Int(source.entry), in: table, location: nil)
            spelledPath = source.spelledPath
        } else {
            self.init(kind: kind, label: label, pathOf: source, location: source.location)
        }
    }
}
