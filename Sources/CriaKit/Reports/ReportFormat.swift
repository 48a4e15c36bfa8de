/// One report format, for every command that writes reports: `cria check --format NAME` and
/// `--output NAME=FILE`, `cria batch --output NAME=FILE` and the server's downloads. To add
/// one, write a type conforming to `WholeReportFormat` or `StreamedReportFormat` in a file of
/// its own in `Reports/` and list it in `ReportFormats.registered`; the commands, their help
/// and the server take the formats from there.
///
/// A format is written whole from a check's assessments (`render`) and streamed into a file
/// while a batch assesses its documents (`batchStream`). Most formats write one of the two and
/// get the other from it (see the two protocols below); JSON and SARIF write both, because
/// their batch reports say more than a check's.
public protocol ReportFormat {
    /// The name users give (`--format checkstyle`).
    static var name: String { get }
    /// How the server's download link names it ("Checkstyle XML").
    static var title: String { get }
    /// The extension of a file of it (`checkstyle.xml`), for downloads.
    static var fileExtension: String { get }
    /// Its media type, for downloads (`application/xml; charset=utf-8`).
    static var mediaType: String { get }
    /// Whether the baseline's "known findings not shown" note is part of the report itself
    /// (else it goes to stderr).
    static var includesKnownNote: Bool { get }
    /// The report of a check's documents. Throws only when a temporary file cannot be
    /// written (`StreamedReportFormat`).
    static func render(_ report: CheckReport) throws -> String
    /// A file the report of a batch is streamed into, one document at a time, and renamed into
    /// place at `path` when the batch is done.
    static func batchStream(to path: String, setup: BatchStreamSetup) throws -> any BatchReportStream
}

extension ReportFormat {
    public static var includesKnownNote: Bool { false }
}

/// A format written whole from the assessments (text, JUnit, GitHub, Checkstyle): a batch
/// keeps the assessments it is given until the end and then renders them as a check would
/// (`GatheredReportFile`), so its memory grows with the batch.
public protocol WholeReportFormat: ReportFormat {}

extension WholeReportFormat {
    public static func batchStream(to path: String, setup: BatchStreamSetup) throws -> any BatchReportStream {
        try GatheredReportFile(format: Self.self, path: path, setup: setup)
    }
}

/// A format streamed by a batch (HTML, Markdown, CSV): a check's documents are rendered as a
/// batch of them (`StreamedRendering`).
public protocol StreamedReportFormat: ReportFormat {}

extension StreamedReportFormat {
    public static func render(_ report: CheckReport) throws -> String {
        try StreamedRendering.text(of: Self.self, report)
    }
}
