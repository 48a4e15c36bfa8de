import CriaKit
import Foundation
import GRDB

/// How many documents and results a recording stored.
public struct RecordingSummary: Sendable, Equatable {
    public var label: String
    public var documents = 0
    public var newDocuments = 0
    public var results = 0
    public var failedInputs = 0
}

extension HistoryStore {
    /// Whether a point of this label is recorded.
    public func hasPoint(_ label: String) throws -> Bool {
        try read { db in try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM point WHERE label = ?)", arguments: [label]) ?? false }
    }

    /// Records one point in one transaction: `fill` adds its documents (a batch runs inside
    /// it, streaming), and if `fill` throws, or the process dies, nothing is recorded. A label
    /// already recorded is refused unless `replace` is set, which replaces that point whole.
    @discardableResult
    public func record(_ header: PointHeader, replace: Bool = false, fill: (PointRecorder) throws -> Void) throws -> RecordingSummary {
        try write { db in
            if let existing = try Int64.fetchOne(db, sql: "SELECT id FROM point WHERE label = ?", arguments: [header.label]) {
                guard replace else { throw Self.alreadyRecorded(header.label, path: path) }
                try db.execute(sql: "DELETE FROM point WHERE id = ?", arguments: [existing])
            }
            try db.execute(
                sql: "INSERT INTO point (label, takenAt, recordedAt, toolVersion, rules, source) VALUES (?, ?, ?, ?, ?, ?)",
                arguments: [header.label, header.takenAt, BatchContext.timestamp(), header.toolVersion, header.rules, header.source])
            let recorder = try PointRecorder(db, pointID: db.lastInsertedRowID, label: header.label)
            try fill(recorder)
            // Documents no point observes any more (a replaced point's own new ones).
            try db.execute(sql: "DELETE FROM document WHERE id NOT IN (SELECT documentID FROM observation)")
            return recorder.summary
        }
    }

    static func alreadyRecorded(_ label: String, path: String) -> HistoryError {
        HistoryError(file: path, message: "point '\(label)' is already recorded; give --replace to record it again")
    }
}

/// Adds one point's documents inside the recording transaction.
public final class PointRecorder {
    private let db: Database
    private let pointID: Int64
    private var identity: DocumentIdentity
    private var ruleIDs: [String: Int64] = [:]
    private var pointRules = Set<Int64>()
    private let insertObservation: Statement
    private let insertResult: Statement
    private let insertPointRule: Statement
    public private(set) var summary: RecordingSummary

    init(_ db: Database, pointID: Int64, label: String) throws {
        self.db = db
        self.pointID = pointID
        summary = RecordingSummary(label: label)
        identity = try DocumentIdentity(db)
        for row in try Row.fetchAll(db, sql: "SELECT id, name FROM rule") { ruleIDs[row[1]] = row[0] }
        insertObservation = try db.makeStatement(
            sql: """
                INSERT INTO observation (pointID, documentID, path, contentHash, version, kind, format, title, department, relevance)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        insertResult = try db.makeStatement(
            sql: """
                INSERT INTO result (pointID, documentID, ruleID, outcome, severity, fingerprint, section, path, line)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        insertPointRule = try db.makeStatement(sql: "INSERT INTO pointRule (pointID, ruleID, title, articles) VALUES (?, ?, ?, ?)")
    }

    public func add(_ document: RecordedDocument) throws {
        let (found, version) = identity.resolve(document)
        let documentID: Int64
        if let found {
            documentID = found
            if let reference = document.reference {
                try db.execute(
                    sql: """
                        UPDATE document SET reference = ? WHERE id = ? AND reference IS NULL
                        AND NOT EXISTS (SELECT 1 FROM document WHERE reference = ?)
                        """, arguments: [reference, found, reference])
            }
        } else {
            let reference = identity.freeReference(of: document)
            try db.execute(sql: "INSERT INTO document (reference) VALUES (?)", arguments: [reference])
            documentID = db.lastInsertedRowID
            identity.made(documentID, reference: reference)
            summary.newDocuments += 1
        }
        try insertObservation.execute(arguments: [
            pointID, documentID, document.path, document.contentHash, version, document.kind, document.format, document.title,
            document.department, document.relevance.rawValue,
        ])
        for result in document.results {
            let ruleID = try rule(result)
            // notApplicable is what a rule of the point with no row means.
            guard result.outcome != .notApplicable else { continue }
            try insertResult.execute(arguments: [
                pointID, documentID, ruleID, result.outcome.rawValue, result.severity.rawValue, result.fingerprint, result.section, result.path, result.line,
            ])
            summary.results += 1
        }
        summary.documents += 1
    }

    public func addFailure(_ failure: RecordedFailure) throws {
        try db.execute(
            sql: "INSERT OR REPLACE INTO failedInput (pointID, path, department, message) VALUES (?, ?, ?, ?)",
            arguments: [pointID, failure.path, failure.department, failure.message])
        summary.failedInputs += 1
    }

    /// The rule's number, registering it (and its articles at this point) on first sight.
    private func rule(_ result: RecordedResult) throws -> Int64 {
        let id: Int64
        if let known = ruleIDs[result.rule] {
            id = known
        } else {
            try db.execute(sql: "INSERT INTO rule (name) VALUES (?)", arguments: [result.rule])
            id = db.lastInsertedRowID
            ruleIDs[result.rule] = id
        }
        if pointRules.insert(id).inserted {
            try insertPointRule.execute(arguments: [pointID, id, result.title, result.articles.map(String.init).joined(separator: " ")])
        }
        return id
    }
}
