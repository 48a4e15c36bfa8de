/// Something a finding rests on: a quoted passage and where it is.
public struct Evidence: Sendable, Equatable {
    public let text: String
    public let location: SourceLocation
    public let path: String
    public let note: String?

    public init(text: String, location: SourceLocation, path: String, note: String? = nil) {
        self.text = text
        self.location = location
        self.path = path
        self.note = note
    }
}

/// One rule's outcome on one document.
public struct RuleResult: Sendable {
    public let ruleID: String
    public let title: String
    public let articles: [Int]
    public let severity: Severity
    public let outcome: Outcome
    public let message: String
    public let location: SourceLocation
    public let path: String
    /// The section that decided the outcome, if any.
    public let sectionTitle: String?
    public let evidence: [Evidence]
    /// For a waived result: the waiver and the outcome it would otherwise have had.
    public var waiver: Waiver? = nil
    public var waivedOutcome: Outcome? = nil

    /// rule + file + path + normalised text: survives edits that move lines.
    public func fingerprint(file: String) -> String {
        let normalised = (sectionTitle ?? "").lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: " ")
        return StableHash.hex("\(ruleID)|\(file)|\(path)|\(normalised)")
    }
}

/// Everything cria concluded about one document.
public struct Assessment: Sendable {
    public let file: String
    public let format: DocumentFormat
    /// Mutable so that a batch can supply a department the document does not state.
    public var metadata: DocumentMetadata
    public let relevance: Relevance
    public let relevanceJudgement: RelevanceJudgement
    public let sectionCount: Int
    public let wordCount: Int
    public internal(set) var results: [RuleResult]
    /// Waivers in the document that matched no fail or review.
    public internal(set) var unusedWaivers: [Waiver] = []

    public var findings: [RuleResult] { results.filter { $0.outcome == .fail || $0.outcome == .review } }
}

/// FNV-1a 64-bit: stable across runs and platforms (Swift's Hasher is seeded per process).
public enum StableHash {
    public static func hex(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
