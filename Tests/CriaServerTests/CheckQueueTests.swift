import Foundation
import XCTest

@testable import CriaServer

/// The bounded queue the server checks documents on: a full queue answers busy at once, a
/// caller past its deadline gets timedOut while the work it started finishes on its
/// worker, and a job whose caller gave up while it waited is never run.
final class CheckQueueTests: XCTestCase {
    /// Calls `queue.run` from a task and waits on this (non-cooperative) thread.
    private func call(_ queue: CheckQueue, timeLimit: Duration = .seconds(60), _ work: @escaping @Sendable () -> Int) -> (DispatchSemaphore, LockedValue<Result<Int, Error>?>) {
        let done = DispatchSemaphore(value: 0)
        let result = LockedValue<Result<Int, Error>?>(nil)
        Task {
            do { result.set(.success(try await queue.run(timeLimit: timeLimit, work))) } catch { result.set(.failure(error)) }
            done.signal()
        }
        return (done, result)
    }

    func testAFullQueueAnswersBusyAndAHeldWorkerTimesItsCallerOut() throws {
        let queue = CheckQueue(workers: 1, queueLength: 1)
        defer { queue.stop() }
        let started = DispatchSemaphore(value: 0)
        let release = DispatchSemaphore(value: 0)
        let ranLate = LockedValue(false)

        // A: holds the only worker until released; its caller gives up after 50 ms.
        let (aDone, a) = call(queue, timeLimit: .milliseconds(50)) {
            started.signal()
            release.wait()
            return 1
        }
        XCTAssertEqual(started.wait(timeout: .now() + 30), .success)
        // B: waits in the queue (its one place), and its caller too gives up.
        let (bDone, b) = call(queue, timeLimit: .milliseconds(50)) {
            ranLate.set(true)
            return 2
        }
        XCTAssertEqual(aDone.wait(timeout: .now() + 30), .success)
        XCTAssertEqual(bDone.wait(timeout: .now() + 30), .success)
        XCTAssertThrowsError(try a.get()!.get()) { XCTAssertEqual($0 as? CheckQueue.CheckQueueError, .timedOut) }
        XCTAssertThrowsError(try b.get()!.get()) { XCTAssertEqual($0 as? CheckQueue.CheckQueueError, .timedOut) }

        // B still holds the queue's place until the worker drops it: C is refused.
        let (cDone, c) = call(queue) { 3 }
        XCTAssertEqual(cDone.wait(timeout: .now() + 30), .success)
        XCTAssertThrowsError(try c.get()!.get()) { XCTAssertEqual($0 as? CheckQueue.CheckQueueError, .busy) }

        // Released, the worker finishes A, drops B unrun, and takes new work.
        release.signal()
        var answer: Result<Int, Error>?
        for _ in 0..<3000 {
            let (dDone, d) = call(queue) { 4 }
            XCTAssertEqual(dDone.wait(timeout: .now() + 30), .success)
            answer = d.get()
            if case .success = answer { break }
            usleep(1000)
        }
        XCTAssertEqual(try answer?.get(), 4)
        XCTAssertFalse(ranLate.get(), "a job whose caller had given up was run")
    }
}
