#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns byte offsets in a UTF-8 buffer into 1-based line:column positions, where columns
/// count Unicode scalars and lines end at `\n` (as libxml2 counts them).
///
/// Offsets are asked for in increasing order while parsing, so the counter resumes from
/// the last answer and the whole buffer is scanned at most once: `memchr` jumps from one
/// newline to the next, and only the bytes after the last newline are counted as scalars.
struct SourcePositionCounter {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var offset = 0
    private var line = 1
    private var column = 1

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    mutating func location(ofOffset target: Int) -> SourceLocation {
        let target = max(0, min(target, bytes.count))
        if target < offset {
            offset = 0
            line = 1
            column = 1
        }
        guard let base = bytes.baseAddress, offset < target else { return SourceLocation(line: line, column: column) }
        var i = offset
        while i < target, let newline = memchr(base + i, 0x0A, target - i) {
            line += 1
            column = 1
            i = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(newline)) + 1
        }
        column += scalarCount(from: i, to: target)
        offset = target
        return SourceLocation(line: line, column: column)
    }

    /// Scalars in `bytes[start..<end]`: every byte that is not a continuation (10xxxxxx),
    /// counted eight bytes at a time.
    private func scalarCount(from start: Int, to end: Int) -> Int {
        let raw = UnsafeRawBufferPointer(bytes)
        var continuations = 0
        var i = start
        while i + 8 <= end {
            let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            continuations += (word & ~(word << 1) & Self.highBits).nonzeroBitCount
            i += 8
        }
        while i < end {
            if bytes[i] & 0xC0 == 0x80 { continuations += 1 }
            i += 1
        }
        return end - start - continuations
    }

    private static let highBits: UInt64 = 0x8080_8080_8080_8080
}
