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

    /// The first two bytes and the length of every irregular form ("ch" and 8 for
    /// "children", ...), so that most words skip the dictionary. Every form is 3-10 bytes long.
    private static let irregularShapes: [UInt32] = irregular.keys.map { key in
        let bytes = Array(key.utf8)
        return UInt32(bytes[0]) << 16 | UInt32(bytes[1]) << 8 | UInt32(bytes.count)
    }

    static func stem(_ word: Substring) -> String {
        if let stem = asciiStem(word) { return stem }
        if let scalars = latin1Lowercased(word), let stem = latinStem(scalars) { return stem }
        let lower = word.lowercased()
        return latinStem(lower.unicodeScalars) ?? characterStem(lower)
    }

    /// `stem`'s steps on a lowercased word, character by character: what the faster paths
    /// must agree with.
    static func characterStem(_ lowercased: String) -> String {
        var lower = lowercased
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
            !"lsz".contains(last), !"aeiou".contains(last)
        else { return stem }
        return String(stem.dropLast())
    }

    /// The same steps as `stem` on the bytes of an ASCII word (nearly every word), with no
    /// intermediate strings; nil for other words. A ’ (E2 80 99) counts as ASCII: `stem`
    /// turns it into ', and next to ASCII characters it is a character of its own.
    private static func asciiStem(_ word: Substring) -> String? {
        var word = word
        return word.withUTF8 { bytes in withASCIIStem(bytes) { String(decoding: $0, as: UTF8.self) } }
    }

    /// The scalars of a word of ASCII, ’ and Latin-1 letters, lowercased as `lowercased()`
    /// does (Latin-1 capitals are their small letters less 0x20; ß and ÿ have no capital
    /// here); nil for other words.
    private static func latin1Lowercased(_ word: Substring) -> [Unicode.Scalar]? {
        var lowered: [Unicode.Scalar] = []
        lowered.reserveCapacity(word.utf8.count)
        for scalar in word.unicodeScalars {
            let value = scalar.value
            switch value {
            case 0x41...0x5A, 0xC0...0xD6, 0xD8...0xDE: lowered.append(Unicode.Scalar(value + 0x20)!)
            case 0x21...0x7E, 0xDF...0xFF, 0x2019: lowered.append(scalar)
            default: return nil
            }
        }
        return lowered
    }

    /// The same steps as `stem` on a lowercased word whose scalars are all printable ASCII, ’ or
    /// U+00C0-U+02AF (Latin letters): each such scalar is a character of its own (none joins
    /// its neighbours) and equal to no other (none decomposes into another), so the steps can
    /// read scalars rather than characters. Nil for other words.
    private static func latinStem<Scalars: Collection<Unicode.Scalar>>(_ scalars: Scalars) -> String? {
        let length = scalars.count
        guard length <= 64 else { return nil }
        return withUnsafeTemporaryAllocation(of: UInt32.self, capacity: max(length, 1)) { buffer -> String? in
            var n = 0
            for scalar in scalars {
                let value = scalar.value
                if value == 0x2019 {
                    buffer[n] = 0x27
                } else if (value > 0x20 && value < 0x7F) || (value >= 0xC0 && value < 0x2B0) {
                    buffer[n] = value
                } else {
                    return nil
                }
                n += 1
            }
            guard n > 0 else { return nil }
            return stemLowercased(buffer, count: n) { count in
                // Spelled as UTF-8: every scalar here is below U+0800, so one or two bytes.
                withUnsafeTemporaryAllocation(of: UInt8.self, capacity: count * 2) { utf8 in
                    var k = 0
                    for value in buffer[0..<count] {
                        if value < 0x80 {
                            utf8[k] = UInt8(value)
                            k += 1
                        } else {
                            utf8[k] = UInt8(0xC0 | value >> 6)
                            utf8[k + 1] = UInt8(0x80 | value & 0x3F)
                            k += 2
                        }
                    }
                    return String(decoding: UnsafeBufferPointer(rebasing: utf8[0..<k]), as: UTF8.self)
                }
            }
        }
    }

    /// `stem`'s steps after lowercasing, on a word whose characters are `buffer[0..<n]`, one
    /// unit (a byte or a scalar) each, with ’ already read as '; `string(k)` spells the first
    /// k characters.
    private static func stemLowercased<Unit: FixedWidthInteger>(
        _ buffer: UnsafeMutableBufferPointer<Unit>, count: Int, string: (Int) -> String
    ) -> String {
        switch stemmedPrefix(buffer, count: count, string: string) {
        case .prefix(let length): return string(length)
        case .irregular(let stem): return stem
        }
    }

    /// What `stemLowercased` spells: the first characters of its buffer (as changed), or an
    /// irregular word's stem.
    private enum Stemmed {
        case prefix(Int)
        case irregular(String)
    }

    /// `stem(word)` for a word of ASCII bytes (and ’), handed to `body` as UTF-8 without making
    /// a string (but for irregular words); nil, with `body` not called, for other words.
    static func withASCIIStem<Result>(_ word: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result? {
        let length = word.count
        guard length <= 64 else { return nil }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(length, 1)) { buffer -> Result? in
            var n = 0
            var quoteBytesSeen = 0  // of a ’ being read
            for byte in word {
                switch quoteBytesSeen {
                case 0:
                    if byte < 0x80 {
                        buffer[n] = byte.asciiLowercased
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
            guard quoteBytesSeen == 0 && n > 0 else { return nil }
            let stemmed = stemmedPrefix(buffer, count: n) { String(decoding: UnsafeBufferPointer(rebasing: buffer[0..<$0]), as: UTF8.self) }
            switch stemmed {
            case .prefix(let length):
                return body(UnsafeBufferPointer(rebasing: buffer[0..<length]))
            case .irregular(var stem):
                return stem.withUTF8 { body($0) }
            }
        }
    }

    private static func stemmedPrefix<Unit: FixedWidthInteger>(
        _ buffer: UnsafeMutableBufferPointer<Unit>, count: Int, string: (Int) -> String
    ) -> Stemmed {
        // Local functions capture only constants: a captured variable would be checked for
        // exclusive access at run time on every call.
        if let mapped = Self.irregularStem(buffer, count: count, string: string) { return mapped }
        // Every rule below ends in one of these.
        let last = buffer[count - 1]
        guard last == Unit(UInt8(ascii: "s")) || last == Unit(UInt8(ascii: "d")) || last == Unit(UInt8(ascii: "g")) || last == Unit(UInt8(ascii: "'")) else {
            return .prefix(count)
        }
        let n = Self.ends(buffer, count: count, "'s") ? count - 2 : Self.ends(buffer, count: count, "s'") ? count - 1 : count
        if let mapped = Self.irregularStem(buffer, count: n, string: string) { return mapped }
        func ends(_ suffix: StaticString) -> Bool { Self.ends(buffer, count: n, suffix) }
        func undoubled(_ k: Int) -> Stemmed {
            // `undouble` on the first k characters.
            guard k >= 3 else { return .prefix(k) }
            let last = buffer[k - 1]
            guard last == buffer[k - 2] else { return .prefix(k) }
            let kept: StaticString = "lszaeiou"
            for j in 0..<kept.utf8CodeUnitCount where last == Unit(kept.utf8Start[j]) { return .prefix(k) }
            return .prefix(k - 1)
        }
        if n > 4 && (ends("ies") || ends("ied")) {
            buffer[n - 3] = Unit(UInt8(ascii: "y"))
            return .prefix(n - 2)
        }
        if n > 5 && ends("sses") { return .prefix(n - 2) }
        if n > 5 && ends("ing") { return undoubled(n - 3) }
        if n > 4 && ends("ed") && !ends("eed") { return undoubled(n - 2) }
        if n > 3 && ends("es") && (ends("ches") || ends("shes") || ends("xes") || ends("sses")) { return .prefix(n - 2) }
        if n > 3 && ends("s") && !ends("ss") && !ends("us") && !ends("is") { return .prefix(n - 1) }
        return .prefix(n)
    }

    private static func ends<Unit: FixedWidthInteger>(_ buffer: UnsafeMutableBufferPointer<Unit>, count n: Int, _ suffix: StaticString) -> Bool {
        let s = suffix.utf8Start, k = suffix.utf8CodeUnitCount
        guard n >= k else { return false }
        for j in 0..<k where buffer[n - k + j] != Unit(s[j]) { return false }
        return true
    }

    private static func irregularStem<Unit: FixedWidthInteger>(_ buffer: UnsafeMutableBufferPointer<Unit>, count n: Int, string: (Int) -> String) -> Stemmed? {
        guard n >= 3, n <= 10, buffer[0] < 0x80, buffer[1] < 0x80,
            irregularShapes.contains(UInt32(truncatingIfNeeded: buffer[0]) << 16 | UInt32(truncatingIfNeeded: buffer[1]) << 8 | UInt32(n))
        else { return nil }
        return irregular[string(n)].map(Stemmed.irregular)
    }
}
