import GRDB

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
