import ArgumentParser
import CriaKit
import Foundation

package struct BatchCommand: ParsableCommand {
    // Naming `cria` as the super-command only matters when this command is parsed on its own
    // (see `Cria.parsedDirectly`): ArgumentParser then skips looking for a completion-script
    // request, which costs a seventh of a small check. Under `cria` it changes nothing.
    package static let configuration = CommandConfiguration(
        commandName: "batch",
        _superCommandName: "cria",
        abstract: "Assess many documents in parallel and write summary reports across departments.",
        discussion: """
            Inputs are files, folders (searched recursively for *.xml *.json *.html *.htm \
            *.docx unless --include is given) and lists of paths (--from-list). Every input \
            appears in every report: assessed, or listed with the reason it could not be read. \
            Several reports can be written from one run (--html, --json, --csv, --markdown, \
            --sarif, or any format with --output FORMAT=FILE), each atomically; with none, \
            the Markdown report goes to stdout. \
            Set SOURCE_DATE_EPOCH to fix the `generated` time for reproducible reports.
            Exit codes: 2 if any input failed or on usage or rule errors; else 1 if any fail \
            is at or above --fail-on; else 0.
            """
    )

    @Argument(help: ArgumentHelp("Files and folders to assess.", valueName: "path"))
    package var paths: [String] = []

    @Option(name: .long, help: ArgumentHelp("Read more paths from a file, one a line ('-' for stdin). Folders in a list are not searched.", valueName: "file"))
    package var fromList: String?

    @OptionGroup package var selectionOptions: SelectionOptions

    @Option(name: .long, help: ArgumentHelp("Documents assessed at once (default: the active processor count).", valueName: "n"))
    package var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(name: .long, help: ArgumentHelp("Department for documents whose metadata lacks one: '{dir}' (the parent folder's name) or a regex with one capture group over the path.", valueName: "pattern"))
    package var departmentFrom: String?

    @Option(name: .long, help: ArgumentHelp("A JSON report of an earlier run: adds what changed (new and resolved findings, documents added and removed).", valueName: "file"))
    package var baseline: String?

    @Option(name: .long, help: ArgumentHelp("Write the HTML report here.", valueName: "file"))
    package var html: String?
    @Option(name: .long, help: ArgumentHelp("Write the JSON report here.", valueName: "file"))
    package var json: String?
    @Option(name: .long, help: ArgumentHelp("Write the CSV of fails and reviews here.", valueName: "file"))
    package var csv: String?
    @Option(name: .long, help: ArgumentHelp("Write the Markdown report here.", valueName: "file"))
    package var markdown: String?
    @Option(name: .long, help: ArgumentHelp("Write the SARIF log here.", valueName: "file"))
    package var sarif: String?
    @Option(name: .long, help: ArgumentHelp("Also write a report in FORMAT to FILE (repeatable; \(ReportFormats.names)), e.g. junit=cria.xml.", valueName: "format=file"))
    package var output: [OutputRequest] = []

    @Option(name: .long, help: "Lowest severity of a fail that makes the exit code 1: error, warning, info or never (default: `failOn:` of .cria.yml, else error).")
    package var failOn: FailLevel?

    @Flag(name: .long, help: "Print nothing but errors (no progress).")
    package var quiet = false

    @Option(
        name: .long, help: ArgumentHelp("Record this run as an appraisal point in a history store (SQLite; created if missing), with --point. Nothing is recorded if the run fails or is interrupted.", valueName: "file"))
    package var record: String?
    @OptionGroup package var pointOptions: PointOptions

    @OptionGroup package var rulesOption: RulesOption
    @OptionGroup package var configOptions: ConfigOptions
    @OptionGroup package var limitOptions: LimitOptions

    package init() {}

    package func validate() throws {
        if paths.isEmpty && fromList == nil { throw ValidationError("give at least one path, or --from-list") }
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if record != nil && (pointOptions.point?.isEmpty ?? true) { throw ValidationError("--record needs the point's label: --point LABEL") }
        if record == nil && (pointOptions.point != nil || pointOptions.date != nil || pointOptions.replace) {
            throw ValidationError("--point, --date and --replace go with --record FILE")
        }
        try pointOptions.validateDate()
        let outputs = reportOutputs.paths + [record].compactMap { $0 }
        let resolved = outputs.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
        if Set(resolved).count != resolved.count { throw ValidationError("two reports would be written to the same file") }
        let inputs = Set(paths.map { URL(fileURLWithPath: $0).standardizedFileURL.path })
        if let clash = outputs.first(where: { inputs.contains(URL(fileURLWithPath: $0).standardizedFileURL.path) }) {
            throw ValidationError("the report '\(clash)' is also an input; inputs are never overwritten")
        }
    }

    /// `--html FILE` and the like, then each `--output FORMAT=FILE`.
    var reportOutputs: BatchOutputs {
        var outputs = BatchOutputs(html: html, json: json, csv: csv, markdown: markdown, sarif: sarif)
        outputs.files += output.map { ($0.format.format, $0.path) }
        return outputs
    }

    package func run() throws { try run(recorder: nil) }

    /// The batch; `recorder` records it as an appraisal point (`--record`). Only cria-history
    /// links the history store, so `cria` hands a recorded batch to it.
    package func run(recorder: BatchRecorder?) throws {
        if record != nil && recorder == nil { try SiblingExecutable.history.run() }
        let config = try configOptions.resolve(
            ConfigOverrides(
                rules: rulesOption.rules, failOn: failOn,
                include: selectionOptions.include, exclude: selectionOptions.exclude, departmentFrom: departmentFrom))
        // Reports are renamed into place whole; an interrupt removes the spools and partial files.
        TemporaryFiles.removeOnInterrupt(message: "cria: interrupted; temporary files removed")
        let departments: DepartmentRule
        do { departments = try config.departmentRule() } catch {
            Terminal.error("cria: error: \(error)")
            throw ExitCode(2)
        }
        let pack = try configOptions.loadPack(config, cache: rulesOption.cache)
        var previous: Baseline?
        if let baseline {
            do { previous = try Baseline(path: baseline) } catch {
                Terminal.error("\(error)")
                throw ExitCode(2)
            }
        }

        let expanded = BatchInputs.expand(paths, selection: InputSelection(includes: config.include.value, excludes: config.exclude.value))
        var list: PathList?
        if let fromList {
            do { list = try PathList(path: fromList) } catch {
                Terminal.error("\(fromList):1:1: error: cannot read the list of paths: \(error)")
                throw ExitCode(2)
            }
        }
        // The list is read as the batch takes its paths, after the named files and folders.
        let inputs = [AnySequence(expanded), AnySequence(list ?? PathList(bytes: []))].joined()
        let inputCount = expanded.count + (list?.count ?? 0)

        let outputs = reportOutputs
        let context = BatchContext(generated: BatchContext.timestamp(), rulesDirectory: pack.pack.directory)
        let writer: BatchReportWriter
        do { writer = try BatchReportWriter(outputs: outputs, pack: pack, context: context, baseline: previous) } catch {
            Terminal.error("\(error)")
            throw ExitCode(2)
        }
        let progress = Progress(total: inputCount, enabled: !quiet && isatty(STDERR_FILENO) == 1)
        let runner = BatchRunner(pack: pack, limits: limitOptions.limits, jobs: jobs, departments: departments, kinds: config.kindOverride())
        var markdownText: String?
        /// Runs the batch; `also` sees each entry after the reports (the history recorder).
        func runBatch(also: (BatchEntry) throws -> Void) throws {
            do {
                try runner.run(inputs) { entry in
                    if case .failed(let error) = entry.outcome {
                        progress.clear()
                        Terminal.error(error.description)
                    }
                    try writer.add(entry)
                    try also(entry)
                    progress.tick()
                }
                progress.clear()
                markdownText = try writer.finish()
            } catch {
                progress.clear()
                writer.abort()
                throw error
            }
        }
        do {
            if let recorder {
                let summary = try recorder.record(self, context: context, batch: runBatch)
                if !quiet { Terminal.error(summary) }
            } else {
                try runBatch { _ in }
            }
        } catch let code as ExitCode {
            throw code
        } catch {
            Terminal.error("cria: error: \(error)")
            throw ExitCode(2)
        }
        if let markdownText { Terminal.print(markdownText) }
        if let warning = writer.comparison?.warning { Terminal.error("cria: warning: " + warning) }
        if !quiet {
            FileHandle.standardError.write(Data(BatchTerminalSummary.text(writer.aggregate, comparison: writer.comparison, outputs: outputs).utf8))
        }

        if writer.aggregate.failed > 0 { throw ExitCode(2) }
        if writer.hasFails(atOrAbove: config.failOn.value.threshold) { throw ExitCode(1) }
    }
}
