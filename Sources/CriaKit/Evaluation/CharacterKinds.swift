/// The tokeniser's reading of characters that are a single non-ASCII scalar below U+2C00,
/// worked out once per scalar from the `Character`.
struct CharacterKinds {
    struct Kind {
        let isLetterOrNumber: Bool
        /// ’ (and anything equal to ', ’ or - as a `Character`).
        let isApostropheOrHyphen: Bool
        /// The ASCII punctuation the character is equal to, or 0.
        let punctuation: UInt8
    }

    static let limit: UInt32 = 0x2C00
    /// 0 when not yet worked out, else 0x80 | letterOrNumber | apostropheOrHyphen << 1, and
    /// the punctuation in `punctuations`.
    private var kinds: [UInt8] = []
    private var punctuations: [UInt32: UInt8] = [:]

    mutating func kind(of scalar: Unicode.Scalar) -> Kind {
        let value = Int(scalar.value)
        if kinds.isEmpty { kinds = Array(repeating: 0, count: Int(Self.limit)) }
        let known = kinds[value]
        if known != 0 {
            return Kind(
                isLetterOrNumber: known & 1 != 0, isApostropheOrHyphen: known & 2 != 0,
                punctuation: known & 4 != 0 ? punctuations[scalar.value] ?? 0 : 0)
        }
        let character = Character(scalar)
        let kind = Kind(
            isLetterOrNumber: character.isLetter || character.isNumber,
            isApostropheOrHyphen: character == "'" || character == "’" || character == "-",
            punctuation: Tokenizer.punctuation(character)
        )
        kinds[value] = 0x80 | (kind.isLetterOrNumber ? 1 : 0) | (kind.isApostropheOrHyphen ? 2 : 0) | (kind.punctuation != 0 ? 4 : 0)
        if kind.punctuation != 0 { punctuations[scalar.value] = kind.punctuation }
        return kind
    }
}
