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

