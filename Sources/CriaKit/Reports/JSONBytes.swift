/// JSON text built as UTF-8 bytes: reports are large, and appending bytes costs far less
/// than appending to a `String`.
struct JSONBytes {
    var bytes: [UInt8] = []

    var string: String { String(decoding: bytes, as: UTF8.self) }

    mutating func write(_ value: JSONValue, indent: Int?) {
        switch value {
        case .null: append("null")
        case .bool(let value): append(value ? "true" : "false")
        case .int(let value): writeInt(value)
        case .string(let value): writeString(value)
        case .array(let items):
            if items.isEmpty { append("[]"); return }
            bytes.append(UInt8(ascii: "["))
            let inner = indent.map { $0 + 1 }
            for (number, item) in items.enumerated() {
                if number > 0 { bytes.append(UInt8(ascii: ",")) }
                newline(inner)
                write(item, indent: inner)
            }
            newline(indent)
            bytes.append(UInt8(ascii: "]"))
        case .object(let members):
            if members.isEmpty { append("{}"); return }
            bytes.append(UInt8(ascii: "{"))
            let inner = indent.map { $0 + 1 }
            for (number, member) in members.enumerated() {
                if number > 0 { bytes.append(UInt8(ascii: ",")) }
                newline(inner)
                writeString(member.0)
                if indent == nil { bytes.append(UInt8(ascii: ":")) } else { append(": ") }
                write(member.1, indent: inner)
            }
            newline(indent)
            bytes.append(UInt8(ascii: "}"))
        }
    }

    mutating func append(_ text: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Decimal digits, as `String(value)` writes them, without making the String.
    mutating func writeInt(_ value: Int) {
        if value >= 0 && value < 10 {
            bytes.append(0x30 + UInt8(truncatingIfNeeded: value))
            return
        }
        // Filled from the end and appended at once: at most 19 digits and a sign.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var start = digits.count
            var magnitude = value.magnitude
            repeat {
                start -= 1
                digits[start] = UInt8(truncatingIfNeeded: magnitude % 10) + 0x30
                magnitude /= 10
            } while magnitude > 0
            if value < 0 {
                start -= 1
                digits[start] = UInt8(ascii: "-")
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: digits[start...]))
        }
    }

    mutating func newline(_ indent: Int?) {
        guard let indent else { return }
        if 2 * indent < Self.newlineAndSpaces.utf8CodeUnitCount {
            bytes.append(contentsOf: UnsafeBufferPointer(start: Self.newlineAndSpaces.utf8Start, count: 1 + 2 * indent))
            return
        }
        bytes.append(0x0A)
        var spaces = 2 * indent
        while spaces > 0 {
            let run = min(spaces, Self.newlineAndSpaces.utf8CodeUnitCount - 1)
            bytes.append(contentsOf: UnsafeBufferPointer(start: Self.newlineAndSpaces.utf8Start + 1, count: run))
            spaces -= run
        }
    }

    /// A line break and the spaces of up to 16 levels of indent after it.
    static let newlineAndSpaces: StaticString = "\n                                "

    /// Quotes and escapes: `"`, `\` and control characters; the runs between them are copied whole.
    mutating func writeString(_ text: String) {
        bytes.append(0x22)
        appendEscaped(text)
        bytes.append(0x22)
    }

    /// `text` escaped as inside a JSON string, without the quotes: a string written in pieces.
    mutating func appendEscaped(_ text: String) {
        var text = text
        text.withUTF8 { source in
            var runStart = 0
            var i = JSONEscapes.firstIndex(in: source, from: 0)
            while i < source.count {
                let byte = source[i]
                guard JSONEscapes.needsEscape(byte) else { i += 1; continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<i]))
                switch byte {
                case 0x22: append("\\\"")
                case 0x5C: append("\\\\")
                case 0x0A: append("\\n")
                case 0x0D: append("\\r")
                case 0x09: append("\\t")
                default:
                    append("\\u00")
                    let digits: StaticString = "0123456789abcdef"
                    bytes.append(digits.utf8Start[Int(byte >> 4)])
                    bytes.append(digits.utf8Start[Int(byte & 0x0F)])
                }
                runStart = i + 1
                i = JSONEscapes.firstIndex(in: source, from: runStart)
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<source.count]))
        }
    }
}
