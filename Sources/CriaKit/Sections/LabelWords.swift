/// Turns element names and JSON keys into words a person would write:
/// `voiceOfTheChild` → "voice of the child", `voice_of_the_child` and `voice-of-the-child` too.
public enum LabelWords {
    public static func words(_ label: String) -> String {
        if let words = asciiWords(label) { return words }
        var words: [String] = []
        var current = ""
        var previous: Character?
        let characters = Array(label)
        for (index, character) in characters.enumerated() {
            if isSeparator(character) {
                flush(&current, into: &words)
                previous = nil
                continue
            }
            if let before = previous {
                let next = index + 1 < characters.count ? characters[index + 1] : nil
                let startsWord =
                    (character.isUppercase && before.isLowercase)
                    || (character.isUppercase && before.isUppercase && (next?.isLowercase ?? false))
                    || (character.isNumber != before.isNumber)
                if startsWord { flush(&current, into: &words) }
            }
            current.append(character)
            previous = character
        }
        flush(&current, into: &words)
        return words.joined(separator: " ")
    }

    private static func isSeparator(_ character: Character) -> Bool {
        character == "_" || character == "-" || character == "." || character == ":" || character == " "
    }

    private static func flush(_ current: inout String, into words: inout [String]) {
        guard !current.isEmpty else { return }
        words.append(current.lowercased())
        current = ""
    }

    /// `words` byte by byte for ASCII labels (nearly all); nil for others. `\r` is left to
    /// `words`, where `\r\n` is one character.
    private static func asciiWords(_ label: String) -> String? {
        label.utf8.withContiguousStorageIfAvailable { bytes -> String? in
            guard bytes.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else { return nil }
            // Each byte is kept or dropped, and at most one space goes before each kept byte.
            // Written on the stack: most results are short enough to be small Strings, with
            // no allocation at all.
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count * 2) { out in
                var n = 0
                var wordLength = 0
                var previous: UInt8?
                for index in bytes.indices {
                    let byte = bytes[index]
                    if byte == 0x5F || byte == 0x2D || byte == 0x2E || byte == 0x3A || byte == 0x20 {
                        wordLength = 0
                        previous = nil
                        continue
                    }
                    if let before = previous {
                        let next = index + 1 < bytes.count ? bytes[index + 1] : nil
                        let startsWord =
                            (isUpper(byte) && isLower(before))
                            || (isUpper(byte) && isUpper(before) && next.map(isLower) ?? false)
                            || (isDigit(byte) != isDigit(before))
                        if startsWord { wordLength = 0 }
                    }
                    if wordLength == 0 && n > 0 {
                        out[n] = 0x20
                        n += 1
                    }
                    out[n] = isUpper(byte) ? byte | 0x20 : byte
                    n += 1
                    wordLength += 1
                    previous = byte
                }
                return String(decoding: UnsafeBufferPointer(rebasing: out[..<n]), as: UTF8.self)
            }
        } ?? nil
    }

    private static func isUpper(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
    private static func isLower(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }
    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
}
