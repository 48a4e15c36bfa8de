/// Bounds that keep a hostile or broken file from exhausting time or memory.
public struct ReadLimits: Sendable {
    public var maxFileBytes: Int = 64 * 1024 * 1024
    public var maxDepth: Int = 256
    public var maxTextBytes: Int = 16 * 1024 * 1024
    /// Total uncompressed size a ZIP package (DOCX) may declare, and most bytes ever extracted:
    /// as much as a plain file may hold.
    public var maxDecompressedBytes: Int = 64 * 1024 * 1024

    /// The highest `maxDepth` accepted from the command line. The readers are iterative, but
    /// section building recurses once per level and paths grow with depth (quadratic text),
    /// so a tree 10,000 levels deep overflows the stack and 4,000 takes seconds.
    public static let depthCeiling = 2_000

    public init() {}
    public static let `default` = ReadLimits()
}

extension ReadLimits {
    /// Why these limits are unusable (as the options that set them say it), or nil.
    public var problem: String? {
        if maxFileBytes < 1 { return "--max-file-size must be at least 1 byte" }
        if maxTextBytes < 1 { return "--max-text must be at least 1 byte" }
        if !(1...Self.depthCeiling).contains(maxDepth) {
            return "--max-depth must be between 1 and \(Self.depthCeiling)"
        }
        return nil
    }
}
