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
    /// Where a counter stands: the position of `offset`. A counter made again over the
    /// same bytes resumes from it.
    struct Mark {
        fileprivate var offset = 0
        fileprivate var line = 1
        fileprivate var column = 1

        init() {}

        /// The byte offset the mark stands at.
        var byteOffset: Int { offset }
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private(set) var mark: Mark

    init(bytes: UnsafeBufferPointer<UInt8>, resumingAt mark: Mark = Mark()) {
        self.bytes = bytes
        self.mark = mark
    }

    mutating func location(ofOffset target: Int) -> SourceLocation {
        let target = max(0, min(target, bytes.count))
        if target < mark.offset { mark = Mark() }
        guard let base = bytes.baseAddress, mark.offset < target else {
            return SourceLocation(line: mark.line, column: mark.column)
        }
        var i = mark.offset
        while i < target, let newline = memchr(base + i, 0x0A, target - i) {
            mark.line += 1
            mark.column = 1
            i = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(newline)) + 1
        }
        mark.column += scalarCount(from: i, to: target)
        mark.offset = target
        return SourceLocation(line: mark.line, column: mark.column)
    }

    /// Scalars in `bytes[start..<end]`: every byte that is not a continuation (10xxxxxx),
    /// counted eight bytes at a time, with runs of 32 ASCII bytes skipped at once.
    private func scalarCount(from start: Int, to end: Int) -> Int {
        let raw = UnsafeRawBufferPointer(bytes)
        func word(at offset: Int) -> UInt64 {
            UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
        }
        func continuations(in word: UInt64) -> Int {
            (word & ~(word << 1) & Self.highBits).nonzeroBitCount
        }
        var count = 0
        var i = start
        while i + 32 <= end {
            let (a, b, c, d) = (word(at: i), word(at: i + 8), word(at: i + 16), word(at: i + 24))
            if (a | b | c | d) & Self.highBits != 0 {
                count += continuations(in: a) + continuations(in: b) + continuations(in: c) + continuations(in: d)
            }
            i += 32
        }
        while i + 8 <= end {
            count += continuations(in: word(at: i))
            i += 8
        }
        if i < end, end >= 8 {
            // The last 1-7 bytes: the word that ends at `end`, shifted down to them.
            count += continuations(in: word(at: end - 8) >> UInt64(8 * (8 - (end - i))))
        } else {
            while i < end {
                if bytes[i] & 0xC0 == 0x80 { count += 1 }
                i += 1
            }
        }
        return end - start - count
    }

    private static let highBits: UInt64 = 0x8080_8080_8080_8080
}
