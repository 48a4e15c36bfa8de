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
            contentHash: assessment.contentHash.map(StableHash.hex), kind: assessment.kind.kind.rawValue,
            format: assessment.format.rawValue, title: assessment.metadata.title, department: department, relevance: assessment.relevance,
            results: assessment.results.map { result in
                RecordedResult(
                    rule: result.ruleID, title: result.title, articles: result.articles, severity: result.severity, outcome: result.outcome,
                    fingerprint: result.fingerprint(file: assessment.file), section: result.sectionTitle, path: result.path,
                    line: result.location.isKnown ? result.location.line : nil)
            })
    }
}
