import GRDB

/// The store's schema as versioned migrations. A migration, once released, is never edited:
/// a change is a new migration, so that every store ever written can be brought up to date.
///
/// What is stored is what a batch report knows, never a document's text: per point, each
/// document's identity, path, content hash, metadata and every result that is not
/// notApplicable (a rule of `pointRule` with no `result` row for an observed document was
/// notApplicable there, so nothing is lost and a point holds about a third of the rows).
enum HistorySchema {
    /// Written into the file header (`PRAGMA application_id`) so that a store is told apart
    /// from any other SQLite file: "CRIA" in ASCII.
    static let applicationID: Int32 = 0x4352_4941

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: "PRAGMA application_id = \(applicationID)")
            try db.execute(
                sql: """
                    CREATE TABLE point (
                        id INTEGER PRIMARY KEY,
                        label TEXT NOT NULL UNIQUE,
                        takenAt TEXT NOT NULL,          -- ISO 8601 date the point stands for; points are ordered by it, then by label
                        recordedAt TEXT NOT NULL,
                        toolVersion TEXT NOT NULL,
                        rules TEXT NOT NULL,
                        source TEXT NOT NULL            -- 'batch' or the imported report's path
                    );
                    CREATE TABLE document (
                        id INTEGER PRIMARY KEY,
                        reference TEXT UNIQUE           -- the department's reference, when the document gives one
                    );
                    CREATE TABLE observation (
                        pointID INTEGER NOT NULL REFERENCES point(id) ON DELETE CASCADE,
                        documentID INTEGER NOT NULL REFERENCES document(id),
                        path TEXT NOT NULL,
                        contentHash TEXT,               -- null when the report did not give one (imported reports)
                        version INTEGER NOT NULL,       -- 1, then one more at each point whose content differs
                        format TEXT NOT NULL,
                        title TEXT,
                        department TEXT NOT NULL,
                        relevance TEXT NOT NULL,
                        PRIMARY KEY (pointID, documentID)
                    ) WITHOUT ROWID;
                    CREATE INDEX observationByDocument ON observation(documentID, pointID);
                    CREATE TABLE failedInput (
                        pointID INTEGER NOT NULL REFERENCES point(id) ON DELETE CASCADE,
                        path TEXT NOT NULL,
                        department TEXT NOT NULL,
                        message TEXT NOT NULL,
                        PRIMARY KEY (pointID, path)
                    ) WITHOUT ROWID;
                    CREATE TABLE rule (
                        id INTEGER PRIMARY KEY,
                        name TEXT NOT NULL UNIQUE
                    );
                    CREATE TABLE pointRule (
                        pointID INTEGER NOT NULL REFERENCES point(id) ON DELETE CASCADE,
                        ruleID INTEGER NOT NULL REFERENCES rule(id),
                        title TEXT NOT NULL,
                        articles TEXT NOT NULL,         -- article numbers separated by spaces
                        PRIMARY KEY (pointID, ruleID)
                    ) WITHOUT ROWID;
                    CREATE TABLE result (
                        pointID INTEGER NOT NULL REFERENCES point(id) ON DELETE CASCADE,
                        documentID INTEGER NOT NULL,
                        ruleID INTEGER NOT NULL,
                        outcome TEXT NOT NULL,          -- pass, fail, review or waived
                        severity TEXT NOT NULL,
                        fingerprint TEXT NOT NULL,
                        section TEXT,
                        path TEXT NOT NULL,
                        line INTEGER,
                        PRIMARY KEY (pointID, documentID, ruleID)
                    ) WITHOUT ROWID;
                    """)
        }
        // v2: the document's kind (a policy, a bill, guidance...) where the report gives one,
        // and two partial indexes the metrics read point by point: the open findings (fails
        // and reviews, covering what the metrics need of them) and, per rule, the documents
        // that pass or waive it. Neither makes a query visit the other rows of a point.
        migrator.registerMigration("v2") { db in
            try db.execute(
                sql: """
                    ALTER TABLE observation ADD COLUMN kind TEXT;
                    CREATE INDEX openFinding ON result(pointID, documentID, ruleID, outcome, severity) WHERE outcome IN ('fail', 'review');
                    CREATE INDEX metByRule ON result(pointID, ruleID) WHERE outcome IN ('pass', 'waived');
                    """)
        }
        return migrator
    }
}
