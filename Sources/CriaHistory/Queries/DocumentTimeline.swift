import GRDB

/// One proposal across points: where it was, which version, and when each finding
/// appeared and was resolved.
public struct DocumentTimeline: Sendable {
    public struct Observation: Sendable, Equatable {
        public let point: String
        public let path: String
        public let version: Int
        public let department: String
        public let relevance: String
        public let open: Int
    }

    /// A run of consecutive points at which one rule was a fail or review on the document.
    public struct FindingSpan: Sendable, Equatable {
        public let rule: String
        public let outcome: String
        public let appeared: String
        /// The first later point observing the document without the finding; nil: still open
        /// at the last point observing it.
        public let resolved: String?
    }

    public let document: Int64
    public let reference: String?
    public let title: String?
    public let observations: [DocumentTimeline.Observation]
    public let findings: [DocumentTimeline.FindingSpan]
}

extension HistoryStore {
    /// `id` is a stored document number, a department reference or a path the document had.
    public func document(_ id: String) throws -> DocumentTimeline {
        try read { db in
            let matches = try Int64.fetchAll(
                db,
                sql: """
                    SELECT id FROM document WHERE reference = ? OR CAST(id AS TEXT) = ?
                    UNION SELECT DISTINCT documentID FROM observation WHERE path = ?
                    """, arguments: [id, id, id])
            guard let documentID = matches.first else {
                throw HistoryError(file: path, message: "no document '\(id)' (give a document number, a reference or a path it had)")
            }
            if matches.count > 1 {
                throw HistoryError(file: path, message: "'\(id)' names \(matches.count) documents (numbers \(matches.map(String.init).joined(separator: ", "))); give one number")
            }
            let reference = try String.fetchOne(db, sql: "SELECT reference FROM document WHERE id = ?", arguments: [documentID])
            let points = try Self.points(db)
            let rules = try RuleCatalogue(db)
            var observations: [DocumentTimeline.Observation] = []
            var title: String?
            // rule → (outcome, appeared) while open
            var openSpans: [Int64: (String, String)] = [:]
            var spans: [DocumentTimeline.FindingSpan] = []
            for point in points {
                guard
                    let row = try Row.fetchOne(
                        db, sql: "SELECT path, version, department, relevance, title FROM observation WHERE pointID = ? AND documentID = ?",
                        arguments: [point.id, documentID])
                else { continue }
                title = row[4] ?? title
                let open = try Row.fetchAll(
                    db, sql: "SELECT ruleID, outcome FROM result WHERE pointID = ? AND documentID = ? AND outcome IN ('fail', 'review')",
                    arguments: [point.id, documentID])
                var nowOpen: [Int64: String] = [:]
                for finding in open { nowOpen[finding[0]] = finding[1] }
                for (rule, (outcome, appeared)) in openSpans where nowOpen[rule] == nil {
                    spans.append(DocumentTimeline.FindingSpan(rule: rules.name(rule), outcome: outcome, appeared: appeared, resolved: point.label))
                    openSpans[rule] = nil
                }
                for (rule, outcome) in nowOpen where openSpans[rule] == nil { openSpans[rule] = (outcome, point.label) }
                observations.append(DocumentTimeline.Observation(point: point.label, path: row[0], version: row[1], department: row[2], relevance: row[3], open: nowOpen.count))
            }
            for (rule, (outcome, appeared)) in openSpans {
                spans.append(DocumentTimeline.FindingSpan(rule: rules.name(rule), outcome: outcome, appeared: appeared, resolved: nil))
            }
            let order = Dictionary(uniqueKeysWithValues: points.enumerated().map { ($1.label, $0) })
            spans.sort { (order[$0.appeared]!, $0.rule) < (order[$1.appeared]!, $1.rule) }
            return DocumentTimeline(document: documentID, reference: reference, title: title, observations: observations, findings: spans)
        }
    }
}
