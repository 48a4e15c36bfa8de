import Foundation

/// Finds explicit references to UNCRC articles: "Article 12", "Art. 12(1)", "UNCRC article
/// 12", "articles 3 and 12", "Articles 28-29", "Article 3 and Article 12".
public enum ArticleReferences {
    private static let pattern = try! NSRegularExpression(
        pattern: #"\b(?:articles?|arts?\.?)\s*(\d{1,2})(?!\d)(?:\s*\(\s*\d+\s*\))?(?:\s*\([a-z]\))?((?:\s*(?:,|and|&|or|to|–|-)\s*(?:(?:articles?|arts?\.?)\s*)?\d{1,2}(?!\d)(?:\s*\(\s*\d+\s*\))?)*)"#,
        options: [.caseInsensitive]
    )
    private static let number = try! NSRegularExpression(pattern: #"(to|–|-)?\s*(?:(?:articles?|arts?\.?)\s*)?(\d{1,2})(?!\d)(?:\s*\(\s*\d+\s*\))?"#, options: [.caseInsensitive])
    private static let conventionMention = try! NSRegularExpression(
        pattern: #"UNCRC|UN\s?CRC|\bCRC\b|Convention on the Rights of the Child|Rights of the Child|children'?s rights convention"#,
        options: [.caseInsensitive]
    )

    /// Article numbers referenced in `text`, each with the range of its reference.
    public static func find(in text: String) -> [(article: Int, range: Range<String.Index>)] {
        guard mayReferenceArticle(text) else { return [] }
        var contiguous = text
        let references = contiguous.withUTF8 { ArticleReferenceReader($0)?.references() }
        guard let references else { return findWithPattern(in: text) }
        let utf8 = text.utf8
        var found: [(Int, Range<String.Index>)] = []
        for reference in references {
            let range = utf8.index(utf8.startIndex, offsetBy: reference.range.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: reference.range.upperBound)
            add(reference.numbers, range: range, to: &found)
        }
        return found.filter { (1...54).contains($0.0) }
    }

    /// `find` with the regular expressions, for any text: what `ArticleReferenceReader` must
    /// agree with where it reads.
    static func findWithPattern(in text: String) -> [(article: Int, range: Range<String.Index>)] {
        let whole = NSRange(location: 0, length: text.utf16.count)
        var found: [(Int, Range<String.Index>)] = []
        for match in pattern.matches(in: text, range: whole) {
            guard let range = Range(match.range, in: text) else { continue }
            let reference = String(text[range])
            var numbers: [(value: Int, endsRange: Bool)] = []
            for part in number.matches(in: reference, range: NSRange(reference.startIndex..., in: reference)) {
                guard let numberRange = Range(part.range(at: 2), in: reference), let value = Int(reference[numberRange]) else { continue }
                numbers.append((value, part.range(at: 1).location != NSNotFound))
            }
            add(numbers, range: range, to: &found)
        }
        return found.filter { (1...54).contains($0.0) }
    }

    /// The articles a reference's numbers name: a number after "to" or a dash ends a range
    /// from the number before it (of at most ten articles).
    private static func add(_ numbers: [(value: Int, endsRange: Bool)], range: Range<String.Index>, to found: inout [(Int, Range<String.Index>)]) {
        var previous: Int?
        for (value, endsRange) in numbers {
            if endsRange, let start = previous, start < value, value - start <= 10 {
                for article in (start + 1)...value { found.append((article, range)) }
            } else {
                found.append((value, range))
            }
            previous = value
        }
    }

    public static func mentionsConvention(_ text: String) -> Bool {
        guard mayMentionConvention(text) else { return false }
        return conventionMention.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    /// Whether `text` may hold a match of `pattern`, which always starts with "art" (any
    /// case) at a word boundary and goes on with "icle", "icles", "s", "s.", "." or nothing,
    /// then spaces and a digit: false only when no "art" that follows a byte other than an
    /// ASCII letter, digit or underscore goes on so. Wherever a non-ASCII byte is met (it
    /// might be a boundary, a space, a digit or a letter's other case), it counts as a match.
    static func mayReferenceArticle(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            let count = bytes.count
            guard count >= 3 else { return false }
            /// Whether the letters of `word` follow at `i`, in any ASCII case: nil when a
            /// non-ASCII byte comes first.
            func has(_ word: StaticString, at i: Int) -> Bool? {
                for j in 0..<word.utf8CodeUnitCount {
                    guard i + j < count else { return false }
                    let byte = bytes[i + j]
                    if byte >= 0x80 { return nil }
                    if byte | 0x20 != word.utf8Start[j] { return false }
                }
                return true
            }
            /// Whether what follows "art" at `i` may lead on to the article number.
            func mayGoOnToNumber(at i: Int) -> Bool {
                var i = i
                switch has("icle", at: i) {
                case nil: return true
                case true?:
                    i += 4
                    switch has("s", at: i) {
                    case nil: return true
                    case true?: i += 1
                    case false?: break
                    }
                case false?:
                    switch has("s", at: i) {
                    case nil: return true
                    case true?: i += 1
                    case false?: break
                    }
                    if i < count && bytes[i] == 0x2E { i += 1 }
                }
                // Spaces, and the other ASCII controls that some readings of \s take in.
                while i < count && (bytes[i] == 0x20 || (bytes[i] >= 0x09 && bytes[i] <= 0x0D) || (bytes[i] >= 0x1C && bytes[i] <= 0x1F)) { i += 1 }
                guard i < count else { return false }
                return bytes[i] >= 0x80 || (bytes[i] >= 0x30 && bytes[i] <= 0x39)
            }
            /// Whether the "art" at `i` starts a word and may lead on to a number.
            func mayStartReference(at i: Int) -> Bool {
                if i > 0 {
                    let before = bytes[i - 1]
                    let isWordByte = (before | 0x20 >= 0x61 && before | 0x20 <= 0x7A) || (before >= 0x30 && before <= 0x39) || before == 0x5F
                    if isWordByte { return false }
                }
                return mayGoOnToNumber(at: i + 3)
            }
            var i = 0
            // Eight starting places at a time: the words at `i`, `i + 1` and `i + 2` show
            // where an "a", an "r" and a "t" (any case) line up.
            if let base = bytes.baseAddress {
                let raw = UnsafeRawPointer(base)
                let ones: UInt64 = 0x0101_0101_0101_0101, lowerCase = ones &* 0x20
                while i + 10 <= count {
                    let a = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) | lowerCase
                    let r = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i + 1, as: UInt64.self)) | lowerCase
                    let t = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i + 2, as: UInt64.self)) | lowerCase
                    var found = ByteSearch.zeroBytes(a ^ (ones &* 0x61)) & ByteSearch.zeroBytes(r ^ (ones &* 0x72)) & ByteSearch.zeroBytes(t ^ (ones &* 0x74))
                    while found != 0 {
                        if mayStartReference(at: i + found.trailingZeroBitCount / 8) { return true }
                        found &= found &- 1
                    }
                    i += 8
                }
            }
            while i + 3 <= count {
                if bytes[i] | 0x20 == 0x61, bytes[i + 1] | 0x20 == 0x72, bytes[i + 2] | 0x20 == 0x74, mayStartReference(at: i) { return true }
                i += 1
            }
            return false
        }
    }

    /// Whether `text` may mention the Convention: it holds "crc", "rights of the child" or
    /// "rights convention" in any ASCII case (every alternative of `conventionMention` holds
    /// one), or a character that case-folds to ASCII letters (ſ, the Latin ligatures), where
    /// only the pattern itself can tell.
    static func mayMentionConvention(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            /// Whether `needle` (lowercase) follows at `i`, any byte matching its letter
            /// with 0x20 set.
            func has(_ needle: StaticString, at i: Int) -> Bool {
                let n = needle.utf8Start, k = needle.utf8CodeUnitCount
                guard i + k <= bytes.count else { return false }
                var j = 0
                while j < k && bytes[i + j] | 0x20 == n[j] { j += 1 }
                return j == k
            }
            // One pass, looking further only where a needle's first letter or a ligature's
            // lead byte is.
            for i in bytes.indices {
                let byte = bytes[i]
                switch byte | 0x20 {
                case 0x63:
                    if has("crc", at: i) { return true }
                case 0x72:
                    if has("rights of the child", at: i) || has("rights convention", at: i) { return true }
                case 0xE5, 0xEF:
                    if i + 1 < bytes.count && ((byte == 0xC5 && bytes[i + 1] == 0xBF) || (byte == 0xEF && bytes[i + 1] == 0xAC)) { return true }
                default:
                    break
                }
            }
            return false
        }
    }
}
