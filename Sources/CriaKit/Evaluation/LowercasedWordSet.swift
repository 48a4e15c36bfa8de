/// A set of words asked whether a token, lowercased, is one of them: what
/// `words.contains(token.original(in: text).lowercased())` tells, without making either
/// String for a token written in ASCII. Each ASCII byte is then a Character of its own (a
/// word holds no CR LF), lowercased on its own, and a String of ASCII equals only a String
/// of the same bytes; so the token's bytes, folded, are compared with the words of as many
/// bytes. A reader asking it of many tokens of a text gets the text's bytes once
/// (`String.withUTF8`), rather than lowercasing a String per token.
struct LowercasedWordSet {
    let words: Set<String>
    /// The words' bytes by length (`byLength[n]`: the words of n bytes); nil when a word is
    /// not ASCII, which a String of ASCII can still equal (the Kelvin sign is "K"): every
    /// token is then asked as a String.
    private let byLength: [[[UInt8]]]?

    init(_ words: Set<String>) {
        self.words = words
        if words.allSatisfy({ $0.utf8.allSatisfy { $0 < 0x80 } }) {
            var byLength = [[[UInt8]]](repeating: [], count: (words.map(\.utf8.count).max() ?? 0) + 1)
            for word in words { byLength[word.utf8.count].append(Array(word.utf8)) }
            self.byLength = byLength
        } else {
            byLength = nil
        }
    }

    /// Whether `token` (of `text`, whose UTF-8 is `bytes`), lowercased, is one of the words.
    func contains(_ token: Token, in bytes: UnsafeBufferPointer<UInt8>, text: String) -> Bool {
        if let byLength, token.start <= token.end, token.end <= bytes.count {
            let written = UnsafeBufferPointer(rebasing: bytes[token.start..<token.end])
            if written.allSatisfy({ $0 < 0x80 }) {
                guard written.count < byLength.count else { return false }
                return byLength[written.count].contains { word in word.elementsEqual(written) { $0 == $1.asciiLowercased } }
            }
        }
        return words.contains(token.original(in: text).lowercased())
    }
}
