/// `cria batch --sarif`: results and notifications spooled as they come; the log at the end
/// is `SARIFReport.writeLog` itself, its two arrays the spooled ones.
final class BatchSARIFFile: BatchReportStream {
    private let file: AtomicFile
    private let results: JSONArraySpool
    private let notifications: JSONArraySpool
    private let pack: CompiledPack
    private let workingDirectory: String
    /// Each rule's index in the log's rule list.
    private let ruleIndex: [String: Int]

    init(path: String, setup: BatchStreamSetup) throws {
        file = try AtomicFile(destination: path)
        results = try JSONArraySpool(next: path, name: "results", indentLevel: 4)
        notifications = try JSONArraySpool(next: path, name: "notifications", indentLevel: 6)
        pack = setup.pack
        workingDirectory = setup.context.workingDirectory
        ruleIndex = Dictionary(setup.pack.rules.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
    }

    func add(_ entry: BatchEntry) throws {
        switch entry.outcome {
        case .assessed(let assessment):
            for result in assessment.results where result.outcome == .fail || result.outcome == .review || result.outcome == .waived {
                try results.append { out, level in
                    SARIFReport.writeResult(
                        result, file: assessment.file, documentKind: assessment.kind.kind,
                        ruleIndex: ruleIndex[result.ruleID] ?? 0, workingDirectory: workingDirectory, into: &out, at: level)
                }
            }
        case .failed(let error):
            try notifications.append { out, level in
                SARIFReport.writeNotification(error, workingDirectory: workingDirectory, into: &out, at: level)
            }
        }
    }

    func finish(_ view: BatchView) throws {
        var log = JSONBytes()
        SARIFReport.writeLog(
            into: &log, executionSuccessful: view.aggregate.failed == 0, pack: pack.pack, workingDirectory: workingDirectory,
            notifications: { out, _ in out.write(Splicer.marker("notifications"), indent: nil) },
            results: { out, _ in out.write(Splicer.marker("results"), indent: nil) })
        try Splicer.write(log.string + "\n", spools: ["results": results, "notifications": notifications], into: file)
        results.file.discard(); notifications.file.discard()
        try file.commit()
    }

    func discard() { file.discard(); results.file.discard(); notifications.file.discard() }
}
