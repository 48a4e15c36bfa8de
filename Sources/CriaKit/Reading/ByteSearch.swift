/// Byte searches over a buffer, eight bytes at a time.
enum ByteSearch {
    /// Offset of the last `byte` in `bytes[..<end]`, if any.
    static func lastOffset(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, before end: Int) -> Int? {
        let raw = UnsafeRawBufferPointer(bytes)
        let pattern = UInt64(byte) &* 0x0101_0101_0101_0101
        var i = min(end, bytes.count)
        while i >= 8 {
            let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i - 8, as: UInt64.self))
            let matches = zeroBytes(word ^ pattern)
            // Little-endian: the highest matching byte of the word is the last in memory.
            if matches != 0 { return i - 8 + (63 - matches.leadingZeroBitCount) / 8 }
            i -= 8
        }
        while i > 0 {
            i -= 1
            if bytes[i] == byte { return i }
        }
        return nil
    }

    /// Whether `bytes` hold `word`; with `foldingCapitals`, their ASCII capitals read as small
    /// letters (the word is then in small letters).
    static func contains(_ word: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>, foldingCapitals: Bool = false) -> Bool {
        guard !word.isEmpty, word.count <= bytes.count else { return word.isEmpty }
        for start in 0...(bytes.count - word.count) {
            var k = 0
            while k < word.count && (foldingCapitals ? bytes[start + k].asciiLowercased : bytes[start + k]) == word[k] { k += 1 }
            if k == word.count { return true }
        }
        return false
    }

    /// The high bit of each byte of `word` that is zero, and no other bit.
    static func zeroBytes(_ word: UInt64) -> UInt64 {
        let low7 = (word & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F
        return ~(low7 | word | 0x7F7F_7F7F_7F7F_7F7F)
    }
}
