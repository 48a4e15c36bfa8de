import GRDB

/// A recorded point with its totals.
public struct PointInfo: Sendable, Equatable {
    public let id: Int64
    public let label: String
    public let takenAt: String
    public let recordedAt: String
    public let source: String
    public let documents: Int
    public let childRelevant: Int
    public let fails: Int
    public let reviews: Int
    public let failedInputs: Int
}

extension HistoryStore {
    /// Every point, in order: by the date each stands for, then by label.
    public func points() throws -> [PointInfo] {
        try read { db in try Self.points(db) }
    }

    static func points(_ db: Database) throws -> [PointInfo] {
        // Fails and reviews are counted from the open-finding index, never from the passes.
        var open: [Int64: (fails: Int, reviews: Int)] = [:]
        for row in try Row.fetchAll(
            db,
            sql: """
                SELECT pointID, outcome, count(*) FROM result INDEXED BY openFinding
                WHERE outcome IN ('fail', 'review') GROUP BY pointID, outcome
                """)
        {
            let outcome: String = row[1]
            if outcome == "fail" { open[row[0], default: (0, 0)].fails = row[2] } else { open[row[0], default: (0, 0)].reviews = row[2] }
        }
        return try Row.fetchAll(
            db,
            sql: """
                SELECT p.id, p.label, p.takenAt, p.recordedAt, p.source,
                       (SELECT count(*) FROM observation o WHERE o.pointID = p.id),
                       (SELECT count(*) FROM observation o WHERE o.pointID = p.id AND o.relevance != 'none'),
                       (SELECT count(*) FROM failedInput f WHERE f.pointID = p.id)
                FROM point p ORDER BY p.takenAt, p.label
                """
        ).map { row in
            let id: Int64 = row[0]
            return PointInfo(
                id: id, label: row[1], takenAt: row[2], recordedAt: row[3], source: row[4], documents: row[5],
                childRelevant: row[6], fails: open[id]?.fails ?? 0, reviews: open[id]?.reviews ?? 0, failedInputs: row[7])
        }
    }

    /// The point of this label, or a one-line error naming the labels there are.
    static func point(_ label: String, in db: Database, path: String) throws -> PointInfo {
        let all = try points(db)
        if let point = all.first(where: { $0.label == label }) { return point }
        let known = all.isEmpty ? "none is recorded" : "recorded: " + all.map(\.label).joined(separator: ", ")
        throw HistoryError(file: path, message: "no point '\(label)' (\(known))")
    }
}
