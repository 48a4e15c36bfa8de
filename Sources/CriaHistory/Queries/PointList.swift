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
        try Row.fetchAll(db, sql: """
            SELECT p.id, p.label, p.takenAt, p.recordedAt, p.source,
                   (SELECT count(*) FROM observation o WHERE o.pointID = p.id),
                   (SELECT count(*) FROM observation o WHERE o.pointID = p.id AND o.relevance != 'none'),
                   (SELECT count(*) FROM result r WHERE r.pointID = p.id AND r.outcome = 'fail'),
                   (SELECT count(*) FROM result r WHERE r.pointID = p.id AND r.outcome = 'review'),
                   (SELECT count(*) FROM failedInput f WHERE f.pointID = p.id)
            FROM point p ORDER BY p.takenAt, p.label
            """).map { row in
            PointInfo(id: row[0], label: row[1], takenAt: row[2], recordedAt: row[3], source: row[4], documents: row[5],
                      childRelevant: row[6], fails: row[7], reviews: row[8], failedInputs: row[9])
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
