import Foundation

/// A JSON report of an earlier `cria batch` run (`--baseline`): only what comparison needs.
public struct Baseline: Sendable {
    public struct Finding: Sendable {
        public let file: String
        public let department: String
        public let articles: [Int]
    }

    public let path: String
    /// Fails and reviews by fingerprint.
    public let findings: [String: Finding]
    /// Assessed documents and their department.
    public let documents: [String: String]
    /// Every input of that run, assessed or failed.
    public let files: Set<String>

    private struct Report: Decodable {
        struct Document: Decodable {
            let file: String
            let department: String?
            let results: [Result]
        }
        struct Result: Decodable {
            let articles: [Int]
            let outcome: String
            let fingerprint: String
        }
        struct Failed: Decodable { let file: String }
        let documents: [Document]
        let failed: [Failed]?
    }

    public init(path: String) throws {
        self.path = path
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputError(file: path, message: "cannot read the baseline report")
        }
        let report: Report
        do { report = try JSONDecoder().decode(Report.self, from: data) } catch {
            throw InputError(file: path, message: "not a cria batch JSON report (needs `documents` with `file` and `results` carrying `fingerprint`)")
        }
        var findings: [String: Finding] = [:]
        var documents: [String: String] = [:]
        var files = Set<String>()
        for document in report.documents {
            let department = document.department.flatMap { $0.isEmpty ? nil : $0 } ?? DepartmentRule.unknown
            documents[document.file] = department
            files.insert(document.file)
            for result in document.results where result.outcome == Outcome.fail.rawValue || result.outcome == Outcome.review.rawValue {
                findings[result.fingerprint] = Finding(file: document.file, department: department, articles: result.articles)
            }
        }
        for failed in report.failed ?? [] { files.insert(failed.file) }
        self.findings = findings
        self.documents = documents
        self.files = files
    }
}

/// What changed since the baseline, per department and per article. Findings are matched by
/// fingerprint (rule + file + path + normalised section text), never by line.
///
/// - new: a fail or review now whose fingerprint the baseline lacks (in added documents too);
/// - resolved: a baseline fail or review whose fingerprint is gone, in a document assessed
///   in both runs (a removed or now unreadable document resolves nothing);
/// - documents added / removed: inputs (assessed or failed) present in only one run.
public struct BaselineComparison: Sendable {
    public struct Changes: Sendable, Equatable {
        public var newFindings = 0
        public var resolvedFindings = 0
        public var documentsAdded = 0
        public var documentsRemoved = 0
        public init() {}
    }

    public let baseline: Baseline
    public private(set) var total = Changes()
    public private(set) var departments: [String: Changes] = [:]
    public private(set) var articles: [Int: Changes] = [:]
    private var matched = Set<String>()
    private var present = Set<String>()
    private var assessedInBoth = Set<String>()
    private var finished = false

    public init(baseline: Baseline) { self.baseline = baseline }

    /// Records one entry; returns true when its document is new since the baseline.
    @discardableResult
    public mutating func add(_ entry: BatchEntry) -> Bool {
        let known = baseline.files.contains(entry.path)
        if known { present.insert(entry.path) } else {
            total.documentsAdded += 1
            departments[entry.department, default: Changes()].documentsAdded += 1
        }
        guard case .assessed(let assessment) = entry.outcome else { return !known }
        if baseline.documents[entry.path] != nil { assessedInBoth.insert(entry.path) }
        for result in assessment.results where result.outcome == .fail || result.outcome == .review {
            let fingerprint = result.fingerprint(file: assessment.file)
            if baseline.findings[fingerprint] != nil {
                matched.insert(fingerprint)
            } else {
                total.newFindings += 1
                departments[entry.department, default: Changes()].newFindings += 1
                for article in Set(result.articles) { articles[article, default: Changes()].newFindings += 1 }
            }
        }
        return !known
    }

    /// Counts what is gone; call once, after every entry. Returns the removed files, sorted.
    public mutating func finish() -> [String] {
        guard !finished else { return removedFiles }
        finished = true
        for (fingerprint, finding) in baseline.findings where !matched.contains(fingerprint) && assessedInBoth.contains(finding.file) {
            total.resolvedFindings += 1
            departments[finding.department, default: Changes()].resolvedFindings += 1
            for article in Set(finding.articles) { articles[article, default: Changes()].resolvedFindings += 1 }
        }
        for file in baseline.files where !present.contains(file) {
            total.documentsRemoved += 1
            departments[baseline.documents[file] ?? DepartmentRule.unknown, default: Changes()].documentsRemoved += 1
        }
        return removedFiles
    }

    public var removedFiles: [String] {
        baseline.files.filter { !present.contains($0) }.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    }

    public var departmentNames: [String] { BatchAggregate.ordered(departments.keys) }
}
