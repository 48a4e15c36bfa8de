import ArgumentParser
import CriaHistory
import CriaKit
import Foundation

/// `cria history ...`: appraisal points over time, kept in one SQLite file.
struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "Record appraisal points and follow findings and metrics over time.",
        discussion: """
            Points are recorded by `cria batch ... --record FILE --point LABEL` or imported from \
            a batch JSON report (`cria history import`). The store is one SQLite file \
            (default history.sqlite); it holds what the batch reports know, never documents' text.
            """,
        subcommands: [HistoryImportCommand.self, HistoryPointsCommand.self, HistoryShowCommand.self, HistoryDiffCommand.self,
                      HistoryDocumentCommand.self, HistoryMetricsCommand.self, HistoryReportCommand.self]
    )
}

struct StoreOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The history store.", valueName: "file"))
    var store: String = "history.sqlite"

    /// Runs `body`; a store or input problem is one line on stderr and exit code 2.
    func run(_ access: HistoryStore.Access = .existing, _ body: (HistoryStore) throws -> Void) throws {
        do {
            try body(HistoryStore(path: store, access: access))
        } catch let error as HistoryError {
            Terminal.error("\(error)")
            throw ExitCode(2)
        }
    }
}

/// `--point`, `--date` and `--replace`, shared by `cria batch --record` and `cria history import`.
struct PointOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The appraisal point's label, e.g. 2026-Q1.", valueName: "label"))
    var point: String?

    @Option(name: .long, help: ArgumentHelp("The date the point stands for, YYYY-MM-DD (points are ordered by it; default: the batch's date).", valueName: "date"))
    var date: String?

    @Flag(name: .long, help: "Record the point again if its label is already recorded (replacing it whole).")
    var replace = false

    func validateDate() throws {
        if let date, date.range(of: #"^\d{4}-\d{2}-\d{2}$"#, options: .regularExpression) == nil {
            throw ValidationError("--date must be YYYY-MM-DD, not '\(date)'")
        }
    }
}

struct HistoryImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "import", abstract: "Record an existing batch JSON report (cria batch --json) as a point.")

    @Argument(help: ArgumentHelp("The batch JSON report.", valueName: "report.json"))
    var report: String
    @OptionGroup var pointOptions: PointOptions
    @OptionGroup var storeOption: StoreOption

    func validate() throws {
        if pointOptions.point?.isEmpty ?? true { throw ValidationError("give the point's label: --point LABEL") }
        try pointOptions.validateDate()
    }

    func run() throws {
        // The report is read first: a report that is not one leaves no new store behind.
        let file: BatchReportFile
        do { file = try BatchReportFile(path: report, label: pointOptions.point!, takenAt: pointOptions.date) } catch let error as HistoryError {
            Terminal.error("\(error)")
            throw ExitCode(2)
        }
        try storeOption.run(.createIfMissing) { store in
            let summary = try store.record(file.header, replace: pointOptions.replace) { recorder in
                for document in file.documents { try recorder.add(document) }
                for failure in file.failures { try recorder.addFailure(failure) }
            }
            Terminal.print("Recorded point \(summary.label): \(summary.documents) documents (\(summary.newDocuments) new), \(summary.results) results, \(summary.failedInputs) unreadable inputs, in \(store.path)\n")
        }
    }
}

struct HistoryPointsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "points", abstract: "List the recorded points, oldest first.")
    @OptionGroup var storeOption: StoreOption
    func run() throws { try storeOption.run { Terminal.print(HistoryText.points(try $0.points())) } }
}

struct HistoryShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "One point: totals, departments and open findings.")
    @Argument(help: ArgumentHelp("The point's label.", valueName: "point")) var point: String
    @OptionGroup var storeOption: StoreOption
    func run() throws { try storeOption.run { Terminal.print(HistoryText.show(try $0.show(point))) } }
}

struct HistoryDiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "diff", abstract: "What changed between two points: new and resolved findings, documents added and removed.")
    @Argument(help: ArgumentHelp("The earlier point.", valueName: "A")) var from: String
    @Argument(help: ArgumentHelp("The later point.", valueName: "B")) var to: String
    @OptionGroup var storeOption: StoreOption
    func run() throws { try storeOption.run { Terminal.print(HistoryText.diff(try $0.diff(from: from, to: to))) } }
}

struct HistoryDocumentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "document", abstract: "One proposal across points: its paths and versions, and when each finding appeared and was resolved.")
    @Argument(help: ArgumentHelp("A document number (see `show`), a department reference, or a path it had.", valueName: "id")) var id: String
    @OptionGroup var storeOption: StoreOption
    func run() throws { try storeOption.run { Terminal.print(HistoryText.document(try $0.document(id))) } }
}

struct HistoryMetricsCommand: ParsableCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable { case json, csv }
    static let configuration = CommandConfiguration(
        commandName: "metrics", abstract: "The metrics' series over the points, overall, by department and by article.",
        discussion: "The metrics and their formulas: " + Metric.all.map { "\($0.id): \($0.formula)." }.joined(separator: " "))
    @Option(name: .long, help: "json or csv.") var format: Format = .json
    @OptionGroup var storeOption: StoreOption
    func run() throws {
        try storeOption.run { store in
            let series = try store.metrics()
            Terminal.print(format == .json ? try MetricExport.json(series) : MetricExport.csv(series))
        }
    }
}

struct HistoryReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: "The trend report: each metric over the points (chart and table), an article × point heat map, and the biggest changes since the previous point.")
    @Option(name: .long, help: ArgumentHelp("Write the HTML report here (self-contained, printable).", valueName: "file")) var html: String?
    @Option(name: .long, help: ArgumentHelp("Write the Markdown report here.", valueName: "file")) var markdown: String?
    @OptionGroup var storeOption: StoreOption

    func validate() throws {
        if html == nil && markdown == nil { throw ValidationError("give --html FILE, --markdown FILE or both") }
        if let html, html == markdown { throw ValidationError("the HTML and Markdown reports would be written to the same file") }
    }

    func run() throws {
        try storeOption.run { store in
            let trends = try store.trends()
            do {
                if let html { try Self.write(TrendHTML.render(trends, generated: BatchContext.timestamp()), to: html) }
                if let markdown { try Self.write(TrendMarkdown.render(trends), to: markdown) }
            } catch let error as HistoryError { throw error } catch {
                throw HistoryError(file: html ?? markdown ?? "", message: "cannot write the report: \(error)")
            }
        }
    }
}

extension HistoryReportCommand {
    /// Whole or not at all: a temporary file in the same folder, renamed into place.
    static func write(_ text: String, to path: String) throws {
        let file = try AtomicFile(destination: path)
        do {
            try file.write(text)
            try file.commit()
        } catch {
            file.discard()
            throw error
        }
    }
}
