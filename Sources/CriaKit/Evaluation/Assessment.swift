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
    /// The rule's guidance: what to do about a fail or review.
    public var guidance: String = ""
    /// For a fail or review: the section it concerns, or the topic the document has no
    /// section on (see `FindingPlace`).
    public var place: FindingPlace? = nil

    /// A fail or review, waived or not: what reports list with its guidance.
    public var isFinding: Bool { outcome == .fail || outcome == .review || outcome == .waived }

    /// rule + file + path + normalised text: survives edits that move lines.
    public func fingerprint(file: String) -> String {
        StableHash.hex(fingerprintHash(file: file))
    }

    /// The hash `fingerprint` spells: of `rule|file|path|title`, with the section title
    /// lowercased and its words joined by single spaces. Hashed piece by piece, with no
    /// string built.
    func fingerprintHash(file: String) -> UInt64 {
        Self.fingerprintHash(ruleID: ruleID, file: file, path: path, sectionTitle: sectionTitle)
    }

    /// The same hash from a report's fields (a baseline's results); with `file` empty, what
    /// identifies a finding within its document, wherever the document is.
    static func fingerprintHash(ruleID: String, file: String, path: String, sectionTitle: String?) -> UInt64 {
        var hash = StableHash()
        hash.add(ruleID)
        hash.add(UInt8(ascii: "|"))
        hash.add(file)
        hash.add(UInt8(ascii: "|"))
        hash.add(path)
        hash.add(UInt8(ascii: "|"))
        if let sectionTitle, !hash.addWordsOfASCII(sectionTitle) {
            hash.add(sectionTitle.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: " "))
        }
        return hash.value
    }
}

/// Everything cria concluded about one document.
public struct Assessment: Sendable {
    public let file: String
    public let format: DocumentFormat
    /// What sort of document it is (assessment, proposal, legislation...) and why.
    public let kind: KindJudgement
    /// Mutable so that a batch can supply a department the document does not state.
    public var metadata: DocumentMetadata
    public let relevance: Relevance
    public let relevanceJudgement: RelevanceJudgement
    public let sectionCount: Int
    public let wordCount: Int
    public internal(set) var results: [RuleResult]
    /// For legislation: the provisions that affect children, with the articles each engages.
    public internal(set) var provisions: [Provision] = []
    /// Waivers in the document that matched no fail or review.
    public internal(set) var unusedWaivers: [Waiver] = []
    /// The path relative to the folder it was found in (the path as given for a file named
    /// on its own): what a baseline matches documents by, whatever the folder is called.
    public var source: String?
    /// See `Document.contentHash`.
    public var contentHash: UInt64?

    /// What kind of document this is, as the reader found it (a GOV.UK item's document type,
    /// a CLML document's type, an HTML page's `govuk:format`); nil when it does not say.
    /// One accessor, so that a fuller judgement of kinds can take its place.
    public var documentType: String? {
        metadata.extra.first { $0.key == "document type" || $0.key == "type" }?.value
    }

    /// Where the document is published on GOV.UK (`/government/publications/...`), if known.
    public var govukPath: String? {
        metadata.extra.first { $0.key == "base path" }?.value
    }

    /// No text at all: a template not filled in (whose rules then pass none).
    public internal(set) var isBlank = false

    public var findings: [RuleResult] { results.filter { $0.outcome == .fail || $0.outcome == .review } }
}

/// FNV-1a 64-bit: stable across runs and platforms (Swift's Hasher is seeded per process).
public struct StableHash {
    public private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    public init() {}

    public static func hex(_ text: String) -> String {
        var hash = StableHash()
        hash.add(text)
        return hex(hash.value)
    }

    /// The 16 lowercase hex digits of a hash, zero-padded.
    static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    mutating func add(_ byte: UInt8) {
        value ^= UInt64(byte)
        value = value &* 0x0000_0100_0000_01b3
    }

    mutating func add(_ text: String) {
        let hashed: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
            for byte in bytes { add(byte) }
        }
        if hashed == nil {
            for byte in text.utf8 { add(byte) }
        }
    }

    /// For ASCII text, adds its words (runs of letters and digits) lowercased and joined by
    /// single spaces, as `lowercased().split { !isLetter && !isNumber }.joined(" ")` spells
    /// them, and returns true; returns false, having added nothing, for any other text.
    mutating func addWordsOfASCII(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return false }
            var wordsBefore = false, separated = false
            for byte in bytes {
                let lower = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                if (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39) {
                    if separated && wordsBefore { add(0x20) }
                    add(lower)
                    wordsBefore = true
                    separated = false
                } else {
                    separated = true
                }
            }
            return true
        } ?? false
    }
}
