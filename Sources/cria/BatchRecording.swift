import CriaHistory
import CriaKit

/// `cria batch --record`: the batch runs inside the recording transaction, each entry stored
/// as the batch JSON report would give it, so that a failed or
/// interrupted batch records nothing.
enum BatchRecording {
    static func record(to path: String, header: PointHeader, replace: Bool,
                       run: ((BatchEntry) throws -> Void) throws -> Void) throws -> RecordingSummary {
        let store = try HistoryStore(path: path, access: .createIfMissing)
        // Refused before the batch runs, not after it.
        if !replace, try store.hasPoint(header.label) {
            throw HistoryError(file: path, message: "point '\(header.label)' is already recorded; give --replace to record it again")
        }
        return try store.record(header, replace: replace) { recorder in
            try run { entry in
                switch entry.outcome {
                case .assessed(let assessment):
                    try recorder.add(RecordedDocument(assessment, department: entry.department))
                case .failed(let error):
                    try recorder.addFailure(RecordedFailure(path: entry.path, department: entry.department, message: error.message))
                }
            }
        }
    }
}
