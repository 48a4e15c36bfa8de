import Foundation

/// Runs one check: configuration and rule pack, then load and assess each input (as a batch
/// does, `Evaluator.check(path:loader:)`), the baseline, and every report asked for. The
/// command line only parses arguments into `CheckSettings` and prints what this hands it.
public struct Checker {
    public let settings: CheckSettings

    public init(settings: CheckSettings) {
        self.settings = settings
    }

    /// What a run leaves: its exit code, and the report and evaluator (which a process about
    /// to exit may keep rather than free).
    public struct Run {
        /// 0: nothing at or above the fail level; 1: fails at or above it; 2: errors.
        public let exitCode: Int32
        public let report: CheckReport?
        public let evaluator: Evaluator?

        static func failed() -> Run { Run(exitCode: 2, report: nil, evaluator: nil) }
    }

    /// `output` receives the report for stdout; `diagnostic` each line for stderr, as it happens.
    public func run(
        environment: [String: String] = CriaEnvironment.packSettings(), colour: Bool = false,
        output: (String) -> Void, diagnostic: (String) -> Void
    ) -> Run {
        let config: CriaConfig, pack: CompiledPack
        do {
            var overrides = ConfigOverrides(rules: settings.rules, failOn: settings.failOn, include: settings.include, exclude: settings.exclude)
            overrides.disable = settings.disable
            overrides.severity = settings.severity
            overrides.kind = settings.kind
            config = try CriaConfig.resolve(explicit: settings.config, overrides: overrides)
            pack = try config.loadPack(environment: environment, cache: settings.noCache ? nil : PackCache.fromEnvironment(environment))
        } catch let error as ConfigError {
            error.problems.forEach(diagnostic)
            return .failed()
        } catch {
            diagnostic("cria: error: \(error)")
            return .failed()
        }
        var known: CheckBaseline?
        if let baseline = settings.baseline {
            do { known = try CheckBaseline.read(path: baseline) } catch let error as InputError {
                diagnostic(error.description)
                return .failed()
            } catch {
                diagnostic("cria: error: \(error)")
                return .failed()
            }
        }
        let loader = DocumentLoader(limits: settings.limits)
        let evaluator = Evaluator(pack: pack)
        let kinds = config.kindOverride()
        var assessments: [Assessment] = []
        var errors: [InputError] = []
        let selection = InputSelection(includes: config.include.value, excludes: config.exclude.value)
        for input in BatchInputs.expand(settings.files, selection: selection) {
            if let failure = input.failure {
                diagnostic(failure.description)
                errors.append(failure)
                continue
            }
            do {
                assessments.append(try evaluator.check(input, loader: loader, kinds: kinds))
            } catch let error as InputError {
                diagnostic(error.description)
                errors.append(error)
            } catch {
                let failure = InputError(file: input.path, message: "\(error)")
                diagnostic(failure.description)
                errors.append(failure)
            }
        }

        if let path = settings.writeBaseline {
            let recorded = CheckBaseline(assessments: assessments)
            do { try recorded.write(to: path) } catch {
                diagnostic("cria: error: \(error)")
                return .failed()
            }
            diagnostic("cria: wrote \(recorded.entries.count) finding\(recorded.entries.count == 1 ? "" : "s") to the baseline \(path)")
        }
        var knownNote: String?
        if let known {
            let filtered = known.filter(assessments)
            assessments = filtered.assessments
            knownNote = "\(filtered.known) known finding\(filtered.known == 1 ? "" : "s") from the baseline not shown"
        }

        var report = CheckReport(assessments: assessments, errors: errors, pack: pack, knownNote: knownNote)
        report.showPassing = settings.showPassing
        report.verbose = settings.verbose
        report.sarifAll = settings.sarifAll
        do {
            for (format, path) in settings.outputs {
                let text = try format.render(report)
                let file = try AtomicFile(destination: path)
                do { try file.write(text); try file.commit() } catch { file.discard(); throw error }
            }
            report.colour = colour
            output(try settings.format.render(report))
        } catch {
            diagnostic("cria: error: \(error)")
            return .failed()
        }
        if !settings.format.includesKnownNote, let knownNote { diagnostic("cria: " + knownNote) }

        let exitCode: Int32
        if !errors.isEmpty {
            exitCode = 2
        } else if let threshold = config.failOn.value.threshold,
            assessments.contains(where: { $0.results.contains { $0.outcome == .fail && $0.severity >= threshold } })
        {
            exitCode = 1
        } else {
            exitCode = 0
        }
        return Run(exitCode: exitCode, report: report, evaluator: evaluator)
    }
}
