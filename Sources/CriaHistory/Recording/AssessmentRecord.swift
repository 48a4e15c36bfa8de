import CriaKit
import Foundation

extension RecordedDocument {
    /// The values `cria batch --record` stores for one assessed input: the same values the
    /// batch JSON report writes for it (so that an imported report records the same point).
    /// notApplicable results are kept here so that the point knows every rule that ran.
    public init(_ assessment: Assessment, department: String, contentHash: String?) {
        self.init(
            path: assessment.file, reference: assessment.metadata.reference, contentHash: contentHash, kind: nil,
            format: assessment.format.rawValue, title: assessment.metadata.title, department: department, relevance: assessment.relevance,
            results: assessment.results.map { result in
                RecordedResult(
                    rule: result.ruleID, title: result.title, articles: result.articles, severity: result.severity, outcome: result.outcome,
                    fingerprint: result.fingerprint(file: assessment.file), section: result.sectionTitle, path: result.path,
                    line: result.location.isKnown ? result.location.line : nil)
            })
    }
}

/// FNV-1a 64-bit over a file's bytes, as 16 hex digits: enough to tell whether a document's
/// content changed between points (identity, not security: nobody gains by a collision).
public enum ContentHash {
    public static func of(bytes: some Sequence<UInt8>) -> String {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            value ^= UInt64(byte)
            value = value &* 0x0000_0100_0000_01b3
        }
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// Nil when the file cannot be read any more (it is then matched by path alone).
    public static func ofFile(_ path: String) -> String? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return data.withUnsafeBytes { of(bytes: $0) }
    }
}
