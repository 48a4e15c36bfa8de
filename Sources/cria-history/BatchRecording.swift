import ArgumentParser
import CriaCommandLine
import CriaHistory
import CriaKit

/// `cria batch --record`: the batch runs inside the recording transaction, each entry stored
/// as the batch JSON report would give it, so that a failed or interrupted batch records
/// nothing.
struct BatchRecording: BatchRecorder {
    func record(
        _ command: BatchCommand, context: BatchContext,
        batch: ((BatchEntry) throws -> Void) throws -> Void
    ) throws -> String {
        guard let path = command.record, let label = command.pointOptions.point else {
            throw ValidationError("--record needs the point's label: --point LABEL")
        }
        let header = PointHeader(
            label: label, takenAt: command.pointOptions.date ?? context.generated,
            toolVersion: ToolInfo.version, rules: context.rulesDirectory, source: "batch")
        let replace = command.pointOptions.replace
        do {
            let store = try HistoryStore(path: path, access: .createIfMissing)
            // Refused before the batch runs, not after it.
            if !replace, try store.hasPoint(label) {
                throw HistoryError(file: path, message: "point '\(label)' is already recorded; give --replace to record it again")
            }
            let summary = try store.record(header, replace: replace) { recorder in
                try batch { entry in
                    switch entry.outcome {
                    case .assessed(let assessment):
                        try recorder.add(RecordedDocument(assessment, department: entry.department))
                    case .failed(let error):
                        try recorder.addFailure(RecordedFailure(path: entry.path, department: entry.department, message: error.message))
                    }
                }
            }
            return "cria: recorded point \(summary.label) in \(path): \(summary.documents) documents (\(summary.newDocuments) new), \(summary.results) results"
        } catch let error as HistoryError {
            Terminal.error("\(error)")
            throw ExitCode(2)
        }
    }
}

extension BatchCommand: SiblingWork {
    package func perform() throws { try run(recorder: BatchRecording()) }
}
