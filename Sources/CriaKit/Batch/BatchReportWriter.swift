import Foundation

/// Takes entries in input order and hands each to the file of every report asked for
/// (`ReportFormat.batchStream`), which streams its per-document parts into spool files next to
/// it; `finish()` has each assemble its report from the aggregates and its spools and rename
/// it into place. Only counts stay in memory (and the assessments, for a `WholeReportFormat`).
public final class BatchReportWriter {
    public let outputs: BatchOutputs
    public let pack: CompiledPack
    public let context: BatchContext
    public private(set) var aggregate = BatchAggregate()
    public private(set) var comparison: BaselineComparison?

    private var files: [any BatchReportStream] = []
    /// With no outputs, the Markdown report is written here and returned for stdout.
    private var stdoutReport: (folder: TemporaryFolder, path: String)?
    private var addedSample: [String] = []
    private var finished = false

    static let addedSampleLimit = 50
    static let stdoutFormat = "markdown"

    /// With no outputs, the Markdown report is produced for stdout (`finish()` returns it).
    public init(outputs: BatchOutputs, pack: CompiledPack, context: BatchContext, baseline: Baseline? = nil) throws {
        self.outputs = outputs
        self.pack = pack
        self.context = context
        self.comparison = baseline.map(BaselineComparison.init)
        let setup = BatchStreamSetup(pack: pack, context: context, hasBaseline: baseline != nil)
        var files = outputs.files
        if outputs.isEmpty, let markdown = ReportFormats.named(Self.stdoutFormat) {
            let folder = try TemporaryFolder(prefix: "cria-batch")
            let path = folder.path + "/report." + markdown.fileExtension
            stdoutReport = (folder, path)
            files = [(markdown, path)]
        }
        do {
            for (format, path) in files { self.files.append(try format.batchStream(to: path, setup: setup)) }
        } catch {
            abort()
            throw error
        }
    }

    public func add(_ entry: BatchEntry) throws {
        aggregate.add(entry)
        if comparison != nil, comparison!.add(entry) {
            for file in files { try file.addedSinceBaseline(entry.path) }
            if addedSample.count < Self.addedSampleLimit { addedSample.append(entry.path) }
        }
        for file in files { try file.add(entry) }
    }

    /// Assembles and renames every report into place. Returns the Markdown report when no
    /// output file was asked for (for stdout), else nil.
    @discardableResult
    public func finish() throws -> String? {
        precondition(!finished, "finish() called twice")
        finished = true
        let removed = comparison?.finish() ?? []
        let view = BatchView(aggregate: aggregate, comparison: comparison, removed: removed, addedSample: addedSample, context: context)
        do {
            for file in files { try file.finish(view) }
            guard let stdoutReport else { return nil }
            defer { stdoutReport.folder.remove() }
            return try String(contentsOfFile: stdoutReport.path, encoding: .utf8)
        } catch {
            abort()
            throw error
        }
    }

    /// Removes every temporary file (after an error); the destinations are left untouched.
    public func abort() {
        for file in files { file.discard() }
        stdoutReport?.folder.remove()
    }

    /// Whether any fail is at or above `threshold` (nil: never).
    public func hasFails(atOrAbove threshold: Severity?) -> Bool {
        guard let threshold else { return false }
        return aggregate.severities.contains { $0.key >= threshold && $0.value.fail > 0 }
    }
}
