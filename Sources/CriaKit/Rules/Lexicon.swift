/// A named list of terms: words and phrases matched as whole words.
public struct Lexicon: Sendable {
    public let name: String
    public let description: String
    public let terms: [String]
}
