import GRDB

/// The open findings (fails and reviews) of a point, and the documents it observed.
struct PointFindings {
    var open: [FindingKey: String] = [:]  // → outcome
    var documents = Set<Int64>()

    /// Reads through the `openFinding` index: passes are not visited.
    init(_ db: Database, pointID: Int64) throws {
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT documentID, ruleID, outcome FROM result INDEXED BY openFinding
                WHERE pointID = ? AND outcome IN ('fail', 'review')
                """, arguments: [pointID])
        while let row = try rows.next() { open[FindingKey(document: row[0], rule: row[1])] = row[2] }
        documents = Set(try Int64.fetchAll(db, sql: "SELECT documentID FROM observation WHERE pointID = ?", arguments: [pointID]))
    }
}
