/// `cria batch --csv`: the header, then each document's rows as it comes.
final class BatchCSVFile: BatchReportStream {
    private let file: AtomicFile

    init(path: String) throws {
        file = try AtomicFile(destination: path)
        do { try file.write(BatchCSV.header) } catch { file.discard(); throw error }
    }

    func add(_ entry: BatchEntry) throws {
        switch entry.outcome {
        case .assessed(let assessment): try file.write(BatchCSV.rows(assessment, department: entry.department, legislature: entry.legislature))
        case .failed(let error): try file.write(BatchCSV.errorRow(error, department: entry.department))
        }
    }

    func finish(_ view: BatchView) throws { try file.commit() }

    func discard() { file.discard() }
}
