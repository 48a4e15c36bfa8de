/// A fast 64-bit non-cryptographic hash for telling whether a rule pack changed: FNV-1a's
/// xor-then-multiply, over 8-byte words rather than bytes, with an xor-shift after each
/// multiply so that high bits mix down too. Every step is invertible, so a change confined
/// to one word always changes the hash.
struct PackHasher {
    private(set) var value: UInt64 = 0xCBF2_9CE4_8422_2325

    private mutating func mix(_ word: UInt64) {
        value = (value ^ word) &* 0x9E37_79B9_7F4A_7C15
        value ^= value >> 29
    }

    mutating func combine(_ bytes: UnsafeRawBufferPointer) {
        mix(UInt64(bytes.count))
        var offset = 0
        while bytes.count - offset >= 8 {
            mix(UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
            offset += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while offset < bytes.count {
            tail |= UInt64(bytes[offset]) << shift
            shift += 8
            offset += 1
        }
        mix(tail)
    }

    mutating func combine(_ text: String) {
        var text = text
        text.withUTF8 { combine(UnsafeRawBufferPointer($0)) }
    }

    mutating func combine(_ number: Int) { mix(UInt64(bitPattern: Int64(number))) }

    /// The hash of a cache file's payload, which every check reads (half a megabyte): 32
    /// bytes a step in four lanes, each word mixed into its lane as `combine` mixes it, then
    /// the lanes and the last bytes mixed in order. That takes half the instructions of one
    /// lane, and each step stays invertible, so a change confined to one word still changes
    /// the hash.
    static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var lanes = (PackHasher(), PackHasher(), PackHasher(), PackHasher())
        lanes.1.mix(1)
        lanes.2.mix(2)
        lanes.3.mix(3)
        var offset = 0
        while bytes.count - offset >= 32 {
            lanes.0.mix(UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
            lanes.1.mix(UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self)))
            lanes.2.mix(UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset + 16, as: UInt64.self)))
            lanes.3.mix(UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset + 24, as: UInt64.self)))
            offset += 32
        }
        var hasher = PackHasher()
        hasher.mix(lanes.0.value)
        hasher.mix(lanes.1.value)
        hasher.mix(lanes.2.value)
        hasher.mix(lanes.3.value)
        hasher.combine(UnsafeRawBufferPointer(rebasing: bytes[offset...]))
        hasher.combine(bytes.count)
        return hasher.value
    }
}
