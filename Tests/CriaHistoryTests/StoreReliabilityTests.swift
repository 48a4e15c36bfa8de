import CriaHistory
import CriaKit
import Foundation
import GRDB
import XCTest

final class StoreReliabilityTests: XCTestCase {
    private struct Interrupted: Error {}

    func testARecordingThatFailsRecordsNothing() throws {
        let temporary = try TemporaryStore()
        let store = try temporary.open()
        try store.record("P1", "2026-01-01", [document("a.xml", hash: "a", [result(TestRule.views, .fail)])])
        XCTAssertThrowsError(
            try store.record(header("P2", "2026-04-01")) { recorder in
                try recorder.add(document("a.xml", hash: "a2", [result(TestRule.views, .pass)]))
                try recorder.add(document("b.xml", hash: "b"))
                throw Interrupted()
            })
        XCTAssertEqual(try store.points().map(\.label), ["P1"])
        XCTAssertEqual(try store.document("a.xml").observations.map(\.version), [1])
        XCTAssertThrowsError(try store.document("b.xml"))
        XCTAssertEqual(try store.integrityCheck(), ["ok"])
    }

    func testALabelIsRecordedOnceUnlessReplaced() throws {
        let temporary = try TemporaryStore()
        let store = try temporary.open()
        try store.record("P1", "2026-01-01", [document("a.xml", hash: "a", [result(TestRule.views, .fail)])])
        XCTAssertThrowsError(try store.record("P1", "2026-01-01", [document("b.xml")])) { error in
            XCTAssertEqual((error as? HistoryError)?.message, "point 'P1' is already recorded; give --replace to record it again")
        }
        try store.record(header("P1", "2026-01-02"), replace: true) { try $0.add(document("b.xml", hash: "b")) }
        let points = try store.points()
        XCTAssertEqual(points.map(\.label), ["P1"])
        XCTAssertEqual(points.map(\.documents), [1])
        XCTAssertEqual(points.map(\.fails), [0])
        XCTAssertThrowsError(try store.document("a.xml"), "the replaced point's documents are gone")
        XCTAssertEqual(try store.integrityCheck(), ["ok"])
    }

    func testTheStoreIsInWALMode() throws {
        let temporary = try TemporaryStore()
        _ = try temporary.open()
        let queue = try DatabaseQueue(path: temporary.path)
        XCTAssertEqual(try queue.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") }, "wal")
    }

    /// A store of the first schema (v1), with a point in it, is brought up to date and keeps it.
    func testMigrationFromTheFirstSchema() throws {
        let temporary = try TemporaryStore()
        let queue = try DatabaseQueue(path: temporary.path)
        try queue.write { db in
            try db.execute(
                sql: """
                    PRAGMA application_id = 1129466177;
                    CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
                    INSERT INTO grdb_migrations VALUES ('v1');
                    """)
            try db.execute(sql: Self.firstSchema)
            try db.execute(
                sql: """
                    INSERT INTO point VALUES (1, '2025-Q4', '2025-12-31', '2026-01-05T10:00:00Z', '0.9', 'rules', 'q4.json');
                    INSERT INTO document VALUES (1, 'DFE-1');
                    INSERT INTO observation VALUES (1, 1, 'dfe/a.xml', NULL, 1, 'xml', 'A', 'Department for Education', 'direct');
                    INSERT INTO rule VALUES (1, 'childrens-own-views');
                    INSERT INTO pointRule VALUES (1, 1, 'Children''s own views', '12');
                    INSERT INTO result VALUES (1, 1, 1, 'fail', 'error', 'f00d', NULL, '/proposal', 3);
                    """)
        }
        try queue.close()

        let store = try HistoryStore(path: temporary.path)
        XCTAssertEqual(try store.points().map(\.fails), [1])
        try store.record("2026-Q1", "2026-03-31", [document("dfe/a.xml", hash: "a", reference: "DFE-1", [result(TestRule.views, .pass)])])
        let diff = try store.diff(from: "2025-Q4", to: "2026-Q1")
        XCTAssertEqual(diff.resolvedFindings.map(\.rule), ["childrens-own-views"])
        XCTAssertEqual(diff.resolvedFindings.map(\.articles), [[12]])
        XCTAssertEqual(try store.integrityCheck(), ["ok"])
        let check = try DatabaseQueue(path: temporary.path)
        XCTAssertEqual(try check.read { try String.fetchAll($0, sql: "SELECT identifier FROM grdb_migrations ORDER BY identifier") }, ["v1", "v2"])
        XCTAssertEqual(try check.read { try String?.fetchOne($0, sql: "SELECT kind FROM observation WHERE pointID = 1") }, .some(nil))
    }

    func testADamagedFileIsAOneLineError() throws {
        let temporary = try TemporaryStore()
        do {
            // Closed at the end of this block: the last connection checkpoints the WAL into the file.
            let store = try temporary.open()
            try store.record("P1", "2026-01-01", (0..<300).map { document("d\($0).xml", hash: "h\($0)", [result(TestRule.views, .fail)]) })
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: temporary.path + "-wal"))
        // Overwrite everything after the header page with garbage.
        let handle = try XCTUnwrap(FileHandle(forUpdatingAtPath: temporary.path))
        let size = try handle.seekToEnd()
        try handle.seek(toOffset: 4096)
        try handle.write(contentsOf: Data(repeating: 0xA5, count: Int(size) - 4096))
        try handle.close()
        XCTAssertThrowsError(try HistoryStore(path: temporary.path).points()) { error in
            let history = error as? HistoryError
            XCTAssertEqual(history?.file, temporary.path)
            XCTAssertTrue(history?.message.hasPrefix("the history store is damaged") ?? false, "\(error)")
        }
    }

    func testAFileThatIsNotAStoreIsRefusedAndLeftAlone() throws {
        let temporary = try TemporaryStore()
        try Data("{\"documents\": []}".utf8).write(to: URL(fileURLWithPath: temporary.path))
        XCTAssertThrowsError(try HistoryStore(path: temporary.path, access: .createIfMissing)) { error in
            XCTAssertEqual("\(error)", "\(temporary.path): error: not a cria history store (not an SQLite database)")
        }
        XCTAssertEqual(try String(contentsOfFile: temporary.path, encoding: .utf8), "{\"documents\": []}")

        let other = temporary.folder + "/other.sqlite"
        let queue = try DatabaseQueue(path: other)
        try queue.write { try $0.execute(sql: "CREATE TABLE contacts (name TEXT)") }
        try queue.close()
        XCTAssertThrowsError(try HistoryStore(path: other, access: .createIfMissing)) { error in
            XCTAssertEqual("\(error)", "\(other): error: not a cria history store (an SQLite database of another program)")
        }
        XCTAssertThrowsError(try HistoryStore(path: temporary.folder + "/missing.sqlite")) { error in
            XCTAssertTrue("\(error)".contains("no such history store"))
        }
    }

    /// The v1 migration as first released (kept here verbatim: the test must not follow later edits).
    static let firstSchema = """
        CREATE TABLE point (id INTEGER PRIMARY KEY, label TEXT NOT NULL UNIQUE, takenAt TEXT NOT NULL, recordedAt TEXT NOT NULL,
            toolVersion TEXT NOT NULL, rules TEXT NOT NULL, source TEXT NOT NULL);
        CREATE TABLE document (id INTEGER PRIMARY KEY, reference TEXT UNIQUE);
        CREATE TABLE observation (pointID INTEGER NOT NULL REFERENCES point(id) ON DELETE CASCADE, documentID INTEGER NOT NULL REFERENCES document(id),
            path TEXT NOT NULL, contentHash TEXT, version INTEGER NOT NULL, format TEXT NOT NULL, title TEXT, department TEXT NOT NULL,
            relevance TEXT NOT NULL, PRIMARY KEY (pointID, documentID)) WITHOUT ROWID;
        CREATE INDEX observationByDocument ON observation(documentID, pointID);
        CREATE TABLE failedInput (pointID INTEGER NOT NULL REFERENCES point(id) ON DELETE CASCADE, path TEXT NOT NULL, department TEXT NOT NULL,
            message TEXT NOT NULL, PRIMARY KEY (pointID, path)) WITHOUT ROWID;
        CREATE TABLE rule (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
        CREATE TABLE pointRule (pointID INTEGER NOT NULL REFERENCES point(id) ON DELETE CASCADE, ruleID INTEGER NOT NULL REFERENCES rule(id),
            title TEXT NOT NULL, articles TEXT NOT NULL, PRIMARY KEY (pointID, ruleID)) WITHOUT ROWID;
        CREATE TABLE result (pointID INTEGER NOT NULL REFERENCES point(id) ON DELETE CASCADE, documentID INTEGER NOT NULL, ruleID INTEGER NOT NULL,
            outcome TEXT NOT NULL, severity TEXT NOT NULL, fingerprint TEXT NOT NULL, section TEXT, path TEXT NOT NULL, line INTEGER,
            PRIMARY KEY (pointID, documentID, ruleID)) WITHOUT ROWID;
        """
}
