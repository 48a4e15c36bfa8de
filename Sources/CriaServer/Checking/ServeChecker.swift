import CriaKit
import Foundation

/// What the routes ask of cria: check one upload or several, and render the reports of a
/// checked document. The pack is loaded once, before the server starts; every check runs
/// on the `CheckQueue` with the same reading and evaluation as `cria check`.
final class ServeChecker: Sendable {
    let check: MemoryCheck
    let settings: ServerSettings
    let queue: CheckQueue
    let store: ResultStore
    let inFlight = InFlightCounter()

    init(check: MemoryCheck, settings: ServerSettings) {
        self.check = check
        self.settings = settings
        queue = CheckQueue(workers: settings.workers, queueLength: settings.queueLength)
        store = ResultStore(capacity: settings.resultsKept, maxBytes: settings.resultsKeptBytes)
    }

    var pack: CompiledPack { check.pack }

    /// Checks one document and keeps the result. Throws the document's located
    /// `InputError` when it cannot be read.
    func checkOne(_ upload: Upload) async throws -> CheckedDocument {
        let check = self.check
        let document = try await queue.run(timeLimit: settings.timeLimit) { () throws -> CheckedDocument in
            let proposal = try check.proposal(bytes: upload.bytes, name: upload.name)
            let assessment = try check.assess(proposal)
            return CheckedDocument(id: ResultStore.newID(), name: upload.name, assessment: assessment, view: DocumentView(proposal))
        }
        await store.keep(document)
        return document
    }

    /// The batch HTML report of several documents (each read and assessed in turn on one
    /// worker; documents that cannot be read are listed in the report with their error).
    func batchReport(_ uploads: [Upload]) async throws -> String {
        let check = self.check
        return try await queue.run(timeLimit: settings.timeLimit) {
            let entries = uploads.enumerated().map { check.batchEntry(bytes: $1.bytes, name: $1.name, index: $0) }
            return try ServeReports.batchHTML(entries, pack: check.pack)
        }
    }

    /// The batch HTML report of one checked document.
    func htmlReport(_ document: CheckedDocument) async throws -> String {
        let check = self.check
        return try await queue.run(timeLimit: settings.timeLimit) {
            try ServeReports.batchHTML([BatchEntry(document.assessment, index: 0)], pack: check.pack)
        }
    }
}
