import ArgumentParser
import CriaKit
import Foundation

/// One `cria check` as plain values. `CheckCommand` makes it from what ArgumentParser parsed;
/// `Cria.main` makes it straight from the arguments when it can (`init?(arguments:)`).
struct CheckRequest {
    var files: [String]
    var format: CheckCommand.Format = .text
    var output: [OutputRequest] = []
    var failOn: FailLevel?
    var include: [String] = []
    var exclude: [String] = []
    var baseline: String?
    var writeBaseline: String?
    var sarifAll = false
    var showPassing = false
    var rules: String?
    var noCache = false
    var configFlags = ConfigFlags()
    var limits = ReadLimits.default

    /// Every setting the default (see `init?(arguments:)`).
    init(files: [String]) {
        self.files = files
    }

    init(files: [String], format: CheckCommand.Format, output: [OutputRequest], failOn: FailLevel?,
         include: [String], exclude: [String], baseline: String?, writeBaseline: String?, sarifAll: Bool, showPassing: Bool,
         rules: String?, noCache: Bool, configFlags: ConfigFlags, limits: ReadLimits) {
        self.files = files
        self.format = format
        self.output = output
        self.failOn = failOn
        self.include = include
        self.exclude = exclude
        self.baseline = baseline
        self.writeBaseline = writeBaseline
        self.sarifAll = sarifAll
        self.showPassing = showPassing
        self.rules = rules
        self.noCache = noCache
        self.configFlags = configFlags
        self.limits = limits
    }

    /// Why `CheckCommand.validate` (or the limits' own `validate`) refuses these settings.
    var validationProblem: String? {
        if let problem = LimitOptions.problem(with: limits) { return problem }
        let paths = output.map { URL(fileURLWithPath: $0.path).standardizedFileURL.path } + [writeBaseline].compactMap { $0 }.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
        if Set(paths).count != paths.count { return "two outputs would be written to the same file" }
        // Nothing is written to a file in most checks, so no input's path is resolved for it.
        guard !paths.isEmpty else { return nil }
        let inputs = Set(files.map { URL(fileURLWithPath: $0).standardizedFileURL.path })
        if let clash = paths.first(where: { inputs.contains($0) }) {
            return "the output '\(clash)' is also an input; inputs are never overwritten"
        }
        return nil
    }

    func run() throws {
        let environment = CriaEnvironment.packSettings()
        let config = try configFlags.resolve(ConfigOverrides(rules: rules, failOn: failOn, include: include, exclude: exclude))
        let pack = try configFlags.loadPack(config, environment: environment, cache: RulesOption.cache(noCache: noCache, environment: environment))
        var known: CheckBaseline?
        if let baseline {
            do { known = try CheckBaseline.read(path: baseline) } catch let error as InputError {
                Terminal.error(error.description)
                throw ExitCode(2)
            }
        }
        let loader = DocumentLoader(limits: limits)
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

    private func render(_ format: CheckCommand.Format, _ assessments: [Assessment], errors: [InputError], pack: CompiledPack, colour: Bool, knownNote: String?) -> String {
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
