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
