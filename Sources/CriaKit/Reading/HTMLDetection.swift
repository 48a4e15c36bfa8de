/// Decides whether a JSON string holds HTML markup (as GOV.UK content items do in
/// `details.body`), so that it is read as a fragment rather than as plain text.
enum HTMLDetection {
    static let knownTags: Set<String> = [
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "div", "ul", "ol", "li", "table", "section",
        "a", "strong", "em", "br", "span", "blockquote",
    ]

    /// True when the string, after leading whitespace, starts with `<` and contains an
    /// opening tag of a common HTML element.
    static func looksLikeHTML(_ text: String) -> Bool {
        let utf8 = text.utf8
        guard let first = utf8.first(where: { !isSpace($0) }), first == UInt8(ascii: "<") else { return false }
        var iterator = utf8.makeIterator()
        while let b = iterator.next() {
            guard b == UInt8(ascii: "<") else { continue }
            var name: [UInt8] = []
            while let c = iterator.next() {
                if isASCIILetterOrDigit(c), name.count < 10 {
                    name.append(c | (c >= UInt8(ascii: "A") && c <= UInt8(ascii: "Z") ? 0x20 : 0))
                    continue
                }
                if !name.isEmpty, c == UInt8(ascii: ">") || c == UInt8(ascii: "/") || isSpace(c),
                    knownTags.contains(String(decoding: name, as: UTF8.self))
                {
                    return true
                }
                if c == UInt8(ascii: "<") { name = []; continue }
                break
            }
        }
        return false
    }

    private static func isSpace(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C
    }

    private static func isASCIILetterOrDigit(_ b: UInt8) -> Bool {
        (b | 0x20) >= UInt8(ascii: "a") && (b | 0x20) <= UInt8(ascii: "z") || (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9"))
    }
}
