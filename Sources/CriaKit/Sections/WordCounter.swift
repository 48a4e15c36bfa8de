/// Word counts: how long a text is, and whether it reads as prose.
public enum WordCounter {
    /// Words with at least one letter: "2025-04-08T09:30" is not prose.
    public static func countLetterWords(_ text: String) -> Int {
        text.split(whereSeparator: { $0.isWhitespace }).filter { $0.contains(where: \.isLetter) && $0.filter(\.isLetter).count >= 2 }.count
    }

    /// `countLetterWords(text) >= minimum`, reading only as far as it must.
    public static func hasLetterWords(_ text: String, atLeast minimum: Int) -> Bool {
        guard minimum > 0 else { return true }
        // Byte by byte, and scalar by scalar beyond ASCII for Latin letters and General
        // Punctuation: no scalar there joins the one before it into a character (`\r\n` is
        // one, but both halves are whitespace), and a character's first scalar says whether it
        // is a letter or whitespace, so whatever is decided before any other scalar stands.
        let decided =
            text.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
                var words = 0
                var letters = 0
                var i = 0
                while i < bytes.count {
                    let byte = bytes[i]
                    let isLetter: Bool
                    if byte < 0x80 {
                        i += 1
                        if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                            letters = 0
                            continue
                        }
                        isLetter = byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A
                    } else {
                        guard let (value, length) = latinOrPunctuationScalar(at: i, in: bytes) else { return nil }
                        i += length
                        if TextAccumulator.isWhitespaceBeyondASCII(value) {
                            letters = 0
                            continue
                        }
                        isLetter = WordRuns.isAlphabetic(Unicode.Scalar(value)!)
                    }
                    if isLetter {
                        letters += 1
                        if letters == 2 {
                            words += 1
                            if words == minimum { return true }
                        }
                    }
                }
                return false
            } ?? nil
        if let decided { return decided }
        var words = 0
        var letters = 0
        for character in text {
            if character.isWhitespace {
                letters = 0
            } else if character.isLetter {
                letters += 1
                if letters == 2 {
                    words += 1
                    if words == minimum { return true }
                }
            }
        }
        return false
    }

    /// The scalar at `i` (not ASCII) and its length in bytes, if it is in U+0080-U+017F or
    /// U+2000-U+207F (where `WordRuns.isAlphabetic` needs no Unicode tables but for a few
    /// superscripts); else nil.
    private static func latinOrPunctuationScalar(at i: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (UInt32, Int)? {
        let lead = bytes[i]
        if lead >= 0xC2 && lead <= 0xC5 {
            return (UInt32(lead & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F), 2)
        }
        guard lead == 0xE2, bytes[i + 1] == 0x80 || bytes[i + 1] == 0x81 else { return nil }
        return (0x2000 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F), 3)
    }

    /// Counts runs of letters or digits; "child's" and "11-16" count as one word each.
    public static func count(_ text: String) -> Int {
        count(text, stoppingAbove: .max)
    }

    /// `count(text)` when that is at most `limit`, else some number above `limit`: reads
    /// only as far as it must.
    static func count(_ text: String, stoppingAbove limit: Int) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            var words = WordRuns()
            let n = bytes.count
            var i = 0
            while i < n && words.count <= limit {
                if let base = bytes.baseAddress {
                    // Eight ASCII bytes at once.
                    while i + 8 <= n {
                        let chunk = UInt64(littleEndian: UnsafeRawPointer(base).loadUnaligned(fromByteOffset: i, as: UInt64.self))
                        let nonASCII = chunk & ASCIIChunk.highBits
                        guard nonASCII == 0 else {
                            let asciiCount = nonASCII.trailingZeroBitCount >> 3
                            for k in i..<(i + asciiCount) { words.add(ascii: bytes[k]) }
                            i += asciiCount
                            break
                        }
                        words.add(chunk: chunk)
                        i += 8
                        if words.count > limit { return words.count }
                    }
                    if i >= n { break }
                }
                i = words.add(characterAt: i, in: bytes)
            }
            return words.count
        }
    }
}

/// The state of `WordCounter.count`: words started so far, and whether the last character
/// read was part of one.
struct WordRuns {
    var count = 0
    var inWord = false

    /// One ASCII byte. `'` and `-` continue a word but never start one.
    mutating func add(ascii byte: UInt8) {
        if (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || (byte >= 0x30 && byte <= 0x39) {
            if !inWord { count += 1 }
            inWord = true
        } else if byte != 0x27 && byte != 0x2D {
            inWord = false
        }
    }

    /// Eight ASCII bytes (the first in the low byte).
    mutating func add(chunk: UInt64) {
        let lowered = chunk | (ASCIIChunk.ones &* 0x20)
        let letters = ASCIIChunk.atLeast(0x61, lowered) & ~ASCIIChunk.atLeast(0x7B, lowered)
        let digits = ASCIIChunk.atLeast(0x30, chunk) & ~ASCIIChunk.atLeast(0x3A, chunk)
        let wordBytes = letters | digits
        let carry: UInt64 = inWord ? 0x80 : 0
        let joiners = ASCIIChunk.zeroBytes(chunk ^ (ASCIIChunk.ones &* 0x27)) | ASCIIChunk.zeroBytes(chunk ^ (ASCIIChunk.ones &* 0x2D))
        // After each byte: in a word. A joiner keeps the state before it, which (joiners
        // being apart) is whether the byte before it was a word byte.
        var after = wordBytes
        if joiners != 0 {
            guard joiners & (joiners << 8) == 0 else {
                var k: UInt64 = 0
                while k < 64 { add(ascii: UInt8(truncatingIfNeeded: chunk >> k)); k += 8 }
                return
            }
            after |= joiners & (wordBytes << 8 | carry)
        }
        count += ASCIIChunk.countHighBits(wordBytes & ~(after << 8 | carry))
        inWord = after >> 63 != 0
    }

    /// The character starting at `i` (ASCII or not); returns where the next one starts.
    mutating func add(characterAt i: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let byte = bytes[i]
        if byte < 0x80 {
            add(ascii: byte)
            return i + 1
        }
        let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
        var value = UInt32(byte) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for k in 1..<length { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
        let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
        let isWordCharacter = Self.isAlphabetic(scalar) || (scalar == "’" && inWord)
        if isWordCharacter && !inWord { count += 1 }
        inWord = isWordCharacter
        return i + length
    }

    /// `scalar.properties.isAlphabetic`, answered without the Unicode tables for the
    /// non-ASCII scalars prose is full of: accented Latin letters (U+00C0-U+017F, all letters
    /// but × and ÷) and General Punctuation (U+2000-U+206F: dashes, quotes, spaces; none
    /// alphabetic).
    static func isAlphabetic(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0xAA, 0xB5, 0xBA: return true
        case 0x80...0xBF: return false
        case 0xD7, 0xF7: return false
        case 0xC0...0x17F: return true
        case 0x2000...0x206F: return false
        default: return scalar.properties.isAlphabetic
        }
    }
}
