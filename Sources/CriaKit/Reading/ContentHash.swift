/// A 64-bit hash of a file's bytes, eight at a time (a multiply and a rotate per word, so
/// that hashing a batch's files costs a small fraction of reading them). Stable across runs
/// and machines: baselines store it.
enum ContentHash {
    static func of(_ bytes: [UInt8]) -> UInt64 {
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        bytes.withUnsafeBytes { buffer in
            let words = buffer.count / 8
            for index in 0..<words {
                let word = UInt64(littleEndian: buffer.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self))
                hash = ((hash ^ word) &* 0xFF51_AFD7_ED55_8CCD)
                hash = (hash << 29) | (hash >> 35)
            }
            for index in (words * 8)..<buffer.count {
                hash = (hash ^ UInt64(buffer[index])) &* 0x0000_0100_0000_01B3
            }
        }
        hash ^= hash >> 33
        hash = hash &* 0xC4CE_B9FE_1A85_EC53
        return hash ^ (hash >> 33)
    }
}
