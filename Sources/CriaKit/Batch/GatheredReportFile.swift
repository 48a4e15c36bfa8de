/// A batch's report in a `WholeReportFormat`: the entries are kept to the end and rendered
/// as a check of the same documents would render them.
final class GatheredReportFile: BatchReportStream {
    private let format: any ReportFormat.Type
    private let file: AtomicFile
    private let setup: BatchStreamSetup
    private var assessments: [Assessment] = []
    private var errors: [InputError] = []

    init(format: any ReportFormat.Type, path: String, setup: BatchStreamSetup) throws {
        self.format = format
        self.setup = setup
        file = try AtomicFile(destination: path)
    }

    func add(_ entry: BatchEntry) throws {
        switch entry.outcome {
        case .assessed(let assessment): assessments.append(assessment)
        case .failed(let error): errors.append(error)
        }
    }

    func finish(_ view: BatchView) throws {
        var report = CheckReport(assessments: assessments, errors: errors, pack: setup.pack)
        report.workingDirectory = setup.context.workingDirectory
        try file.write(format.render(report))
        try file.commit()
    }

    func discard() { file.discard() }
}
