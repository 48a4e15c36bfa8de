import Foundation

/// Documents already assessed, in a format that a batch streams (`StreamedReportFormat`):
/// written as a batch of them into a private temporary folder, read back, and the folder
/// removed. How `cria check --format html` and the server's downloads get batch reports.
public enum StreamedRendering {
    /// A check's documents, as a batch of them run where the check ran.
    static func text(of format: any ReportFormat.Type, _ report: CheckReport) throws -> String {
        let context = BatchContext(
            generated: BatchContext.timestamp(), rulesDirectory: report.rulesDirectory,
            workingDirectory: report.workingDirectory)
        let entries =
            report.assessments.enumerated().map { BatchEntry($1, index: $0) }
            + report.errors.enumerated().map { BatchEntry(failed: $1, index: report.assessments.count + $0) }
        return try text(of: format, entries: entries, pack: report.pack, context: context)
    }

    public static func text(of format: any ReportFormat.Type, entries: [BatchEntry], pack: CompiledPack, context: BatchContext) throws -> String {
        let folder = try TemporaryFolder(prefix: "cria-report")
        defer { folder.remove() }
        let path = folder.path + "/report." + format.fileExtension
        let writer = try BatchReportWriter(outputs: BatchOutputs([(format, path)]), pack: pack, context: context)
        do {
            for entry in entries { try writer.add(entry) }
            try writer.finish()
        } catch {
            writer.abort()
            throw error
        }
        return try String(contentsOfFile: path, encoding: .utf8)
    }
}
