/// What changed since the baseline, per document, department and article.
///
/// Documents are matched by their path relative to the folder given (so `q1/` and `q2/`
/// compare file by file), else by the hash of their content (a moved or renamed file);
/// findings within a matched document by rule, element path and section, never by line.
///
/// - new: a fail or review now that its matched document did not have (all of an added one's);
/// - resolved: a fail or review of a matched document, assessed both times, that is gone
///   (a removed or now unreadable document resolves nothing);
/// - documents added / removed: inputs matched to nothing in the other run.
public struct BaselineComparison: Sendable {
    public struct Changes: Sendable, Equatable {
        public var newFindings = 0
        public var resolvedFindings = 0
        public var documentsAdded = 0
        public var documentsRemoved = 0
        public init() {}
    }

    /// A finding as a change list shows it.
    public struct Item: Sendable, Equatable {
        public let rule: String
        public let outcome: String
        public let message: String
        public let line: Int?
    }

    /// One document's new and resolved findings.
    public struct DocumentChanges: Sendable {
        /// The document now (its source path), or, for a removed one, then.
        public let file: String
        /// The baseline's path for it, when it had another (moved, or another folder).
        public let previous: String?
        public let added: Bool
        public var new: [Item] = []
        public var resolved: [Item] = []
    }

    public let baseline: Baseline
    public private(set) var total = Changes()
    public private(set) var departments: [String: Changes] = [:]
    public private(set) var articles: [Int: Changes] = [:]
    /// Documents with new or resolved findings, in input order.
    public private(set) var documents: [DocumentChanges] = []
    /// Baseline documents matched by an input of this run.
    public private(set) var matchedCount = 0
    private var matched = Set<Int>()
    private var finished = false

    public init(baseline: Baseline) { self.baseline = baseline }

    /// Records one entry; returns true when its document is new since the baseline.
    @discardableResult
    public mutating func add(_ entry: BatchEntry) -> Bool {
        let assessment: Assessment? = if case .assessed(let assessment) = entry.outcome { assessment } else { nil }
        // Inputs that could not be read are recorded by their path as given.
        var match = (baseline.bySource[entry.source] ?? baseline.bySource[entry.path]).flatMap { matched.contains($0) ? nil : $0 }
        if match == nil, let hash = assessment?.contentHash.map(StableHash.hex) {
            match = baseline.byHash[hash]?.first { !matched.contains($0) }
        }
        guard let match else {
            total.documentsAdded += 1
            for name in entry.departments { departments[name, default: Changes()].documentsAdded += 1 }
            if let assessment {
                var changes = DocumentChanges(file: entry.source, previous: nil, added: true)
                for result in assessment.findings { recordNew(result, departments: entry.departments, into: &changes) }
                if !changes.new.isEmpty { documents.append(changes) }
            }
            return true
        }
        matched.insert(match)
        matchedCount += 1
        let before = baseline.documents[match]
        guard let assessment else { return false }
        var changes = DocumentChanges(file: entry.source, previous: before.source == entry.source ? nil : before.file, added: false)
        let now = Set(assessment.findings.map { $0.fingerprintHash(file: "") })
        let then = Set(before.findings.map(\.key))
        for result in assessment.findings where !then.contains(result.fingerprintHash(file: "")) {
            recordNew(result, departments: entry.departments, into: &changes)
        }
        for finding in before.findings where !now.contains(finding.key) {
            total.resolvedFindings += 1
            for name in BatchEntry.departments(of: before.department) { departments[name, default: Changes()].resolvedFindings += 1 }
            for article in Set(finding.articles) { articles[article, default: Changes()].resolvedFindings += 1 }
            changes.resolved.append(Item(rule: finding.rule, outcome: finding.outcome, message: finding.message, line: finding.line))
        }
        if !changes.new.isEmpty || !changes.resolved.isEmpty { documents.append(changes) }
        return false
    }

    private mutating func recordNew(_ result: RuleResult, departments names: [String], into changes: inout DocumentChanges) {
        total.newFindings += 1
        for name in names { departments[name, default: Changes()].newFindings += 1 }
        for article in Set(result.articles) { articles[article, default: Changes()].newFindings += 1 }
        let located: Bool =
            switch result.place {
            case .section?: result.location.isKnown
            default: false
            }
        changes.new.append(
            Item(
                rule: result.ruleID, outcome: result.outcome.rawValue, message: result.message,
                line: located ? result.location.line : nil))
    }

    /// Counts what is gone; call once, after every entry. Returns the removed files, sorted.
    public mutating func finish() -> [String] {
        guard !finished else { return removedFiles }
        finished = true
        for (number, document) in baseline.documents.enumerated() where !matched.contains(number) {
            total.documentsRemoved += 1
            for name in BatchEntry.departments(of: document.department) { departments[name, default: Changes()].documentsRemoved += 1 }
        }
        return removedFiles
    }

    public var removedFiles: [String] {
        baseline.documents.indices.filter { !matched.contains($0) }.map { baseline.documents[$0].file }
            .sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    }

    /// When fewer than half of the baseline's documents were matched: most likely the wrong
    /// baseline, or inputs given from another place, and the counts mean little.
    public var warning: String? {
        let count = baseline.documents.count
        guard count > 0, matchedCount * 2 < count else { return nil }
        return "only \(matchedCount) of the baseline's \(count) documents matched an input of this run (by path within the folder given, or by content); check that the baseline and the inputs are the ones meant"
    }

    public var departmentNames: [String] { BatchAggregate.ordered(departments.keys) }
}
