import Foundation

/// What one `cria check` is asked to do, as plain values: the command line fills it (through
/// ArgumentParser, or directly for the everyday forms), and so can a server.
public struct CheckSettings {
    public var files: [String]
    public var format: any ReportFormat.Type = TextReport.self
    /// More reports of the same run, each written atomically to its file.
    public var outputs: [(format: any ReportFormat.Type, path: String)] = []
    public var failOn: FailLevel?
    public var include: [String] = []
    public var exclude: [String] = []
    /// Report only findings not in this baseline (`CheckBaseline`).
    public var baseline: String?
    /// Record the fails and reviews found as a baseline here.
    public var writeBaseline: String?
    public var sarifAll = false
    public var showPassing = false
    /// Text: each finding's full guidance and all its evidence.
    public var verbose = false
    public var rules: String?
    public var noCache = false
    /// `.cria.yml` to use instead of the nearest one.
    public var config: String?
    public var disable: [String] = []
    /// `RULE=LEVEL`, repeatable.
    public var severity: [String] = []
    /// `--kind`: read every input as this kind of document.
    public var kind: DocumentKind?
    public var limits = ReadLimits.default

    public init(files: [String]) {
        self.files = files
    }

    /// Why these settings cannot run (a usage error), or nil.
    public var validationProblem: String? {
        if let problem = limits.problem { return problem }
        let paths = outputs.map { URL(fileURLWithPath: $0.path).standardizedFileURL.path } + [writeBaseline].compactMap { $0 }.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
        if Set(paths).count != paths.count { return "two outputs would be written to the same file" }
        // Nothing is written to a file in most checks, so no input's path is resolved for it.
        guard !paths.isEmpty else { return nil }
        let inputs = Set(files.map { URL(fileURLWithPath: $0).standardizedFileURL.path })
        if let clash = paths.first(where: { inputs.contains($0) }) {
            return "the output '\(clash)' is also an input; inputs are never overwritten"
        }
        return nil
    }
}
