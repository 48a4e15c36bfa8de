import CriaKit
import Foundation

extension RecordedDocument {
    /// The values `cria batch --record` stores for one assessed input: the same values the
    /// batch JSON report writes for it, its kind and content hash included (so that an
    /// imported report records the same point). notApplicable results are kept here so that
    /// the point knows every rule that ran.
    public init(_ assessment: Assessment, department: String) {
        self.init(
            path: assessment.file, reference: assessment.metadata.reference,
            contentHash: assessment.contentHash.map(ContentHash.spelled), kind: assessment.kind.kind.rawValue,
            format: assessment.format.rawValue, title: assessment.metadata.title, department: department, relevance: assessment.relevance,
            results: assessment.results.map { result in
                RecordedResult(
                    rule: result.ruleID, title: result.title, articles: result.articles, severity: result.severity, outcome: result.outcome,
                    fingerprint: result.fingerprint(file: assessment.file), section: result.sectionTitle, path: result.path,
                    line: result.location.isKnown ? result.location.line : nil)
            })
    }
}

/// A document's content hash as the store keeps it: the reader's hash of the file's bytes
/// (`Assessment.contentHash`, which the batch JSON report also writes) in 16 hex digits, so
/// that a recorded batch and an imported report of the same files agree.
public enum ContentHash {
    public static func spelled(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
