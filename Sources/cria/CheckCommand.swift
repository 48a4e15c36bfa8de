import ArgumentParser
import CriaKit
import Foundation

struct CheckCommand: ParsableCommand {
    // Naming `cria` as the super-command only matters when this command is parsed on its own
    // (see `Cria.parsedDirectly`): ArgumentParser then skips looking for a completion-script
    // request, which costs a seventh of a small check. Under `cria` it changes nothing.
    static let configuration = CommandConfiguration(
        commandName: "check",
        _superCommandName: "cria",
        abstract: "Check proposals against the UNCRC checklists.",
        discussion: """
            Reads XML, JSON and HTML (detected by content). Folders are searched for \
            .xml, .json and .html files (or --include / `include:` globs). Only fails count \
            towards the exit code; reviews ask a person to judge and never fail a build. \
            Settings come from .cria.yml (see `cria config show`); flags override it. \
            Waivers in a document (<cria-waiver rule by reason/>, "criaWaivers") turn a \
            fail or review into `waived`, reported with its reason.
            Formats: text, json, sarif, junit (one testcase per document × rule; reviews \
            and waivers are <skipped>), github (workflow-command annotations).
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, sarif, junit, github }
    @Argument(help: ArgumentHelp("Proposal files or folders.", valueName: "file"))
    var files: [String]

    @Option(name: .long, help: "Output format on stdout: text, json, sarif, junit or github.")
    var format: Format = .text

    @Option(name: .long, help: ArgumentHelp("Also write a report in FORMAT to FILE (repeatable), e.g. sarif=cria.sarif.", valueName: "format=file"))
    var output: [OutputRequest] = []

    @Option(name: .long, help: "Lowest severity of a fail that makes the exit code 1: error, warning, info or never (default: `failOn:` of .cria.yml, else error).")
    var failOn: FailLevel?

    @OptionGroup var selectionOptions: SelectionOptions

    @Option(name: .long, help: ArgumentHelp("Report only findings not in this baseline (see --write-baseline); the exit code counts only those.", valueName: "file"))
    var baseline: String?

    @Option(name: .long, help: ArgumentHelp("Record the current fails and reviews as a baseline (by fingerprint, not line).", valueName: "file"))
    var writeBaseline: String?

    @Flag(name: .long, help: "In SARIF, also report passes and not-applicable results.")
    var sarifAll = false

    @Flag(name: .long, help: "In text, also list passing results.")
    var showPassing = false

    @OptionGroup var rulesOption: RulesOption
    @OptionGroup var configOptions: ConfigOptions
    @OptionGroup var limitOptions: LimitOptions

    func validate() throws {
        let paths = output.map { URL(fileURLWithPath: $0.path).standardizedFileURL.path } + [writeBaseline].compactMap { $0 }.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
        if Set(paths).count != paths.count { throw ValidationError("two outputs would be written to the same file") }
        let inputs = Set(files.map { URL(fileURLWithPath: $0).standardizedFileURL.path })
        if let clash = paths.first(where: { inputs.contains($0) }) {
            throw ValidationError("the output '\(clash)' is also an input; inputs are never overwritten")
        }
    }

    func run() throws {
        let config = try configOptions.resolve(ConfigOverrides(
            rules: rulesOption.rules, failOn: failOn,
            include: selectionOptions.include, exclude: selectionOptions.exclude))
        let pack = try configOptions.loadPack(config, cache: rulesOption.cache)
        var known: CheckBaseline?
        if let baseline {
            do { known = try CheckBaseline.read(path: baseline) } catch let error as InputError {
                Terminal.error(error.description)
                throw ExitCode(2)
            }
        }
        let loader = DocumentLoader(limits: limitOptions.limits)
        let evaluator = Evaluator(pack: pack)
        var assessments: [Assessment] = []
        var errors: [InputError] = []
        let selection = InputSelection(includes: config.include.value, excludes: config.exclude.value)
        for input in BatchInputs.expand(files, selection: selection) {
            if let failure = input.failure {
                Terminal.error(failure.description)
                errors.append(failure)
                continue
            }
            do {
                assessments.append(try evaluator.check(Proposal(document: try loader.load(path: input.path))))
            } catch let error as InputError {
                Terminal.error(error.description)
                errors.append(error)
            }
        }

        if let writeBaseline {
            let recorded = CheckBaseline(assessments: assessments)
            do { try recorded.write(to: writeBaseline) } catch {
                Terminal.error("cria: error: \(error)")
                throw ExitCode(2)
            }
            Terminal.error("cria: wrote \(recorded.entries.count) finding\(recorded.entries.count == 1 ? "" : "s") to the baseline \(writeBaseline)")
        }
        var knownCount: Int?
        if let known {
            let filtered = known.filter(assessments)
            assessments = filtered.assessments
            knownCount = filtered.known
        }
        let knownNote = knownCount.map { "\($0) known finding\($0 == 1 ? "" : "s") from the baseline not shown" }

        for request in output {
            let text = render(request.format, assessments, errors: errors, pack: pack, colour: false, knownNote: knownNote)
            do {
                let file = try AtomicFile(destination: request.path)
                do { try file.write(text); try file.commit() } catch { file.discard(); throw error }
            } catch {
                Terminal.error("cria: error: \(error)")
                throw ExitCode(2)
            }
        }
        Terminal.print(render(format, assessments, errors: errors, pack: pack, colour: Terminal.stdoutWantsColour, knownNote: knownNote))
        if format != .text, let knownNote { Terminal.error("cria: " + knownNote) }

        ExitLifetime.keep(pack, evaluator, assessments)
        if !errors.isEmpty { throw ExitCode(2) }
        if let threshold = config.failOn.value.threshold,
           assessments.contains(where: { $0.results.contains { $0.outcome == .fail && $0.severity >= threshold } }) {
            throw ExitCode(1)
        }
    }

    private func render(_ format: Format, _ assessments: [Assessment], errors: [InputError], pack: CompiledPack, colour: Bool, knownNote: String?) -> String {
        switch format {
        case .text:
            let text = TextReport(colour: colour, showPassing: showPassing)
            var out = assessments.map { text.render($0) + "\n" }.joined()
            if assessments.count + errors.count > 1 { out += summary(assessments, errors: errors) }
            if let knownNote { out += knownNote + "\n" }
            return out
        case .json:
            return JSONReport.render(assessments, errors: errors, rulesDirectory: pack.pack.directory)
        case .sarif:
            return SARIFReport.render(assessments, errors: errors, pack: pack.pack, includeAll: sarifAll)
        case .junit:
            return JUnitReport.render(assessments, errors: errors)
        case .github:
            return GitHubReport.render(assessments, errors: errors)
        }
    }

    private func summary(_ assessments: [Assessment], errors: [InputError]) -> String {
        let results = assessments.flatMap(\.results)
        let fails = results.filter { $0.outcome == .fail }.count
        let reviews = results.filter { $0.outcome == .review }.count
        let waived = results.filter { $0.outcome == .waived }.count
        let unused = assessments.map(\.unusedWaivers.count).reduce(0, +)
        var line = "\(assessments.count) document\(assessments.count == 1 ? "" : "s") checked: \(fails) fail, \(reviews) review, \(waived) waived"
        if unused > 0 { line += "; \(unused) unused waiver\(unused == 1 ? "" : "s")" }
        if !errors.isEmpty { line += "; \(errors.count) could not be read" }
        return line + "\n"
    }
}
