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
        guard text.range(of: "art", options: .caseInsensitive) != nil else { return [] }
        let whole = NSRange(text.startIndex..., in: text)
        var found: [(Int, Range<String.Index>)] = []
        for match in pattern.matches(in: text, range: whole) {
            guard let range = Range(match.range, in: text) else { continue }
            let reference = String(text[range])
            var previous: Int?
            for part in number.matches(in: reference, range: NSRange(reference.startIndex..., in: reference)) {
                guard let numberRange = Range(part.range(at: 2), in: reference), let value = Int(reference[numberRange]) else { continue }
                let isRange = part.range(at: 1).location != NSNotFound
                if isRange, let start = previous, start < value, value - start <= 10 {
                    for article in (start + 1)...value { found.append((article, range)) }
                } else {
                    found.append((value, range))
                }
                previous = value
            }
        }
        return found.filter { (1...54).contains($0.0) }
    }

    public static func mentionsConvention(_ text: String) -> Bool {
        conventionMention.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }
}
