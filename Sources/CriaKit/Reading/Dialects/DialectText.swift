/// Titles and numbered blocks the dialect simplifiers put together. Each String is written
/// at its final size in one go: `String.append` and interpolation cost over a thousand
/// instructions per join, and a document has thousands of numbered paragraphs.
enum DialectText {
    /// `first`, a space and `second`.
    static func spaced(_ first: String, _ second: String) -> String {
        let count = first.utf8.count + 1 + second.utf8.count
        return String(unsafeUninitializedCapacity: count) { buffer in
            var end = copy(first, into: buffer, at: 0)
            buffer[end] = 0x20
            end = copy(second, into: buffer, at: end + 1)
            return end
        }
    }

    /// "(number)".
    static func parenthesised(_ number: String) -> String {
        let count = number.utf8.count + 2
        return String(unsafeUninitializedCapacity: count) { buffer in
            buffer[0] = 0x28
            let end = copy(number, into: buffer, at: 1)
            buffer[end] = 0x29
            return end + 1
        }
    }

    /// Copies the UTF-8 of `text` into `buffer` from `start` (the caller made room for it),
    /// and returns where it ends.
    private static func copy(_ text: String, into buffer: UnsafeMutableBufferPointer<UInt8>, at start: Int) -> Int {
        let count = text.utf8.count
        precondition(start >= 0 && count <= buffer.count - start, "no room for the text")
        let copied: Bool? = text.utf8.withContiguousStorageIfAvailable { bytes in
            guard let source = bytes.baseAddress, let target = buffer.baseAddress, bytes.count == count else { return false }
            (target + start).update(from: source, count: count)
            return true
        }
        if copied != true {
            var end = start
            for byte in text.utf8.prefix(count) {
                buffer[end] = byte
                end += 1
            }
        }
        return start + count
    }

    /// Adds a non-empty `part` to `text`, after a space if `text` has words already.
    static func append(_ part: String, to text: inout String) {
        guard !part.isEmpty else { return }
        text = text.isEmpty ? part : spaced(text, part)
    }

    /// Whether `text` read as a node's text would be empty: nothing but whitespace.
    static func isBlank(_ text: String) -> Bool {
        var out = TextAccumulator()
        out.append(text)
        return out.result.isEmpty
    }
}
