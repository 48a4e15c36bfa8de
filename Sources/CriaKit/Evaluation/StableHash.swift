/// FNV-1a 64-bit: stable across runs and platforms (Swift's Hasher is seeded per process).
public struct StableHash {
    public private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    public init() {}

    public static func hex(_ text: String) -> String {
        var hash = StableHash()
        hash.add(text)
        return hex(hash.value)
    }

    /// The 16 lowercase hex digits of a hash, zero-padded: how reports and the history store
    /// spell fingerprints and content hashes.
    public static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    mutating func add(_ byte: UInt8) {
        value ^= UInt64(byte)
        value = value &* 0x0000_0100_0000_01b3
    }

    mutating func add(_ text: String) {
        let hashed: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
            for byte in bytes { add(byte) }
        }
        if hashed == nil {
            for byte in text.utf8 { add(byte) }
        }
    }

    /// For ASCII text, adds its words (runs of letters and digits) lowercased and joined by
    /// single spaces, as `lowercased().split { !isLetter && !isNumber }.joined(" ")` spells
    /// them, and returns true; returns false, having added nothing, for any other text.
    mutating func addWordsOfASCII(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return false }
            var wordsBefore = false, separated = false
            for byte in bytes {
                let lower = byte.asciiLowercased
                if (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39) {
                    if separated && wordsBefore { add(0x20) }
                    add(lower)
                    wordsBefore = true
                    separated = false
                } else {
                    separated = true
                }
            }
            return true
        } ?? false
    }
}
