import Foundation

/// The report files one batch run writes (any combination; several from one run).
public struct BatchOutputs: Sendable {
    public var html: String?
    public var json: String?
    public var csv: String?
    public var markdown: String?
    public var sarif: String?

    public init(html: String? = nil, json: String? = nil, csv: String? = nil, markdown: String? = nil, sarif: String? = nil) {
        self.html = html
        self.json = json
        self.csv = csv
        self.markdown = markdown
        self.sarif = sarif
    }

    public var isEmpty: Bool { [html, json, csv, markdown, sarif].allSatisfy { $0 == nil } }
    public var all: [String] { [html, json, csv, markdown, sarif].compactMap { $0 } }
}

/// Everything about the run that reports print besides the results.
public struct BatchContext: Sendable {
    public var generated: String
    public var rulesDirectory: String
    public var workingDirectory: String

    public init(generated: String, rulesDirectory: String, workingDirectory: String = FileManager.default.currentDirectoryPath) {
        self.generated = generated
        self.rulesDirectory = rulesDirectory
        self.workingDirectory = workingDirectory
    }

    /// `SOURCE_DATE_EPOCH` (seconds) when set, else now; ISO 8601 in UTC.
    public static func timestamp(environment: [String: String] = ProcessInfo.processInfo.environment, now: Date = Date()) -> String {
        var date = now
        if let epoch = environment["SOURCE_DATE_EPOCH"].flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }) {
            date = Date(timeIntervalSince1970: TimeInterval(epoch))
        }
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }
}

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
            try markdownOut?.documents.write(BatchMarkdown.documentRow(assessment, department: entry.department))
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

/// Replaces `"\u0001spool:NONCE:NAME"` markers in a serialized skeleton with spooled arrays.
/// The nonce is drawn afresh by each run, so that no text of a document (a department
/// name, say) can spell a marker and have an array spliced in its place.
enum Splicer {
    static let nonce = String(UInt64.random(in: .min ... .max), radix: 16)

    static func marker(_ name: String) -> JSONValue { .string("\u{1}spool:\(nonce):\(name)") }

    static func write(_ skeleton: String, spools: [String: JSONArraySpool], into out: AtomicFile) throws {
        let bytes = Array(skeleton.utf8)
        let prefix = Array("\"\\u0001spool:\(nonce):".utf8)
        var rest = 0
        while let start = firstIndex(of: prefix, in: bytes, from: rest) {
            try out.write(Array(bytes[rest..<start]))
            let afterPrefix = start + prefix.count
            guard let end = bytes[afterPrefix...].firstIndex(of: UInt8(ascii: "\"")) else { break }
            let name = String(decoding: bytes[afterPrefix..<end], as: UTF8.self)
            if let spool = spools[name] { try spool.emit(into: out) } else { try out.write("[]") }
            rest = end + 1
        }
        try out.write(Array(bytes[rest...]))
    }

    private static func firstIndex(of target: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard let first = target.first, bytes.count >= target.count else { return nil }
        var i = start
        while i <= bytes.count - target.count {
            if bytes[i] == first && bytes[i..<(i + target.count)].elementsEqual(target) { return i }
            i += 1
        }
        return nil
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
