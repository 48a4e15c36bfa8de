/// Finds the bytes a JSON string must escape (`"`, `\` and controls below 0x20), eight
/// bytes at a time: report strings are long and rarely hold one.
enum JSONEscapes {
    static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == 0x22 || byte == 0x5C
    }

    /// The index of the first byte at or after `start` that needs escaping, else `source.count`.
    static func firstIndex(in source: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var i = start
        if let base = source.baseAddress {
            let raw = UnsafeRawPointer(base)
            while i + 8 <= source.count {
                let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                let found = bytesBelow0x20(word) | ByteSearch.zeroBytes(word ^ (ones &* 0x22)) | ByteSearch.zeroBytes(word ^ (ones &* 0x5C))
                // A borrow can only mark bytes above a true match, so the lowest mark is exact.
                if found != 0 { return i + found.trailingZeroBitCount / 8 }
                i += 8
            }
        }
        while i < source.count && !needsEscape(source[i]) { i += 1 }
        return i
    }

    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// The high bit of each byte below 0x20 (and possibly of bytes above one that is).
    private static func bytesBelow0x20(_ word: UInt64) -> UInt64 {
        (word &- ones &* 0x20) & ~word & highBits
    }
}
