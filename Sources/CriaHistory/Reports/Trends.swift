import GRDB

/// Everything the trend report shows: the metric series and, between the last two points,
/// each document's change in open findings.
public struct Trends: Sendable {
    public struct DocumentChange: Sendable, Equatable {
        public let document: Int64
        public let path: String
        public let title: String?
        public let department: String
        public let before: Int
        public let after: Int
        public var change: Int { after - before }
    }

    public let series: MetricSeries
    /// The two points compared by `improvements` and `regressions` (nil with fewer than two).
    public let previous: String?
    public let latest: String?
    /// Documents with fewer open findings than at the previous point, most fewer first.
    public let improvements: [DocumentChange]
    /// Documents with more, most more first.
    public let regressions: [DocumentChange]

    public static let changesShown = 10
}

extension HistoryStore {
    public func trends() throws -> Trends {
        let series = try metrics()
        return try read { db in
            let points = series.points
            guard points.count >= 2 else {
                return Trends(series: series, previous: nil, latest: points.last?.label, improvements: [], regressions: [])
            }
            let a = points[points.count - 2], b = points[points.count - 1]
            let before = try PointFindings(db, pointID: a.id), after = try PointFindings(db, pointID: b.id)
            let documents = try PointDocuments(db, pointID: b.id)
            var counts: [Int64: (Int, Int)] = [:]
            for key in before.open.keys where after.documents.contains(key.document) { counts[key.document, default: (0, 0)].0 += 1 }
            for key in after.open.keys where before.documents.contains(key.document) { counts[key.document, default: (0, 0)].1 += 1 }
            let changes = counts.compactMap { id, pair -> Trends.DocumentChange? in
                guard pair.0 != pair.1, let entry = documents.byID[id] else { return nil }
                return Trends.DocumentChange(document: id, path: entry.path, title: entry.title, department: entry.department, before: pair.0, after: pair.1)
            }
            let improvements = changes.filter { $0.change < 0 }.sorted { ($0.change, $0.path) < ($1.change, $1.path) }
            let regressions = changes.filter { $0.change > 0 }.sorted { (-$0.change, $0.path) < (-$1.change, $1.path) }
            return Trends(
                series: series, previous: a.label, latest: b.label,
                improvements: Array(improvements.prefix(Trends.changesShown)), regressions: Array(regressions.prefix(Trends.changesShown)))
        }
    }
}
