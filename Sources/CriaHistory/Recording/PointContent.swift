import CriaKit

/// What one appraisal point records: what a batch knows of each input, never its text.
/// Built from a batch JSON report (`cria history import`) or from the batch itself
/// (`cria batch --record`), so both record the same values.
public struct RecordedDocument: Sendable, Equatable {
    public var path: String
    /// The department's own reference for the proposal, when it gives one: the strongest
    /// identity, kept across moves and edits.
    public var reference: String?
    /// A hash of the file's bytes: a moved or re-saved file is the same document.
    public var contentHash: String?
    public var kind: String?
    public var format: String
    public var title: String?
    public var department: String
    public var relevance: Relevance
    public var results: [RecordedResult]

    public init(
        path: String, reference: String? = nil, contentHash: String? = nil, kind: String? = nil, format: String, title: String? = nil,
        department: String, relevance: Relevance, results: [RecordedResult]
    ) {
        self.path = path
        self.reference = reference.flatMap { $0.isEmpty ? nil : $0 }
        self.contentHash = contentHash
        self.kind = kind
        self.format = format
        self.title = title
        self.department = department
        self.relevance = relevance
        self.results = results
    }
}

public struct RecordedResult: Sendable, Equatable {
    public var rule: String
    public var title: String
    public var articles: [Int]
    public var severity: Severity
    public var outcome: Outcome
    public var fingerprint: String
    public var section: String?
    public var path: String
    public var line: Int?

    public init(rule: String, title: String, articles: [Int], severity: Severity, outcome: Outcome, fingerprint: String, section: String? = nil, path: String = "", line: Int? = nil) {
        self.rule = rule
        self.title = title
        self.articles = articles
        self.severity = severity
        self.outcome = outcome
        self.fingerprint = fingerprint
        self.section = section
        self.path = path
        self.line = line
    }
}

/// An input the batch could not read: counted at its point, with the reason.
public struct RecordedFailure: Sendable, Equatable {
    public var path: String
    public var department: String
    public var message: String

    public init(path: String, department: String, message: String) {
        self.path = path
        self.department = department
        self.message = message
    }
}

/// The point itself: its label, the date it stands for, and what produced it.
public struct PointHeader: Sendable, Equatable {
    public var label: String
    /// `YYYY-MM-DD` (or a full ISO 8601 time); points are ordered by it, then by label.
    public var takenAt: String
    public var toolVersion: String
    public var rules: String
    public var source: String

    public init(label: String, takenAt: String, toolVersion: String, rules: String, source: String) {
        self.label = label
        self.takenAt = takenAt
        self.toolVersion = toolVersion
        self.rules = rules
        self.source = source
    }
}
