import Foundation

/// What one check's report shows: its assessments and unreadable inputs, and how to show them.
public struct CheckReport {
    public var assessments: [Assessment]
    public var errors: [InputError]
    public var pack: CompiledPack
    /// "2 known findings from the baseline not shown", when a baseline hid some.
    public var knownNote: String?
    /// Text: also list passing results.
    public var showPassing = false
    /// Text: each finding's full guidance and all its evidence.
    public var verbose = false
    /// SARIF: also report passes and not-applicable results.
    public var sarifAll = false
    /// Text: ANSI colours (on a terminal).
    public var colour = false
    /// What relative URIs in SARIF are relative to.
    public var workingDirectory = FileManager.default.currentDirectoryPath

    public init(assessments: [Assessment], errors: [InputError], pack: CompiledPack, knownNote: String? = nil) {
        self.assessments = assessments
        self.errors = errors
        self.pack = pack
        self.knownNote = knownNote
    }
}

/// One output format of a check (`cria check --format NAME`, `--output NAME=FILE`). To add
/// one, write a type conforming to this protocol in a file of its own in `Reports/` and list
/// it in `ReportFormats.registered`; the command line, its help and the checker take the
/// formats from there.
public protocol ReportFormat {
    /// The name users give (`--format checkstyle`).
    static var name: String { get }
    /// Whether the baseline's "known findings not shown" note is part of the report itself
    /// (else it goes to stderr).
    static var includesKnownNote: Bool { get }
    static func render(_ report: CheckReport) -> String
}

extension ReportFormat {
    public static var includesKnownNote: Bool { false }
}

/// Every report format, once.
public enum ReportFormats {
    public static let registered: [any ReportFormat.Type] = [
        TextReport.self,
        JSONReport.self,
        SARIFReport.self,
        JUnitReport.self,
        GitHubReport.self,
        CheckstyleReport.self,
    ]

    public static func named(_ name: String) -> (any ReportFormat.Type)? {
        registered.first { $0.name == name }
    }

    /// "text, json, sarif, junit, github or checkstyle".
    public static var names: String {
        let names = registered.map { $0.name }
        return names.dropLast().joined(separator: ", ") + " or " + names.last!
    }
}
