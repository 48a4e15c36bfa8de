import ArgumentParser
import CriaKit
import Foundation

/// `cria history ...`: appraisal points over time, kept in one SQLite file. Declared here, so
/// that `cria` shows the commands' help, completions and manual pages; performed by
/// `cria-history`, which alone links the store (GRDB and SQLite; see `SiblingExecutable`).
package struct HistoryCommand: ParsableCommand {
    package static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "Record appraisal points and follow findings and metrics over time.",
        discussion: """
            Points are recorded by `cria batch ... --record FILE --point LABEL` or imported from \
            a batch JSON report (`cria history import`). The store is one SQLite file \
            (default history.sqlite); it holds what the batch reports know, never documents' text.
            """,
        subcommands: [
            HistoryImportCommand.self, HistoryPointsCommand.self, HistoryShowCommand.self, HistoryDiffCommand.self,
            HistoryDocumentCommand.self, HistoryMetricsCommand.self, HistoryReportCommand.self,
        ]
    )

    package init() {}
}

package struct StoreOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The history store.", valueName: "file"))
    package var store: String = "history.sqlite"

    package init() {}
}

/// `--point`, `--date` and `--replace`, shared by `cria batch --record` and `cria history import`.
package struct PointOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The appraisal point's label, e.g. 2026-Q1.", valueName: "label"))
    package var point: String?

    @Option(name: .long, help: ArgumentHelp("The date the point stands for, YYYY-MM-DD (points are ordered by it; default: the batch's date).", valueName: "date"))
    package var date: String?

    @Flag(name: .long, help: "Record the point again if its label is already recorded (replacing it whole).")
    package var replace = false

    package init() {}

    package func validateDate() throws {
        if let date, date.range(of: #"^\d{4}-\d{2}-\d{2}$"#, options: .regularExpression) == nil {
            throw ValidationError("--date must be YYYY-MM-DD, not '\(date)'")
        }
    }
}

package struct HistoryImportCommand: ParsableCommand {
    package static let configuration = CommandConfiguration(commandName: "import", abstract: "Record an existing batch JSON report (cria batch --json) as a point.")

    @Argument(help: ArgumentHelp("The batch JSON report.", valueName: "report.json"))
    package var report: String
    @OptionGroup package var pointOptions: PointOptions
    @OptionGroup package var storeOption: StoreOption

    package init() {}

    package func validate() throws {
        if pointOptions.point?.isEmpty ?? true { throw ValidationError("give the point's label: --point LABEL") }
        try pointOptions.validateDate()
    }

    package func run() throws { try SiblingExecutable.history.run() }
}

package struct HistoryPointsCommand: ParsableCommand {
    package static let configuration = CommandConfiguration(commandName: "points", abstract: "List the recorded points, oldest first.")
    @OptionGroup package var storeOption: StoreOption
    package init() {}
    package func run() throws { try SiblingExecutable.history.run() }
}

package struct HistoryShowCommand: ParsableCommand {
    package static let configuration = CommandConfiguration(commandName: "show", abstract: "One point: totals, departments and open findings.")
    @Argument(help: ArgumentHelp("The point's label.", valueName: "point")) package var point: String
    @OptionGroup package var storeOption: StoreOption
    package init() {}
    package func run() throws { try SiblingExecutable.history.run() }
}

package struct HistoryDiffCommand: ParsableCommand {
    package static let configuration = CommandConfiguration(commandName: "diff", abstract: "What changed between two points: new and resolved findings, documents added and removed.")
    @Argument(help: ArgumentHelp("The earlier point.", valueName: "A")) package var from: String
    @Argument(help: ArgumentHelp("The later point.", valueName: "B")) package var to: String
    @OptionGroup package var storeOption: StoreOption
    package init() {}
    package func run() throws { try SiblingExecutable.history.run() }
}

package struct HistoryDocumentCommand: ParsableCommand {
    package static let configuration = CommandConfiguration(commandName: "document", abstract: "One proposal across points: its paths and versions, and when each finding appeared and was resolved.")
    @Argument(help: ArgumentHelp("A document number (see `show`), a department reference, or a path it had.", valueName: "id")) package var id: String
    @OptionGroup package var storeOption: StoreOption
    package init() {}
    package func run() throws { try SiblingExecutable.history.run() }
}

package struct HistoryMetricsCommand: ParsableCommand {
    package enum Format: String, ExpressibleByArgument, CaseIterable { case json, csv }
    package static let configuration = CommandConfiguration(
        commandName: "metrics", abstract: "The metrics' series over the points, overall, by department and by article.",
        discussion: "The metrics and their formulas: " + Metric.all.map { "\($0.id): \($0.formula)." }.joined(separator: " "))
    @Option(name: .long, help: "json or csv.") package var format: Format = .json
    @OptionGroup package var storeOption: StoreOption
    package init() {}
    package func run() throws { try SiblingExecutable.history.run() }
}

package struct HistoryReportCommand: ParsableCommand {
    package static let configuration = CommandConfiguration(
        commandName: "report", abstract: "The trend report: each metric over the points (chart and table), an article × point heat map, and the biggest changes since the previous point.")
    @Option(name: .long, help: ArgumentHelp("Write the HTML report here (self-contained, printable).", valueName: "file")) package var html: String?
    @Option(name: .long, help: ArgumentHelp("Write the Markdown report here.", valueName: "file")) package var markdown: String?
    @OptionGroup package var storeOption: StoreOption

    package init() {}

    package func validate() throws {
        if html == nil && markdown == nil { throw ValidationError("give --html FILE, --markdown FILE or both") }
        if let html, html == markdown { throw ValidationError("the HTML and Markdown reports would be written to the same file") }
    }

    package func run() throws { try SiblingExecutable.history.run() }
}
