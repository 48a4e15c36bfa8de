import CriaKit

/// Records a batch as an appraisal point (`cria batch --record`): cria-history's
/// `BatchRecording`, the one executable that links the history store.
package protocol BatchRecorder {
    /// Runs `batch` inside the recording, `batch` handing each entry to the closure it is
    /// given; returns the line that tells what was recorded. A store problem is one line on
    /// stderr and `ExitCode(2)`.
    func record(
        _ command: BatchCommand, context: BatchContext,
        batch: ((BatchEntry) throws -> Void) throws -> Void
    ) throws -> String
}
