import GRDB

/// Decides which stored document an input is. In order:
/// 1. the department's reference, when the input gives one;
/// 2. the document last seen at this path with this content (unchanged);
/// 3. the content hash of a document seen before: a moved or re-saved file is the same
///    document (and the same version);
/// 4. the path of a document seen before: an edited file is a new version of it;
/// 5. otherwise a new document.
/// Two inputs of one point never share a document: a second copy of the same content at
/// another path falls through to its own path, then to a new document.
struct DocumentIdentity {
    struct Known {
        var versions: [String: Int] = [:]  // content hash → version
        var latestVersion = 0
    }

    private var byReference: [String: Int64] = [:]
    private var byHash: [String: Int64] = [:]
    private var byPath: [String: Int64] = [:]
    private var latestHash: [Int64: String] = [:]
    private var known: [Int64: Known] = [:]
    private var taken = Set<Int64>()

    /// Reads every earlier observation, oldest point first, so that the latest path and
    /// hash of a document win.
    init(_ db: Database) throws {
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT o.documentID, o.path, o.contentHash, o.version, d.reference
                FROM observation o JOIN point p ON p.id = o.pointID JOIN document d ON d.id = o.documentID
                ORDER BY p.takenAt, p.label
                """)
        while let row = try rows.next() {
            let id: Int64 = row[0]
            let path: String = row[1]
            let hash: String? = row[2]
            let version: Int = row[3]
            if let reference: String = row[4] { byReference[reference] = id }
            byPath[path] = id
            var entry = known[id] ?? Known()
            latestHash[id] = hash
            if let hash {
                byHash[hash] = id
                entry.versions[hash] = version
            }
            entry.latestVersion = max(entry.latestVersion, version)
            known[id] = entry
        }
    }

    /// The stored document for `document` (nil: a new one is to be made) and its version.
    mutating func resolve(_ document: RecordedDocument) -> (id: Int64?, version: Int) {
        let atPath = byPath[document.path]
        let candidates: [Int64?] = [
            document.reference.flatMap { byReference[$0] },
            atPath.flatMap { id in document.contentHash != nil && latestHash[id] == document.contentHash ? id : nil },
            document.contentHash.flatMap { byHash[$0] },
            atPath,
        ]
        guard let id = candidates.lazy.compactMap({ $0 }).first(where: { !taken.contains($0) }) else { return (nil, 1) }
        taken.insert(id)
        let entry = known[id] ?? Known()
        if let hash = document.contentHash {
            if let version = entry.versions[hash] { return (id, version) }
        } else if entry.latestVersion > 0, byPath[document.path] == id {
            // No hash (an imported report): the same path is taken as the same version.
            return (id, entry.latestVersion)
        }
        return (id, entry.latestVersion + 1)
    }

    /// The reference a new document may carry: none when another document already has it
    /// (two inputs of one point giving the same reference: the first keeps it).
    func freeReference(of document: RecordedDocument) -> String? {
        document.reference.flatMap { byReference[$0] == nil ? $0 : nil }
    }

    /// Remembers a document made for this point.
    mutating func made(_ id: Int64, reference: String?) {
        taken.insert(id)
        if let reference { byReference[reference] = id }
    }
}
