/// An ASCII label's key (`StructureVocabulary.key`: lowercase, without `_`, `-`, `.` and
/// spaces) packed into three words, so that it is looked up with no String and no `Hasher`.
struct PackedKey: Equatable {
    static let capacity = 24

    private var words: (low: UInt64, middle: UInt64, high: UInt64) = (0, 0, 0)
    private var count = 0

    /// Nil when a byte is not ASCII or the key is longer than `capacity`.
    init?(_ label: UnsafeBufferPointer<UInt8>) {
        if Self.packWhole(label, into: &words) {
            count = label.count
            return
        }
        words = (0, 0, 0)
        var count = 0
        let fits = withUnsafeMutableBytes(of: &words) { key -> Bool in
            for byte in label {
                guard byte < 0x80 else { return false }
                if byte == 0x5F || byte == 0x2D || byte == 0x20 || byte == 0x2E { continue }
                guard count < Self.capacity else { return false }
                key[count] = byte.asciiLowercased
                count += 1
            }
            return true
        }
        guard fits else { return nil }
        self.count = count
    }

    /// Packs a label that is its own key but for case (nearly all): at most `capacity` ASCII
    /// bytes, none of them dropped. Eight bytes are tested and lowercased at once; false, with
    /// `words` to be cleared, for any other label.
    private static func packWhole(_ label: UnsafeBufferPointer<UInt8>, into words: inout (low: UInt64, middle: UInt64, high: UInt64)) -> Bool {
        guard label.count <= capacity, let base = label.baseAddress else { return label.isEmpty }
        withUnsafeMutableBytes(of: &words) { $0.baseAddress!.copyMemory(from: base, byteCount: label.count) }
        func lowered(_ chunk: inout UInt64) -> Bool {
            guard chunk & ASCIIChunk.highBits == 0 else { return false }
            let dropped =
                ASCIIChunk.equal(0x5F, chunk) | ASCIIChunk.equal(0x2D, chunk)
                | ASCIIChunk.equal(0x20, chunk) | ASCIIChunk.equal(0x2E, chunk)
            guard dropped == 0 else { return false }
            let upper = ASCIIChunk.atLeast(0x41, chunk) & ~ASCIIChunk.atLeast(0x5B, chunk)
            chunk |= upper >> 2
            return true
        }
        // Bytes past the label are zero, which is neither dropped nor uppercase.
        return lowered(&words.low)
            && (label.count <= 8 || lowered(&words.middle))
            && (label.count <= 16 || lowered(&words.high))
    }

    static func == (a: PackedKey, b: PackedKey) -> Bool {
        a.words == b.words && a.count == b.count
    }

    /// Multiplicative hashing: the top `bits` bits of the mixed words.
    func slot(bits: Int) -> Int {
        let mixed =
            (words.low &* 0x9E37_79B9_7F4A_7C15) ^ (words.middle &* 0xC2B2_AE3D_27D4_EB4F)
            ^ (words.high &* 0x1656_67B1_9E37_79F9) ^ UInt64(count)
        return Int(truncatingIfNeeded: (mixed &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - bits))
    }
}
