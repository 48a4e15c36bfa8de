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

    static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hasher = PackHasher()
        hasher.combine(bytes)
        return hasher.value
    }
}
