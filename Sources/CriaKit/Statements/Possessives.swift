/// The endings of an English possessive as documents write them, straight or curly
/// apostrophe: "children's", "pupils'", "children’s", "pupils’". One list for every reader that
/// asks whether a word owns what follows it or wants the word without them.
enum Possessives {
    static let suffixes = ["'s", "\u{2019}s", "'", "\u{2019}"]

    /// Whether the word ends as a possessive ("children's", "pupils’").
    static func ends<Word: StringProtocol>(_ word: Word) -> Bool {
        suffixes.contains { word.hasSuffix($0) }
    }

    /// Whether the token is a possessive ending on its own (a tokenizer that split "’s" off).
    static func isEnding<Word: StringProtocol>(_ token: Word) -> Bool {
        suffixes.contains { token == $0 }
    }

    /// The word without its possessive ending, the first that fits: "children's" → "children".
    static func stripped(_ word: String) -> String {
        guard let suffix = suffixes.first(where: { word.hasSuffix($0) }) else { return word }
        return String(word.dropLast(suffix.count))
    }
}
