/// The JSON parser behind `JSONReader`: iterative (an explicit stack of open containers),
/// so nesting depth is bounded by `ReadLimits.maxDepth`, never by the thread's stack.
struct JSONParser {
    let bytes: UnsafeBufferPointer<UInt8>
    let file: String
    let limits: ReadLimits
    var pos = 0
    var line = 1
    /// Byte offset where the current line starts.
    var lineStart = 0
    /// Columns are counted in Unicode scalars; this caches the column of byte `columnOffset`
    /// on the current line so that locating each value costs only the bytes since the last.
    var columnOffset = 0
    var columnValue = 1
    var stack: [Frame] = []

    struct Frame {
        let node: DocumentNode
        let isObject: Bool
        let opened: SourceLocation
        var count = 0
        /// Member names seen so far, built only once an object grows large; small objects
        /// are checked for duplicates by scanning their children.
        var keyIndex: [ExactKey: SourceLocation]?
    }

    init(bytes: UnsafeBufferPointer<UInt8>, file: String, limits: ReadLimits) {
        self.bytes = bytes
        self.file = file
        self.limits = limits
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            pos = 3
            lineStart = 3
            columnOffset = 3
        }
    }

    mutating func parseDocument() throws -> DocumentNode {
        skipWhitespace()
        guard pos < bytes.count else { throw InputError(file: file, message: "empty document") }
        let root = try parseValue(label: "", path: "", keyLocation: nil)
        while !stack.isEmpty { try parseNextInContainer() }
        skipWhitespace()
        if pos < bytes.count {
            if startsComment() { throw error("comments are not allowed in JSON", at: pos) }
            throw error("unexpected content after the JSON value", at: pos)
        }
        return root
    }

    /// Reads one member or item of the innermost open container, or its closing bracket.
    private mutating func parseNextInContainer() throws {
        let top = stack.count - 1
        let isObject = stack[top].isObject
        let close: UInt8 = isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")
        skipWhitespace()
        guard pos < bytes.count else { throw unclosed(stack[top]) }
        if bytes[pos] == close {
            pos += 1
            stack.removeLast()
            return
        }
        if stack[top].count > 0 {
            guard bytes[pos] == UInt8(ascii: ",") else {
                if startsComment() { throw error("comments are not allowed in JSON", at: pos) }
                throw error(isObject ? "expected ',' or '}' after object member" : "expected ',' or ']' after array item", at: pos)
            }
            let comma = (pos, line, lineStart)
            pos += 1
            skipWhitespace()
            guard pos < bytes.count else { throw unclosed(stack[top]) }
            if bytes[pos] == close {
                let place = locate(comma.0, line: comma.1, lineStart: comma.2)
                throw InputError(file: file, location: place, message: isObject ? "trailing comma in object" : "trailing comma in array")
            }
        }
        let parent = stack[top].node
        let index = stack[top].count
        stack[top].count += 1
        if isObject {
            try parseMember(of: parent, frame: top)
        } else {
            let child = try parseValue(label: parent.label, path: childPath(parent.path, String(index)), keyLocation: nil)
            parent.appendChild(child)
        }
    }

    private mutating func parseMember(of parent: DocumentNode, frame top: Int) throws {
        let b = bytes[pos]
        guard b == UInt8(ascii: "\"") else {
            if b == UInt8(ascii: "'") { throw error("strings must use double quotes", at: pos) }
            if startsComment() { throw error("comments are not allowed in JSON", at: pos) }
            throw error("expected a member name in double quotes", at: pos)
        }
        let keyLocation = location(of: pos)
        let key = try parseString()
        try checkDuplicate(key, at: keyLocation, frame: top)
        skipWhitespace()
        guard pos < bytes.count else { throw unclosed(stack[top]) }
        guard bytes[pos] == UInt8(ascii: ":") else {
            if startsComment() { throw error("comments are not allowed in JSON", at: pos) }
            throw error("expected ':' after object key", at: pos)
        }
        pos += 1
        skipWhitespace()
        guard pos < bytes.count else { throw unclosed(stack[top]) }
        let child = try parseValue(label: key, path: childPath(parent.path, JSONPointer.escape(key)), keyLocation: keyLocation)
        parent.appendChild(child)
    }

    private func childPath(_ parent: String, _ step: String) -> String {
        var path = parent
        path.reserveCapacity(parent.utf8.count + 1 + step.utf8.count)
        path.append("/")
        path.append(step)
        return path
    }

    private mutating func checkDuplicate(_ key: String, at location: SourceLocation, frame top: Int) throws {
        let children = stack[top].node.children
        var first: SourceLocation?
        if children.count < 16 {
            // `==` is fast and implied by byte equality; bytes decide only when it holds.
            first = children.first { $0.label == key && $0.label.utf8.elementsEqual(key.utf8) }?.location
        } else {
            if stack[top].keyIndex == nil {
                var index: [ExactKey: SourceLocation] = [:]
                for child in children { index[ExactKey(child.label)] = child.location }
                stack[top].keyIndex = index
            }
            first = stack[top].keyIndex![ExactKey(key)]
            if first == nil { stack[top].keyIndex![ExactKey(key)] = location }
        }
        if let first {
            throw InputError(file: file, location: location, message: "duplicate key \(quoted(key)) (first at \(first))")
        }
    }

    /// Parses the value starting at `pos` (which is not whitespace and not the end). A
    /// container is opened and pushed; its contents are read by the caller's loop.
    mutating func parseValue(label: String, path: String, keyLocation: SourceLocation?) throws -> DocumentNode {
        let start = pos
        let valueLocation = location(of: start)
        let node: DocumentNode
        switch bytes[start] {
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            let isObject = bytes[start] == UInt8(ascii: "{")
            guard stack.count < limits.maxDepth else {
                throw error("nesting deeper than \(limits.maxDepth) levels (--max-depth)", at: start)
            }
            node = DocumentNode(kind: isObject ? .object : .array, label: label, path: path, location: keyLocation ?? valueLocation)
            pos += 1
            stack.append(Frame(node: node, isObject: isObject, opened: valueLocation))
        case UInt8(ascii: "\""):
            let text = try parseString()
            node = DocumentNode(kind: .value, label: label, path: path, location: keyLocation ?? valueLocation)
            node.scalarType = .string
            if HTMLDetection.looksLikeHTML(text) {
                node.holdsHTML = true
                for child in HTMLReader.readFragment(html: text, file: file, at: valueLocation, pathPrefix: path, limits: limits) {
                    node.appendChild(child)
                }
            } else {
                node.appendText(text)
            }
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            let text = try parseNumber()
            node = DocumentNode(kind: .value, label: label, path: path, location: keyLocation ?? valueLocation)
            node.scalarType = .number
            node.appendText(text)
        default:
            let (text, type) = try parseLiteral()
            node = DocumentNode(kind: .value, label: label, path: path, location: keyLocation ?? valueLocation)
            node.scalarType = type
            node.appendText(text)
        }
        node.valueLocation = valueLocation
        return node
    }

    mutating func skipWhitespace() {
        while pos < bytes.count {
            switch bytes[pos] {
            case 0x20, 0x09:
                pos += 1
            case 0x0A:
                pos += 1
                startLine()
            case 0x0D:
                pos += 1
                if pos < bytes.count, bytes[pos] == 0x0A { pos += 1 }
                startLine()
            default:
                return
            }
        }
    }

    private mutating func startLine() {
        line += 1
        lineStart = pos
        columnOffset = pos
        columnValue = 1
    }

    /// The location of byte `offset`, which must be on the current line.
    mutating func location(of offset: Int) -> SourceLocation {
        if offset < columnOffset {
            columnOffset = lineStart
            columnValue = 1
        }
        var column = columnValue
        var i = columnOffset
        while i < offset {
            if bytes[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        columnOffset = offset
        columnValue = column
        return SourceLocation(line: line, column: column)
    }

    /// The location of a byte on an earlier line, for the rare error that points back.
    func locate(_ offset: Int, line: Int, lineStart: Int) -> SourceLocation {
        var column = 1
        for i in lineStart..<offset where bytes[i] & 0xC0 != 0x80 { column += 1 }
        return SourceLocation(line: line, column: column)
    }

    mutating func error(_ message: String, at offset: Int) -> InputError {
        InputError(file: file, location: location(of: offset), message: message)
    }

    private mutating func unclosed(_ frame: Frame) -> InputError {
        let what = frame.isObject ? "object" : "array"
        return error("unexpected end of input: \(what) opened at \(frame.opened) is not closed", at: pos)
    }

    func startsComment() -> Bool {
        pos + 1 < bytes.count && bytes[pos] == UInt8(ascii: "/")
            && (bytes[pos + 1] == UInt8(ascii: "/") || bytes[pos + 1] == UInt8(ascii: "*"))
    }
}

/// A string for an error message: in double quotes, control characters escaped, long
/// strings shortened.
func quoted(_ text: String) -> String {
    var out = "\""
    for (n, scalar) in text.unicodeScalars.enumerated() {
        if n == 60 { out += "…"; break }
        switch scalar {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case "\n": out += "\\n"
        case "\t": out += "\\t"
        case _ where scalar.value < 0x20: out += "\\u" + hex4(scalar.value)
        default: out.unicodeScalars.append(scalar)
        }
    }
    return out + "\""
}

func hex4(_ value: UInt32) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
}
