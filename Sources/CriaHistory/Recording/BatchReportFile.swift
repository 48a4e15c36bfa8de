import CriaKit
import Foundation

/// A batch JSON report (`cria batch --json`) read back as a point's content, for
/// `cria history import`. Only what the history stores is decoded; the document text was
/// never in the report.
public struct BatchReportFile {
    public let header: PointHeader
    public let documents: [RecordedDocument]
    public let failures: [RecordedFailure]

    private struct Report: Decodable {
        struct Tool: Decodable { let version: String?; let rules: String? }
        struct Document: Decodable {
            let file: String
            let format: String
            let title: String?
            let department: String?
            let reference: String?
            let relevance: Relevance
            let kind: String?
            let contentHash: String?
            let results: [Result]
        }
        struct Result: Decodable {
            struct Location: Decodable { let line: Int?; let path: String? }
            let rule: String
            let title: String
            let articles: [Int]
            let severity: Severity
            let outcome: Outcome
            let fingerprint: String
            let section: String?
            let location: Location?
        }
        struct Failed: Decodable { let file: String; let message: String }
        let tool: Tool?
        let generated: String?
        let documents: [Document]
        let failed: [Failed]?
    }

    /// `takenAt` overrides the date the point stands for (default: the report's `generated`).
    public init(path: String, label: String, takenAt: String? = nil) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw HistoryError(file: path, message: "cannot read the batch report")
        }
        let report: Report
        do { report = try JSONDecoder().decode(Report.self, from: data) } catch let error as DecodingError {
            throw HistoryError(file: path, message: "not a cria batch JSON report (\(Self.describe(error)))")
        }
        guard let date = takenAt ?? report.generated else {
            throw HistoryError(file: path, message: "the report has no `generated` date; give --date YYYY-MM-DD")
        }
        header = PointHeader(label: label, takenAt: date, toolVersion: report.tool?.version ?? "", rules: report.tool?.rules ?? "", source: path)
        documents = report.documents.map { document in
            RecordedDocument(
                path: document.file, reference: document.reference, contentHash: document.contentHash, kind: document.kind,
                format: document.format, title: document.title,
                department: document.department.flatMap { $0.isEmpty ? nil : $0 } ?? DepartmentRule.unknown,
                relevance: document.relevance,
                results: document.results.map { result in
                    RecordedResult(
                        rule: result.rule, title: result.title, articles: result.articles, severity: result.severity, outcome: result.outcome,
                        fingerprint: result.fingerprint, section: result.section, path: result.location?.path ?? "", line: result.location?.line)
                })
        }
        failures = (report.failed ?? []).map { RecordedFailure(path: $0.file, department: DepartmentRule.unknown, message: $0.message) }
    }

    /// Where the report departs from the batch report's shape, as a JSON path.
    private static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            let steps = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            return steps.isEmpty ? "at the top level" : "at \(steps.hasPrefix(".") ? String(steps.dropFirst()) : steps)"
        }
        switch error {
        case .keyNotFound(let key, let context): return "missing `\(key.stringValue)` \(path(context))"
        case .typeMismatch(_, let context), .valueNotFound(_, let context): return "unexpected value \(path(context))"
        case .dataCorrupted(let context): return context.codingPath.isEmpty ? "not valid JSON" : "unexpected value \(path(context))"
        @unknown default: return "unexpected shape"
        }
    }
}
