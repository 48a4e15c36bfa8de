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
            try ServeReports.batchHTML([check.batchEntry(document.assessment, index: 0)], pack: check.pack)
        }
    }
}

/// Renders the report formats of cria for checked uploads: every format of
/// `ReportFormats.registered` (as `cria check --format NAME` renders it), and the batch
/// HTML report.
enum ServeReports {
    static func render(_ format: any ReportFormat.Type, _ assessments: [Assessment], errors: [InputError] = [], pack: CompiledPack) -> String {
        var report = CheckReport(assessments: assessments, errors: errors, pack: pack)
        // Uploads have no folder: SARIF's URIs are the names they were uploaded under.
        report.workingDirectory = "/"
        return format.render(report)
    }

    static func json(_ assessments: [Assessment], errors: [InputError] = [], pack: CompiledPack) -> String {
        render(JSONReport.self, assessments, errors: errors, pack: pack)
    }

    /// The file extension and content type of a download in `format`.
    static func fileType(of format: any ReportFormat.Type) -> (fileExtension: String, contentType: String) {
        switch format.name {
        case "json": return ("json", "application/json; charset=utf-8")
        case "sarif": return ("sarif", "application/sarif+json; charset=utf-8")
        case "junit", "checkstyle": return ("\(format.name).xml", "application/xml; charset=utf-8")
        default: return ("\(format.name).txt", "text/plain; charset=utf-8")
        }
    }

    /// `BatchReportWriter` spools to files next to its output: it writes into a private
    /// temporary folder that is removed before this returns. Only the report is written
    /// there, never the uploaded document.
    static func batchHTML(_ entries: [BatchEntry], pack: CompiledPack) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cria-serve-\(ResultStore.newID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("report.html").path
        let context = BatchContext(generated: BatchContext.timestamp(), rulesDirectory: (pack.pack.directory as NSString).lastPathComponent, workingDirectory: "/")
        let writer = try BatchReportWriter(outputs: BatchOutputs(html: path), pack: pack, context: context)
        for entry in entries { try writer.add(entry) }
        _ = try writer.finish()
        return try String(contentsOfFile: path, encoding: .utf8)
    }
}
