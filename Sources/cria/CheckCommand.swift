import ArgumentParser
import CriaCommandLine
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
            Reads XML, JSON, HTML and Word (detected by content). Folders are searched for \
            .xml, .json, .html and .docx files (or --include / `include:` globs). Each fail \
            and review names its section and what to do (the guidance's first sentence; \
            --verbose or `cria explain RULE` for all of it). Only fails count \
            towards the exit code; reviews ask a person to judge and never fail a build. \
            Settings come from .cria.yml (see `cria config show`); flags override it. \
            Waivers in a document (<cria-waiver rule by reason/>, "criaWaivers") turn a \
            fail or review into `waived`, reported with its reason.
            Formats: text, json, sarif, junit (one testcase per document × rule; reviews \
            and waivers are <skipped>), github (workflow-command annotations), checkstyle \
            (Checkstyle XML: fails at their severity, reviews as info), and html, markdown and \
            csv (the reports `cria batch` writes, of the documents checked).
            """
    )

    @Argument(help: ArgumentHelp("Proposal files or folders.", valueName: "file"))
    var files: [String]

    @Option(name: .long, help: ArgumentHelp("Output format on stdout: \(ReportFormats.names).", valueName: "format"))
    var format = FormatOption(TextReport.self)

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

    @Flag(name: .long, help: "In text, give each finding's full guidance and all its evidence (by default: the guidance's first sentence, two pieces of evidence).")
    var verbose = false

    @OptionGroup var rulesOption: RulesOption
    @OptionGroup var configOptions: ConfigOptions
    @OptionGroup var limitOptions: LimitOptions

    func validate() throws {
        if let problem = settings.validationProblem { throw ValidationError(problem) }
    }

    func run() throws { try Self.run(settings) }

    /// Runs a check, printing as it goes; exits with the check's code.
    static func run(_ settings: CheckSettings) throws {
        let run = Checker(settings: settings).run(colour: Terminal.stdoutWantsColour, output: Terminal.print, diagnostic: Terminal.error)
        ExitLifetime.keep(run)
        if run.exitCode != 0 { throw ExitCode(run.exitCode) }
    }

    /// What was asked, as plain values.
    var settings: CheckSettings {
        var settings = CheckSettings(files: files)
        settings.format = format.format
        settings.outputs = output.map { ($0.format.format, $0.path) }
        settings.failOn = failOn
        settings.include = selectionOptions.include
        settings.exclude = selectionOptions.exclude
        settings.baseline = baseline
        settings.writeBaseline = writeBaseline
        settings.sarifAll = sarifAll
        settings.showPassing = showPassing
        settings.verbose = verbose
        settings.rules = rulesOption.rules
        settings.noCache = rulesOption.noCache
        settings.config = configOptions.config
        settings.disable = configOptions.disable
        settings.severity = configOptions.severity
        settings.kind = configOptions.kind
        settings.limits = limitOptions.limits
        return settings
    }
}
