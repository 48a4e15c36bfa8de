/// Byte-class tests on eight ASCII bytes (each below 0x80) at once: each answer is the
/// high bit of every byte for which the test holds.
enum ASCIIChunk {
    static let ones: UInt64 = 0x0101_0101_0101_0101
    static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// Bytes `>= bound`. A byte below 0x80 plus `0x80 - bound` never carries into the next.
    static func atLeast(_ bound: UInt8, _ chunk: UInt64) -> UInt64 {
        (chunk &+ ones &* UInt64(0x80 - bound)) & highBits
    }

    static func equal(_ value: UInt8, _ chunk: UInt64) -> UInt64 {
        atLeast(value, chunk) & ~atLeast(value + 1, chunk)
    }

    /// The number of bytes whose high bit is set in `mask`, which has no other bits set:
    /// summed by one multiplication (no population count instruction is assumed).
    static func countHighBits(_ mask: UInt64) -> Int {
        Int(truncatingIfNeeded: ((mask >> 7) &* ones) >> 56)
    }

    /// Bytes that are zero. A byte below 0x80 plus 0x7F never carries into the next.
    static func zeroBytes(_ chunk: UInt64) -> UInt64 {
        ~(chunk &+ ones &* 0x7F) & highBits
    }
}
