/// Builds text with collapsed whitespace and block breaks as single spaces.
///
/// Works on UTF-8 bytes: runs of words are copied as they are, ASCII
/// whitespace is recognised byte by byte, and other characters are decoded only when they
/// could be Unicode whitespace.
struct TextAccumulator {
    private var bytes: [UInt8] = []
    private var pendingSpace = false

    var result: String { String(decoding: bytes, as: UTF8.self) }

    mutating func append(_ run: String) {
        var run = run
        run.withUTF8 { source in
            let count = source.count
            var i = 0
            while i < count {
                var length = Self.whitespaceLength(at: i, in: source)
                if length > 0 {
                    pendingSpace = true
                    i += length
                    continue
                }
                // One plain space between two words is kept as it is, so a whole line of
                // words is usually copied at once.
                let start = i
                repeat {
                    i += Self.characterLength(at: i, in: source)
                    if i + 1 < count, source[i] == 0x20, Self.whitespaceLength(at: i + 1, in: source) == 0 { i += 1 }
                    length = i < count ? Self.whitespaceLength(at: i, in: source) : 1
                } while length == 0
                if pendingSpace && !bytes.isEmpty { bytes.append(0x20) }
                pendingSpace = false
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[start..<i]))
            }
        }
    }

    mutating func breakBlock() { pendingSpace = true }

    private static func characterLength(at i: Int, in source: UnsafeBufferPointer<UInt8>) -> Int {
        let byte = source[i]
        return byte < 0x80 ? 1 : byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
    }

    /// The byte length of the character at `i` if it is whitespace, else 0. Unicode
    /// whitespace beyond ASCII lies in U+0080–U+00BF and U+1000–U+3FFF (lead bytes C2,
    /// E1, E2, E3), so only those characters are looked up.
    private static func whitespaceLength(at i: Int, in source: UnsafeBufferPointer<UInt8>) -> Int {
        let byte = source[i]
        if byte < 0x80 { return byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) ? 1 : 0 }
        guard byte == 0xC2 || (byte >= 0xE1 && byte <= 0xE3) else { return 0 }
        let length = byte == 0xC2 ? 2 : 3
        var value = UInt32(byte) & (length == 2 ? 0x1F : 0x0F)
        for k in 1..<length { value = value << 6 | UInt32(source[i + k] & 0x3F) }
        return Unicode.Scalar(value)?.properties.isWhitespace == true ? length : 0
    }
}
