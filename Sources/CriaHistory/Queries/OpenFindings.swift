import GRDB

/// A finding as the history follows it: one rule on one document. A rule gives one result
/// per document, so (document, rule) names a finding across points, moves and edits, where
/// the fingerprint (which includes the file path) would not survive a move.
public struct FindingKey: Hashable, Sendable, Comparable {
    public let document: Int64
    public let rule: Int64

    public static func < (a: FindingKey, b: FindingKey) -> Bool { (a.document, a.rule) < (b.document, b.rule) }
}

/// The open findings (fails and reviews) of a point, and the documents it observed.
struct PointFindings {
    var open: [FindingKey: String] = [:]      // → outcome
    var documents = Set<Int64>()

    /// Reads through the `openFinding` index: passes are not visited.
    init(_ db: Database, pointID: Int64) throws {
        let rows = try Row.fetchCursor(db, sql: """
            SELECT documentID, ruleID, outcome FROM result INDEXED BY openFinding
            WHERE pointID = ? AND outcome IN ('fail', 'review')
            """, arguments: [pointID])
        while let row = try rows.next() { open[FindingKey(document: row[0], rule: row[1])] = row[2] }
        documents = Set(try Int64.fetchAll(db, sql: "SELECT documentID FROM observation WHERE pointID = ?", arguments: [pointID]))
    }
}
