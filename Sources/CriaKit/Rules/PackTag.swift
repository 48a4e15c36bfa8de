/// The one-byte tags of the cache's binary form besides those of the primitives
/// (`ConditionPrimitives`); changing any means a new `PackCache.formatVersion`.
enum PackTag {
    static let all: UInt8 = 0, any: UInt8 = 1, not: UInt8 = 2, someOf: UInt8 = 3
    static let lexicon: UInt8 = 0, inline: UInt8 = 1
    static let document: UInt8 = 0, roles: UInt8 = 1
    static let severities: [Severity] = [.info, .warning, .error]
    static let kinds: [DocumentKind] = DocumentKind.allCases
}
