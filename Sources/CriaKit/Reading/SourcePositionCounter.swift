/// Turns byte offsets in a UTF-8 buffer into 1-based line:column positions, where columns
/// count Unicode scalars and lines end at `\n` (as libxml2 counts them).
///
/// Offsets are asked for in increasing order while parsing, so the counter resumes from
/// the last answer and the whole buffer is scanned at most once.
struct SourcePositionCounter {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var offset = 0
    private var line = 1
    private var column = 1

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    mutating func location(ofOffset target: Int) -> SourceLocation {
        let target = max(0, min(target, bytes.count))
        if target < offset {
            offset = 0
            line = 1
            column = 1
        }
        var line = self.line
        var column = self.column
        for byte in bytes[offset..<target] {
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        self.offset = target
        self.line = line
        self.column = column
        return SourceLocation(line: line, column: column)
    }
}
