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
                return PointDiff.Finding(
                    document: key.document, path: document?.path ?? "", department: document?.department ?? "",
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
