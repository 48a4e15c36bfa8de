import GRDB

/// What changed between two points: what `cria batch --baseline` reports between two runs,
/// but between any two recorded points, and following documents across moves and edits.
///
/// - new: a fail or review at `to` that was not open on the same document at `from`
///   (in documents added since, too);
/// - resolved: open at `from`, not open at `to`, on a document observed at both (a document
///   no longer observed resolves nothing);
/// - added / removed: documents observed at only one of the two points.
public struct PointDiff: Sendable {
    public struct Finding: Sendable, Equatable {
        public let document: Int64
        public let path: String
        public let department: String
        public let rule: String
        public let outcome: String
        public let articles: [Int]
    }

    public struct Document: Sendable, Equatable {
        public let document: Int64
        public let path: String
        public let department: String
    }

    public let from: String
    public let to: String
    public let newFindings: [Finding]
    public let resolvedFindings: [Finding]
    public let added: [Document]
    public let removed: [Document]
}

extension HistoryStore {
    public func diff(from: String, to: String) throws -> PointDiff {
        try read { db in
            let a = try Self.point(from, in: db, path: path)
            let b = try Self.point(to, in: db, path: path)
            let before = try PointFindings(db, pointID: a.id)
            let after = try PointFindings(db, pointID: b.id)
            let documentsA = try PointDocuments(db, pointID: a.id)
            let documentsB = try PointDocuments(db, pointID: b.id)
            let rules = try RuleCatalogue(db)
            func finding(_ key: FindingKey, _ outcome: String, _ documents: PointDocuments, point: Int64) -> PointDiff.Finding {
                let document = documents.byID[key.document]
                return PointDiff.Finding(document: key.document, path: document?.path ?? "", department: document?.department ?? "",
                                         rule: rules.name(key.rule), outcome: outcome, articles: rules.articles(key.rule, point: point))
            }
            let new = after.open.filter { before.open[$0.key] == nil }.keys.sorted()
                .map { finding($0, after.open[$0]!, documentsB, point: b.id) }
            let resolved = before.open.filter { after.open[$0.key] == nil && after.documents.contains($0.key.document) }.keys.sorted()
                .map { finding($0, before.open[$0]!, documentsA, point: a.id) }
            let added = documentsB.byID.keys.filter { documentsA.byID[$0] == nil }.sorted().map { documentsB.summary($0) }
            let removed = documentsA.byID.keys.filter { documentsB.byID[$0] == nil }.sorted().map { documentsA.summary($0) }
            return PointDiff(from: a.label, to: b.label, newFindings: new, resolvedFindings: resolved, added: added, removed: removed)
        }
    }
}

/// The documents one point observed, by stored id.
struct PointDocuments {
    struct Entry { let path: String; let department: String; let relevance: String; let title: String?; let version: Int }
    var byID: [Int64: Entry] = [:]

    init(_ db: Database, pointID: Int64) throws {
        let rows = try Row.fetchCursor(db, sql: "SELECT documentID, path, department, relevance, title, version FROM observation WHERE pointID = ?", arguments: [pointID])
        while let row = try rows.next() {
            byID[row[0]] = Entry(path: row[1], department: row[2], relevance: row[3], title: row[4], version: row[5])
        }
    }

    func summary(_ id: Int64) -> PointDiff.Document {
        PointDiff.Document(document: id, path: byID[id]?.path ?? "", department: byID[id]?.department ?? "")
    }
}

/// Rule names, and each rule's articles as each point's pack gave them.
struct RuleCatalogue {
    private var names: [Int64: String] = [:]
    private var articlesByPoint: [Int64: [Int64: [Int]]] = [:]

    init(_ db: Database) throws {
        for row in try Row.fetchAll(db, sql: "SELECT id, name FROM rule") { names[row[0]] = row[1] }
        for row in try Row.fetchAll(db, sql: "SELECT pointID, ruleID, articles FROM pointRule") {
            let text: String = row[2]
            articlesByPoint[row[0], default: [:]][row[1]] = text.split(separator: " ").compactMap { Int($0) }
        }
    }

    func name(_ rule: Int64) -> String { names[rule] ?? "rule \(rule)" }
    func id(_ name: String) -> Int64? { names.first { $0.value == name }?.key }
    func articles(_ rule: Int64, point: Int64) -> [Int] { articlesByPoint[point]?[rule] ?? [] }
}
