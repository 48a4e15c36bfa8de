/// Turns byte offsets in a UTF-8 buffer into 1-based line:column positions, where columns
/// count Unicode scalars and lines end at `\n` (as libxml2 counts them).
///
/// Offsets are asked for in increasing order while parsing, so the counter resumes from
/// the last answer and the whole buffer is scanned at most once, eight bytes at a time.
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
        var i = offset
        let raw = UnsafeRawBufferPointer(bytes)
        while i + 8 <= target {
            let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            // High bit of each byte that starts a scalar (is not 10xxxxxx).
            let starts = ~(word & ~(word << 1)) & Self.highBits
            let newlines = Self.zeroBytes(word ^ Self.newlineBytes)
            if newlines == 0 {
                column += starts.nonzeroBitCount
            } else {
                line += newlines.nonzeroBitCount
                // Bytes after the last newline of the word start the new line's columns.
                let afterLast = 64 - newlines.leadingZeroBitCount
                column = 1 + (afterLast >= 64 ? 0 : (starts >> UInt64(afterLast)).nonzeroBitCount)
            }
            i += 8
        }
        while i < target {
            let byte = bytes[i]
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
            i += 1
        }
        self.offset = target
        self.line = line
        self.column = column
        return SourceLocation(line: line, column: column)
    }

    private static let highBits: UInt64 = 0x8080_8080_8080_8080
    private static let newlineBytes: UInt64 = 0x0A0A_0A0A_0A0A_0A0A

    /// The high bit of each byte of `word` that is zero, and no other bit.
    private static func zeroBytes(_ word: UInt64) -> UInt64 {
        let low7 = (word & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F
        return ~(low7 | word | 0x7F7F_7F7F_7F7F_7F7F)
    }
}
