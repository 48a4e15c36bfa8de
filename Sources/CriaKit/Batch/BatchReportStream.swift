/// One report of a batch being written: each entry is added as the batch hands it on (in
/// input order), and `finish` writes what depends on all of them and renames the file into
/// place. Made by `ReportFormat.batchStream(to:setup:)`.
public protocol BatchReportStream: AnyObject {
    func add(_ entry: BatchEntry) throws
    /// A document in this run that the baseline does not have (only with a baseline).
    func addedSinceBaseline(_ path: String) throws
    /// Writes the report and renames it into place.
    func finish(_ view: BatchView) throws
    /// Removes its temporary files; the destination is left untouched.
    func discard()
}

extension BatchReportStream {
    public func addedSinceBaseline(_ path: String) throws {}
}

/// What a batch report file is made with, besides its path.
public struct BatchStreamSetup {
    let pack: CompiledPack
    let context: BatchContext
    /// Whether the run compares with a baseline (the JSON report then lists added documents).
    let hasBaseline: Bool
}
