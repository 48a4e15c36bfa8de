/// What the tokeniser makes of a byte of UTF-8 on its own (when it is a character of its own).
enum ByteKind {
    /// ASCII that neither continues a word nor ends a sentence or clause: spaces, most punctuation.
    static let other: UInt8 = 0
    /// A-Z, a-z, 0-9.
    static let letterOrDigit: UInt8 = 1
    /// ' and -: they continue a word, but do not start or end one.
    static let apostropheOrHyphen: UInt8 = 2
    /// . ! ? ; : ( ) and CR (which may start a CR LF).
    static let special: UInt8 = 3
    /// A byte of a non-ASCII scalar.
    static let nonASCII: UInt8 = 4

    /// The kind of each byte value.
    static let table: [UInt8] = (0...255).map { (value: Int) -> UInt8 in
        let byte = UInt8(value)
        switch byte {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return letterOrDigit
        case 0x27, 0x2D: return apostropheOrHyphen
        case 0x2E, 0x21, 0x3F, 0x3B, 0x3A, 0x28, 0x29, 0x0D: return special
        case 0x80...0xFF: return nonASCII
        default: return other
        }
    }

    /// The ASCII word starting at `start` (a letter or digit), read in one run: `run` ends
    /// after its letters, digits, ' and -; `end` leaves out its trailing ' and -; `hash` and
    /// `prefix` are `WordTable.hash` and `WordTable.prefix` of `start..<end`.
    @inline(__always)
    static func word(
        in bytes: UnsafeBufferPointer<UInt8>, from start: Int, kinds: UnsafeBufferPointer<UInt8>,
        seed: UInt64
    ) -> (end: Int, run: Int, hash: UInt64, prefix: UInt64) {
        let count = bytes.count
        // Letters and digits eight bytes at a time; a word with ' or - is read byte by byte.
        if count >= 8 {
            let chunk = chunk(of: bytes, at: start)
            let length = letterOrDigitRun(chunk)
            if length < 8 {
                // Most words: shorter than eight bytes.
                let end = start &+ length
                if end == count || kinds[Int(bytes[end])] != apostropheOrHyphen {
                    let prefix = chunk & (UInt64.max &>> UInt64(truncatingIfNeeded: (8 &- length) &* 8))
                    return (end, end, WordTable.shortHash(prefix: prefix, length: length, seed: seed), prefix)
                }
            } else if let word = longWord(in: bytes, from: start, first: chunk, kinds: kinds, seed: seed) {
                return word
            }
        }
        return wordByBytes(in: bytes, from: start, kinds: kinds, seed: seed)
    }

    /// `word` for a word whose first eight bytes, `first`, are letters and digits, hashed
    /// eight bytes at a time as `WordTable.hash` does; nil when ' or - follows its letters
    /// and digits.
    @inline(never)
    private static func longWord(
        in bytes: UnsafeBufferPointer<UInt8>, from start: Int, first: UInt64,
        kinds: UnsafeBufferPointer<UInt8>, seed: UInt64
    ) -> (end: Int, run: Int, hash: UInt64, prefix: UInt64)? {
        let count = bytes.count
        var state = (seed ^ first) &* WordTable.multiplier
        var next = start + 8
        while next < count {
            let chunk = chunk(of: bytes, at: next)
            let length = letterOrDigitRun(chunk)
            if length == 8 {
                state = (state ^ chunk) &* WordTable.multiplier
                next += 8
                continue
            }
            let end = next + length
            guard end == count || kinds[Int(bytes[end])] != apostropheOrHyphen else { return nil }
            if length > 0 {
                state = (state ^ (chunk & (UInt64.max &>> UInt64(truncatingIfNeeded: (8 &- length) &* 8)))) &* WordTable.multiplier
            }
            return (end, end, WordTable.finishHash(state ^ UInt64(end - start)), first)
        }
        return (count, count, WordTable.finishHash(state ^ UInt64(count - start)), first)
    }

    /// `word` byte by byte.
    @inline(never)
    private static func wordByBytes(
        in bytes: UnsafeBufferPointer<UInt8>, from start: Int, kinds: UnsafeBufferPointer<UInt8>,
        seed: UInt64
    ) -> (end: Int, run: Int, hash: UInt64, prefix: UInt64) {
        let count = bytes.count
        var run = start + 1
        while run < count && kinds[Int(bytes[run])] &- letterOrDigit < 2 { run += 1 }
        var end = run
        while kinds[Int(bytes[end - 1])] == apostropheOrHyphen { end -= 1 }
        return (end, run, WordTable.hash(bytes, start..<end, seed: seed), WordTable.prefix(bytes, start..<end))
    }

    /// The eight bytes from `start` of `bytes` (at least eight long; `start` before its end),
    /// the first in the low byte; those up to the end followed by zeros when fewer are left.
    @inline(__always)
    private static func chunk(of bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> UInt64 {
        let last = bytes.count &- 8
        precondition(last >= 0 && start >= 0 && start < bytes.count)
        if start <= last { return UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + start).loadUnaligned(as: UInt64.self)) }
        let loaded = UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + last).loadUnaligned(as: UInt64.self))
        return loaded &>> UInt64(truncatingIfNeeded: (start &- last) &* 8)
    }

    /// How many of the bytes of `chunk`, from the first, are ASCII letters and digits (8 when all are).
    @inline(__always)
    private static func letterOrDigitRun(_ chunk: UInt64) -> Int {
        (~lettersAndDigits(chunk) & ASCIIChunk.highBits).trailingZeroBitCount &>> 3
    }

    /// For each byte of `chunk` (the first in the low byte), 0x80 if it is an ASCII letter or
    /// digit, else 0.
    @inline(__always)
    static func lettersAndDigits(_ chunk: UInt64) -> UInt64 {
        let ones = ASCIIChunk.ones
        // Bytes below 0x80, so that no sum below carries into the next byte.
        let low = chunk & ~ASCIIChunk.highBits
        // A-Z as a-z.
        let folded = low | (ones &* 0x20)
        let letters = ASCIIChunk.atLeast(0x61, folded) & ~ASCIIChunk.atLeast(0x7B, folded)
        let digits = ASCIIChunk.atLeast(0x30, low) & ~ASCIIChunk.atLeast(0x3A, low)
        return (letters | digits) & ~chunk & ASCIIChunk.highBits
    }
}
