import Dispatch
import Foundation

/// Runs document checks on a fixed number of worker threads, outside Swift's cooperative
/// pool (a check is seconds of CPU at most, and would otherwise hold the threads every
/// async handler needs). The queue of waiting jobs is bounded, and every job has a deadline:
/// a caller whose deadline passes gets `CheckQueueError.timedOut` at once, and a job still
/// queued by then is dropped unrun. A job already running finishes on its worker (a check
/// cannot be interrupted halfway), so at most `workers` documents are ever assessed at once.
public final class CheckQueue: @unchecked Sendable {
    public enum CheckQueueError: Error, Equatable { case busy, timedOut }

    private struct Job {
        let work: () -> Void
        let expired: () -> Bool
    }

    private let condition = NSCondition()
    private var jobs: [Job] = []
    private var stopped = false
    private let capacity: Int
    private let timers = DispatchQueue(label: "cria.serve.deadlines")

    public init(workers: Int, queueLength: Int) {
        capacity = max(1, queueLength)
        for index in 0..<max(1, workers) {
            // The workers hold the queue until `stop()` lets them end.
            let thread = Thread { self.workLoop() }
            thread.name = "cria-check-\(index)"
            thread.stackSize = 8 << 20  // deep documents recurse, as in a batch
            thread.start()
        }
    }

    /// Runs `work` on a worker and returns its result, or throws `busy` (the queue is full)
    /// or `timedOut` (no answer within `timeLimit`).
    public func run<T: Sendable>(timeLimit: Duration, _ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<T, Error>) in
            let answer = OneAnswer(continuation)
            let job = Job(
                work: {
                    let result = Result { try work() }
                    answer.give(result)
                }, expired: { answer.isGiven })
            condition.lock()
            guard !stopped, jobs.count < capacity else {
                condition.unlock()
                answer.give(.failure(CheckQueueError.busy))
                return
            }
            jobs.append(job)
            condition.signal()
            condition.unlock()
            let (seconds, attoseconds) = timeLimit.components
            let nanoseconds = Int(seconds) * 1_000_000_000 + Int(attoseconds / 1_000_000_000)
            timers.asyncAfter(deadline: .now() + .nanoseconds(nanoseconds)) {
                answer.give(.failure(CheckQueueError.timedOut))
            }
        }
    }

    /// Lets the workers finish what they hold and end; later jobs are refused as busy.
    public func stop() {
        condition.lock()
        stopped = true
        condition.broadcast()
        condition.unlock()
    }

    private func workLoop() {
        while true {
            condition.lock()
            while jobs.isEmpty && !stopped { condition.wait() }
            if jobs.isEmpty && stopped {
                condition.unlock()
                return
            }
            let job = jobs.removeFirst()
            condition.unlock()
            // A job whose caller already gave up is not worth a worker's time.
            if !job.expired() { job.work() }
        }
    }
}

/// A continuation resumed once, by whichever comes first: the work or the deadline.
private final class OneAnswer<T>: @unchecked Sendable {
    private let lock = NSLock()
    private var continuation: CheckedContinuation<T, Error>?

    init(_ continuation: CheckedContinuation<T, Error>) { self.continuation = continuation }

    var isGiven: Bool {
        lock.lock()
        defer { lock.unlock() }
        return continuation == nil
    }

    func give(_ result: Result<T, Error>) {
        lock.lock()
        let waiting = continuation
        continuation = nil
        lock.unlock()
        waiting?.resume(with: result)
    }
}
