import Foundation

/// A JSON report of an earlier `cria batch` run (`--baseline`): only what comparison needs.
public struct Baseline: Sendable {
    /// A fail or review of the earlier run, identified within its document by rule, element
    /// path and section (`RuleResult.fingerprintHash` with no file), never by line.
    public struct Finding: Sendable, Equatable {
        public let key: UInt64
        public let rule: String
        public let outcome: String
        public let message: String
        public let line: Int?
        public let articles: [Int]
    }

    public struct Document: Sendable {
        /// The path as that run gave it.
        public let file: String
        /// Relative to its input folder (reports before `source` existed: `file`).
        public let source: String
        public let contentHash: String?
        public let department: String
        public let assessed: Bool
        public let findings: [Finding]
    }

    public let path: String
    public let documents: [Document]
    let bySource: [String: Int]
    let byHash: [String: [Int]]

    private struct Report: Decodable {
        struct Document: Decodable {
            let file: String
            let source: String?
            let contentHash: String?
            let department: String?
            let results: [Result]
        }
        struct Result: Decodable {
            let rule: String
            let articles: [Int]
            let outcome: String
            let message: String?
            let location: Location?
            let section: String?
        }
        struct Location: Decodable {
            let line: Int?
            let path: String?
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
            throw InputError(file: path, message: "not a cria batch JSON report (needs `documents` with `file` and `results` carrying `rule`, `outcome` and `location`)")
        }
        var documents: [Document] = []
        for document in report.documents {
            let findings = document.results.filter { $0.outcome == Outcome.fail.rawValue || $0.outcome == Outcome.review.rawValue }.map { result in
                Finding(
                    key: RuleResult.fingerprintHash(ruleID: result.rule, file: "", path: result.location?.path ?? "", sectionTitle: result.section),
                    rule: result.rule, outcome: result.outcome, message: result.message ?? "",
                    // A finding with no section is about what is missing: its line is the title's.
                    line: result.section == nil ? nil : result.location?.line, articles: result.articles)
            }
            documents.append(
                Document(
                    file: document.file, source: document.source ?? document.file, contentHash: document.contentHash,
                    department: document.department.flatMap { $0.isEmpty ? nil : $0 } ?? DepartmentRule.unknown,
                    assessed: true, findings: findings))
        }
        for failed in report.failed ?? [] {
            documents.append(Document(file: failed.file, source: failed.file, contentHash: nil, department: DepartmentRule.unknown, assessed: false, findings: []))
        }
        self.documents = documents
        var bySource: [String: Int] = [:], byHash: [String: [Int]] = [:]
        for (number, document) in documents.enumerated() {
            if bySource[document.source] == nil { bySource[document.source] = number }
            if let hash = document.contentHash { byHash[hash, default: []].append(number) }
        }
        self.bySource = bySource
        self.byHash = byHash
    }
}
