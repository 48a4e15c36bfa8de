/// A light, predictable stemmer: the same function normalises lexicon terms and text, so
/// plurals and simple inflections meet.
enum Stemmer {
    static let irregular: [String: String] = [
        "children": "child", "child's": "child", "children's": "child", "people": "person",
        "people's": "person", "women": "woman", "men": "man", "families": "family",
        "babies": "baby", "parties": "party", "carers": "carer",
        // Apostrophe dropped, as in keys (`childrensViews`) and hurried prose.
        "childrens": "child", "peoples": "person", "womens": "woman", "mens": "man",
    ]

    /// The first two bytes of every irregular form ("ch", "pe", ...), so that most words
    /// skip the dictionary. Every form is 3-10 bytes long.
    private static let irregularStarts: [UInt16] = Array(Set(irregular.keys.map { key -> UInt16 in
        let bytes = Array(key.utf8)
        return UInt16(bytes[0]) << 8 | UInt16(bytes[1])
    }))

    static func stem(_ word: Substring) -> String {
        if let stem = asciiStem(word) { return stem }
        var lower = word.lowercased()
        // U+2019 is the bytes E2 80 99 and nothing else is equivalent to it.
        if lower.utf8.contains(0x99) { lower = lower.replacingOccurrences(of: "’", with: "'") }
        if let mapped = irregular[lower] { return mapped }
        if lower.hasSuffix("'s") { lower.removeLast(2) } else if lower.hasSuffix("s'") { lower.removeLast(1) }
        if let mapped = irregular[lower] { return mapped }
        let count = lower.count
        if count > 4 && (lower.hasSuffix("ies") || lower.hasSuffix("ied")) { return String(lower.dropLast(3)) + "y" }
        if count > 5 && lower.hasSuffix("sses") { return String(lower.dropLast(2)) }
        if count > 5 && lower.hasSuffix("ing") { return undouble(String(lower.dropLast(3))) }
        if count > 4 && lower.hasSuffix("ed") && !lower.hasSuffix("eed") { return undouble(String(lower.dropLast(2))) }
        if count > 3 && lower.hasSuffix("es") && (lower.hasSuffix("ches") || lower.hasSuffix("shes") || lower.hasSuffix("xes") || lower.hasSuffix("sses")) {
            return String(lower.dropLast(2))
        }
        if count > 3 && lower.hasSuffix("s") && !lower.hasSuffix("ss") && !lower.hasSuffix("us") && !lower.hasSuffix("is") {
            return String(lower.dropLast())
        }
        return lower
    }

    /// "planned" → "plann" → "plan", so that it meets "plan".
    private static func undouble(_ stem: String) -> String {
        guard stem.count >= 3, let last = stem.last, last == stem.dropLast().last,
              !"lsz".contains(last), !"aeiou".contains(last) else { return stem }
        return String(stem.dropLast())
    }

    /// The same steps as `stem` on the bytes of an ASCII word (nearly every word), with no
    /// intermediate strings; nil for other words. A ’ (E2 80 99) counts as ASCII: `stem`
    /// turns it into ', and next to ASCII characters it is a character of its own.
    private static func asciiStem(_ word: Substring) -> String? {
        let utf8 = word.utf8
        let length = utf8.count
        guard length <= 64 else { return nil }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(length, 1)) { buffer -> String? in
            var n = 0
            var quoteBytesSeen = 0   // of a ’ being read
            for byte in utf8 {
                switch quoteBytesSeen {
                case 0:
                    if byte < 0x80 {
                        buffer[n] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                        n += 1
                    } else if byte == 0xE2 {
                        quoteBytesSeen = 1
                    } else {
                        return nil
                    }
                case 1:
                    guard byte == 0x80 else { return nil }
                    quoteBytesSeen = 2
                default:
                    guard byte == 0x99 else { return nil }
                    buffer[n] = 0x27
                    n += 1
                    quoteBytesSeen = 0
                }
            }
            guard quoteBytesSeen == 0, n > 0 else { return nil }
            func string(_ count: Int) -> String { String(decoding: UnsafeBufferPointer(rebasing: buffer[0..<count]), as: UTF8.self) }
            func ends(_ suffix: StaticString) -> Bool {
                let s = suffix.utf8Start, k = suffix.utf8CodeUnitCount
                guard n >= k else { return false }
                for j in 0..<k where buffer[n - k + j] != s[j] { return false }
                return true
            }
            func irregularStem() -> String? {
                guard n >= 3, n <= 10, irregularStarts.contains(UInt16(buffer[0]) << 8 | UInt16(buffer[1])) else { return nil }
                return irregular[string(n)]
            }
            if let mapped = irregularStem() { return mapped }
            // Every rule below ends in one of these.
            switch buffer[n - 1] {
            case UInt8(ascii: "s"), UInt8(ascii: "d"), UInt8(ascii: "g"), UInt8(ascii: "'"): break
            default: return string(n)
            }
            if ends("'s") { n -= 2 } else if ends("s'") { n -= 1 }
            if let mapped = irregularStem() { return mapped }
            let count = n
            func undoubled(_ k: Int) -> String {
                // `undouble` on the first k bytes.
                guard k >= 3 else { return string(k) }
                let last = buffer[k - 1]
                guard last == buffer[k - 2] else { return string(k) }
                switch last {
                case UInt8(ascii: "l"), UInt8(ascii: "s"), UInt8(ascii: "z"),
                     UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"):
                    return string(k)
                default:
                    return string(k - 1)
                }
            }
            if count > 4 && (ends("ies") || ends("ied")) {
                buffer[n - 3] = UInt8(ascii: "y")
                return string(n - 2)
            }
            if count > 5 && ends("sses") { return string(n - 2) }
            if count > 5 && ends("ing") { return undoubled(n - 3) }
            if count > 4 && ends("ed") && !ends("eed") { return undoubled(n - 2) }
            if count > 3 && ends("es") && (ends("ches") || ends("shes") || ends("xes") || ends("sses")) { return string(n - 2) }
            if count > 3 && ends("s") && !ends("ss") && !ends("us") && !ends("is") { return string(n - 1) }
            return string(n)
        }
    }
}
