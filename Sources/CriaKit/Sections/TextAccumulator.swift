/// Builds text with collapsed whitespace and block breaks as single spaces.
///
/// Works on UTF-8 bytes: runs of words are copied as they are, ASCII
/// whitespace is recognised byte by byte, and other characters are decoded only when they
/// could be Unicode whitespace.
///
/// Most text is a single run that needs no collapsing (a paragraph's one line of words); that
/// run is kept as the String it came in, so the result shares its storage instead of copying
/// and re-validating it.
struct TextAccumulator {
    private var bytes: [UInt8] = []
    /// All the text so far, when it is one run appended as it was.
    private var whole: String?
    private var pendingSpace = false

    var result: String {
        if let whole { return whole }
        // Nodes whose own text is only whitespace between children come out empty.
        if bytes.isEmpty { return "" }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// How many bytes of text `result` holds so far.
    var byteCount: Int { whole?.utf8.count ?? bytes.count }

    mutating func append(_ run: String) {
        var contiguous = run
        contiguous.withUTF8 { source in
            let count = source.count
            var i = 0
            while i < count {
                let length = Self.whitespaceLength(at: i, in: source)
                if length > 0 {
                    pendingSpace = true
                    i += length
                    continue
                }
                let start = i
                i = Self.endOfWords(from: i, in: source)
                if start == 0 && i == count && whole == nil && bytes.isEmpty {
                    whole = run
                    pendingSpace = false
                    return
                }
                if let text = whole {
                    bytes.reserveCapacity(text.utf8.count + 1 + count)
                    bytes.append(contentsOf: text.utf8)
                    whole = nil
                } else if bytes.isEmpty {
                    bytes.reserveCapacity(count)
                }
                if pendingSpace && !bytes.isEmpty { bytes.append(0x20) }
                pendingSpace = false
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[start..<i]))
            }
        }
    }

    /// `append` of a run that needs no collapsing (as `result` leaves text: words with one
    /// plain space between them and none at either end), without scanning it.
    mutating func appendCollapsed(_ run: String) {
        guard !run.isEmpty else { return }
        if whole == nil && bytes.isEmpty {
            whole = run
            pendingSpace = false
            return
        }
        let count = run.utf8.count
        if let text = whole {
            bytes.reserveCapacity(text.utf8.count + 1 + count)
            bytes.append(contentsOf: text.utf8)
            whole = nil
        }
        if pendingSpace { bytes.append(0x20) }
        pendingSpace = false
        bytes.append(contentsOf: run.utf8)
    }

    mutating func breakBlock() { pendingSpace = true }

    /// Where the words starting at `start` (not whitespace) end: at whitespace that is not
    /// one plain space between two words, or at the end. One plain space between two words is
    /// kept as it is, so a whole line of words is usually copied at once.
    private static func endOfWords(from start: Int, in source: UnsafeBufferPointer<UInt8>) -> Int {
        let count = source.count
        var i = start
        while true {
            // Eight ASCII bytes at once while they hold no whitespace but lone spaces. The
            // byte before `i` is never whitespace, so a space first in a chunk is a lone one.
            if let base = source.baseAddress {
                while i + 8 <= count {
                    let chunk = UInt64(littleEndian: UnsafeRawPointer(base).loadUnaligned(fromByteOffset: i, as: UInt64.self))
                    guard let spaces = wordsAndSpaces(chunk) else { break }
                    if spaces >> 63 != 0 {
                        // A last space is lone only if a word follows it.
                        guard i + 8 < count, !isASCIIWhitespaceOrHigh(source[i + 8]) else { break }
                    }
                    i += 8
                }
                // The last bytes, fewer than eight, in the eight that end the text (those
                // before `i` were read already, and none is `start`'s predecessor): the words
                // run to the end when no space is last.
                if i < count && i + 8 > count && count - 8 >= start {
                    let chunk = UInt64(littleEndian: UnsafeRawPointer(base).loadUnaligned(fromByteOffset: count - 8, as: UInt64.self))
                    if let spaces = wordsAndSpaces(chunk), spaces >> 63 == 0 { return count }
                }
            }
            if i >= count { return count }
            if whitespaceLength(at: i, in: source) > 0 {
                guard source[i] == 0x20, i + 1 < count, whitespaceLength(at: i + 1, in: source) == 0 else { return i }
                i += 1
            } else {
                i += characterLength(at: i, in: source)
            }
        }
    }

    /// The spaces of eight ASCII bytes (0x80 in each byte that is one) when every byte below
    /// `!` is a space and no two spaces are next to each other; nil otherwise. Whitespace
    /// controls end the words, and other controls (rare) are left to the byte-by-byte path.
    @inline(__always)
    private static func wordsAndSpaces(_ chunk: UInt64) -> UInt64? {
        guard chunk & ASCIIChunk.highBits == 0 else { return nil }
        let belowBang = ASCIIChunk.highBits & ~ASCIIChunk.atLeast(0x21, chunk)
        let spaces = ASCIIChunk.zeroBytes(chunk ^ (ASCIIChunk.ones &* 0x20))
        guard belowBang == spaces, spaces & (spaces << 8) == 0 else { return nil }
        return spaces
    }

    /// ASCII whitespace, or a byte of a character beyond ASCII (which may be whitespace).
    private static func isASCIIWhitespaceOrHigh(_ byte: UInt8) -> Bool {
        byte >= 0x80 || byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
    }

    private static func characterLength(at i: Int, in source: UnsafeBufferPointer<UInt8>) -> Int {
        let byte = source[i]
        return byte < 0x80 ? 1 : byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
    }

    /// The byte length of the character at `i` if it is whitespace, else 0. Unicode
    /// whitespace beyond ASCII lies in U+0080–U+00BF and U+1000–U+3FFF (lead bytes C2,
    /// E1, E2, E3), so only those characters are decoded.
    private static func whitespaceLength(at i: Int, in source: UnsafeBufferPointer<UInt8>) -> Int {
        let byte = source[i]
        if byte < 0x80 { return byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) ? 1 : 0 }
        guard byte == 0xC2 || (byte >= 0xE1 && byte <= 0xE3) else { return 0 }
        let length = byte == 0xC2 ? 2 : 3
        var value = UInt32(byte) & (length == 2 ? 0x1F : 0x0F)
        for k in 1..<length { value = value << 6 | UInt32(source[i + k] & 0x3F) }
        return isWhitespaceBeyondASCII(value) ? length : 0
    }

    /// `properties.isWhitespace` of a scalar beyond ASCII, from Unicode's short White_Space
    /// list rather than its property tables.
    static func isWhitespaceBeyondASCII(_ value: UInt32) -> Bool {
        switch value {
        case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }
}
