import Foundation

/// Takes entries in input order and streams their per-document parts into spool files next
/// to each output; `finish()` assembles every report from the aggregates and the spools and
/// renames each into place. Only counts stay in memory.
public final class BatchReportWriter {
    public let outputs: BatchOutputs
    public let pack: CompiledPack
    public let context: BatchContext
    public private(set) var aggregate = BatchAggregate()
    public private(set) var comparison: BaselineComparison?

    private var jsonOut: JSONOut?
    private var sarifOut: SARIFOut?
    private var csvOut: AtomicFile?
    private var htmlOut: HTMLOut?
    /// Only when Markdown is asked for, or is the stdout report (no outputs at all).
    private var markdownOut: MarkdownOut?
    private var addedSample: [String] = []
    private let resultHeads = ResultHeads()
    private var finished = false

    static let addedSampleLimit = 50

    /// With no outputs, the Markdown report is produced for stdout (`finish()` returns it).
    public init(outputs: BatchOutputs, pack: CompiledPack, context: BatchContext, baseline: Baseline? = nil) throws {
        self.outputs = outputs
        self.pack = pack
        self.context = context
        self.comparison = baseline.map(BaselineComparison.init)
        do {
            if let path = outputs.json { jsonOut = try JSONOut(path: path, baseline: baseline != nil) }
            if let path = outputs.sarif { sarifOut = try SARIFOut(path: path) }
            if let path = outputs.csv {
                let file = try AtomicFile(destination: path)
                try file.write(BatchCSV.header)
                csvOut = file
            }
            if let path = outputs.html { htmlOut = try HTMLOut(path: path) }
            if outputs.markdown != nil || outputs.isEmpty {
                markdownOut = try MarkdownOut(path: outputs.markdown ?? (NSTemporaryDirectory() as NSString).appendingPathComponent("cria-batch.md"))
            }
        } catch {
            jsonOut?.discard(); sarifOut?.discard(); csvOut?.discard(); htmlOut?.discard()
            throw error
        }
    }

    public func add(_ entry: BatchEntry) throws {
        aggregate.add(entry)
        if comparison != nil, comparison!.add(entry) {
            try jsonOut?.added?.append(.string(entry.path))
            if addedSample.count < Self.addedSampleLimit { addedSample.append(entry.path) }
        }
        switch entry.outcome {
        case .assessed(let assessment):
            try jsonOut?.documents.append { out, level in JSONReport.writeDocument(assessment, at: level, into: &out, heads: resultHeads) }
            if let sarifOut {
                let ruleIndex = sarifOut.ruleIndex(pack)
                for result in assessment.results where result.outcome == .fail || result.outcome == .review || result.outcome == .waived {
                    try sarifOut.results.append(SARIFReport.sarifResult(result, file: assessment.file, documentKind: assessment.kind.kind, ruleIndex: ruleIndex[result.ruleID] ?? 0, workingDirectory: context.workingDirectory))
                }
            }
            try csvOut?.write(BatchCSV.rows(assessment, department: entry.department))
            if let htmlOut {
                htmlOut.index.append(DocumentIndexEntry(assessment, department: entry.department, position: entry.index))
                try htmlOut.documents.write(BatchHTML.document(assessment, department: entry.department, anchor: DocumentIndexEntry.anchor(entry.index)))
            }
            try markdownOut?.add(assessment, department: entry.department)
        case .failed(let error):
            try jsonOut?.failed.append { out, level in JSONReport.writeError(error, at: level, into: &out) }
            try sarifOut?.notifications.append(SARIFReport.notification(error, workingDirectory: context.workingDirectory))
            try csvOut?.write(BatchCSV.errorRow(error, department: entry.department))
            htmlOut?.failedCount += 1
            try htmlOut?.failed.write(BatchHTML.failedRow(error, department: entry.department))
            try markdownOut?.failed.write(BatchMarkdown.failedRow(error, department: entry.department))
        }
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
            if let jsonOut { try jsonOut.finish(view) }
            if let sarifOut { try sarifOut.finish(pack: pack, failed: aggregate.failed, workingDirectory: context.workingDirectory) }
            if let csvOut { try csvOut.commit() }
            if let htmlOut { try htmlOut.finish(view) }
            if outputs.markdown != nil {
                try markdownOut?.finish(view)
                return nil
            }
            if outputs.isEmpty { return try markdownOut?.text(view) }
            return nil
        } catch {
            abort()
            throw error
        }
    }

    /// Removes every temporary file (after an error); the destinations are left untouched.
    public func abort() {
        jsonOut?.discard(); sarifOut?.discard(); csvOut?.discard(); htmlOut?.discard(); markdownOut?.discard()
    }

    /// Whether any fail is at or above `threshold` (nil: never).
    public func hasFails(atOrAbove threshold: Severity?) -> Bool {
        guard let threshold else { return false }
        return aggregate.severities.contains { $0.key >= threshold && $0.value.fail > 0 }
    }
}

/// What the report templates are rendered from, once, at the end.
struct BatchView {
    let aggregate: BatchAggregate
    let comparison: BaselineComparison?
    let removed: [String]
    let addedSample: [String]
    let context: BatchContext
    /// The HTML report's ranked index (empty for the other reports).
    var index: [DocumentIndexEntry] = []
}

// MARK: - JSON

final class JSONOut {
    let file: AtomicFile
    let documents: JSONArraySpool
    let failed: JSONArraySpool
    let added: JSONArraySpool?

    init(path: String, baseline: Bool) throws {
        file = try AtomicFile(destination: path)
        documents = try JSONArraySpool(next: path, name: "documents", indentLevel: 2)
        failed = try JSONArraySpool(next: path, name: "failed", indentLevel: 2)
        added = baseline ? try JSONArraySpool(next: path, name: "added", indentLevel: 3) : nil
    }

    func finish(_ view: BatchView) throws {
        let skeleton = BatchJSON.skeleton(view)
        try Splicer.write(skeleton, spools: ["documents": documents, "failed": failed, "added": added].compactMapValues { $0 }, into: file)
        documents.file.discard(); failed.file.discard(); added?.file.discard()
        try file.commit()
    }

    func discard() {
        file.discard(); documents.file.discard(); failed.file.discard(); added?.file.discard()
    }
}

// MARK: - SARIF

final class SARIFOut {
    let file: AtomicFile
    let results: JSONArraySpool
    let notifications: JSONArraySpool
    private var index: [String: Int]?

    init(path: String) throws {
        file = try AtomicFile(destination: path)
        results = try JSONArraySpool(next: path, name: "results", indentLevel: 4)
        notifications = try JSONArraySpool(next: path, name: "notifications", indentLevel: 6)
    }

    func ruleIndex(_ pack: CompiledPack) -> [String: Int] {
        if let index { return index }
        let built = Dictionary(pack.rules.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        index = built
        return built
    }

    /// The log is `SARIFReport.log` itself, its result and notification arrays the spooled ones.
    func finish(pack: CompiledPack, failed: Int, workingDirectory: String) throws {
        let log = SARIFReport.log(results: Splicer.marker("results"), notifications: Splicer.marker("notifications"),
                                  executionSuccessful: failed == 0, pack: pack.pack, workingDirectory: workingDirectory)
        try Splicer.write(log.serialized() + "\n", spools: ["results": results, "notifications": notifications], into: file)
        results.file.discard(); notifications.file.discard()
        try file.commit()
    }

    func discard() { file.discard(); results.file.discard(); notifications.file.discard() }
}
