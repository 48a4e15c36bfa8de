import Foundation
import GRDB

/// One history file: SQLite in WAL mode, so that readers see the last committed point while
/// another process records the next one, and a recording killed half-way leaves the file as
/// it was (the uncommitted pages in the WAL are discarded when the store is next opened).
public final class HistoryStore {
    public let path: String
    let pool: DatabasePool

    public enum Access {
        /// Creates the file when missing (recording, importing).
        case createIfMissing
        /// The file must exist (every query).
        case existing
    }

    public init(path: String, access: Access = .existing) throws {
        self.path = path
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
        if isDirectory.boolValue { throw HistoryError(file: path, message: "is a folder, not a history store") }
        if !exists && access == .existing {
            throw HistoryError(file: path, message: "no such history store (record a point first: cria batch ... --record \(path) --point LABEL)")
        }
        if exists { try Self.checkHeader(path) }
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
            // Reads only, unless a migration is due: a store being recorded by another
            // process can still be queried (WAL readers take no lock).
            let current = try pool.read { db in
                try Self.checkOwner(db, path: path)
                if try HistorySchema.migrator.hasBeenSuperseded(db) {
                    throw HistoryError(file: path, message: "the history store was written by a newer cria (unknown schema version)")
                }
                return try HistorySchema.migrator.hasCompletedMigrations(db)
            }
            if !current { try HistorySchema.migrator.migrate(pool) }
        } catch let error as HistoryError {
            throw error
        } catch let error as DatabaseError {
            throw Self.describe(error, path: path)
        }
    }

    /// Reads the first 16 bytes: a file that is not SQLite at all is refused before SQLite
    /// is asked to open it (which would otherwise turn it into a WAL database).
    private static func checkHeader(_ path: String) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw HistoryError(file: path, message: "cannot read the history store")
        }
        defer { try? handle.close() }
        let header = (try? handle.read(upToCount: 16)) ?? Data()
        if header.isEmpty { return }  // an empty file becomes a new store
        if header != Data("SQLite format 3\u{0}".utf8) {
            throw HistoryError(file: path, message: "not a cria history store (not an SQLite database)")
        }
    }

    /// A SQLite file of another program is refused rather than given our tables.
    private static func checkOwner(_ db: Database, path: String) throws {
        let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
        if applicationID == HistorySchema.applicationID { return }
        let tables = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
        if applicationID != 0 || tables > 0 {
            throw HistoryError(file: path, message: "not a cria history store (an SQLite database of another program)")
        }
    }

    private static func describe(_ error: DatabaseError, path: String) -> HistoryError {
        switch error.resultCode {
        case .SQLITE_NOTADB, .SQLITE_CORRUPT:
            return HistoryError(file: path, message: "the history store is damaged (\(error.message ?? "corrupt"))")
        case .SQLITE_IOERR, .SQLITE_CANTOPEN, .SQLITE_READONLY, .SQLITE_FULL:
            return HistoryError(file: path, message: "cannot read or write the history store (\(error.message ?? "I/O error"))")
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return HistoryError(file: path, message: "the history store is busy (another cria is recording); try again")
        default:
            return HistoryError(file: path, message: error.message ?? "\(error)")
        }
    }

    /// Runs a read in one snapshot: every query sees one committed state.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try pool.read(body) } catch let error as DatabaseError { throw Self.describe(error, path: path) }
    }

    /// Runs `body` in one transaction: everything or nothing is written.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try pool.write(body) } catch let error as DatabaseError { throw Self.describe(error, path: path) }
    }

    /// `PRAGMA integrity_check`: "ok", or what is wrong.
    public func integrityCheck() throws -> [String] {
        try read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
    }
}
