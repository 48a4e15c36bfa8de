import Foundation
import XCTest

@testable import CriaServer

/// Many uploads at once, and a shutdown while requests are in flight.
final class ServerLoadTests: XCTestCase {
    func testFiftyConcurrentUploadsAreAllAnsweredCorrectlyWithBoundedMemory() throws {
        let harness = try ServerHarness { $0.workers = 2 }
        defer { try? harness.stop() }
        let samples: [(String, Data, [String])] = [
            ("kinship.xml", try ServerHarness.fixture("samples/dfe-kinship-allowance-pilot.xml"), ServerUploadTests.kinshipFindings),
            ("kinship.docx", try ServerHarness.fixture("Tests/CriaServerTests/Fixtures/kinship-allowance-pilot.docx"), ServerUploadTests.kinshipFindings),
            (
                "deductions.json", try ServerHarness.fixture("samples/dwp-uc-deductions-cap.json"),
                ["fail child-friendly-summary", "fail childrens-own-views", "fail evidence-gaps-identified", "review disabled-children-considered", "review options-considered"]
            ),
            ("meals.html", try ServerHarness.fixture("Tests/CriaKitTests/Fixtures/heldout/wg-free-school-meals-cria.html"), ["fail evidence-gaps-identified"]),
        ]
        let before = Self.residentKilobytes()
        let outcomes = LockedValue<[Int: String]>([:])
        let client = harness.client
        var threads: [Thread] = []
        let done = DispatchGroup()
        for index in 0..<50 {
            let (name, data, expected) = samples[index % samples.count]
            done.enter()
            let thread = Thread {
                defer { done.leave() }
                let verdict: String
                do {
                    let response = try client.upload("/api/check", files: [(name, data)])
                    verdict = response.status == 200 && findings(ofJSON: response.json) == expected ? "ok" : "\(response.status) \(findings(ofJSON: response.json))"
                } catch {
                    verdict = "\(error)"
                }
                outcomes.update { $0[index] = verdict }
            }
            threads.append(thread)
        }
        for thread in threads { thread.start() }
        XCTAssertEqual(done.wait(timeout: .now() + 300), .success)
        let answers = outcomes.get()
        XCTAssertEqual(answers.count, 50)
        XCTAssertEqual(answers.filter { $0.value != "ok" }, [:])
        // Two workers hold at most two documents at once: the whole test process grows by
        // far less than 50 documents' trees would take if each request kept its own.
        let grown = Self.residentKilobytes() - before
        XCTAssertLessThan(grown, 200 * 1024, "resident memory grew by \(grown) kB")
    }

    func testShutdownLetsRequestsInFlightFinish() throws {
        let harness = try ServerHarness()
        let xml = try ServerHarness.fixture("samples/dfe-kinship-allowance-pilot.xml")
        let (contentType, body) = TestHTTPClient.multipart(files: [("kinship.xml", xml)])
        let head = "POST /api/check HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Type: \(contentType)\r\nContent-Length: \(body.count)\r\n\r\n"
        let answer = LockedValue<Result<TestHTTPClient.Response, Error>?>(nil)
        let halfSent = DispatchSemaphore(value: 0)
        let shutdownAsked = DispatchSemaphore(value: 0)
        let finished = DispatchSemaphore(value: 0)
        let client = harness.client
        Thread {
            answer.set(
                Result {
                    try client.send(head: head, body: body) {
                        halfSent.signal()
                        // The rest of the body is sent only once shutdown has begun.
                        shutdownAsked.wait()
                        Thread.sleep(forTimeInterval: 0.2)
                    }
                })
            finished.signal()
        }.start()
        XCTAssertEqual(halfSent.wait(timeout: .now() + 30), .success)
        // In flight: the server has the request's head and is reading its body.
        let waitingSince = Date()
        while harness.server.checker.inFlight.current < 1 && Date().timeIntervalSince(waitingSince) < 30 { usleep(1000) }
        XCTAssertEqual(harness.server.checker.inFlight.current, 1)
        let stopped = DispatchSemaphore(value: 0)
        Thread {
            try? harness.stop()
            stopped.signal()
        }.start()
        shutdownAsked.signal()
        XCTAssertEqual(finished.wait(timeout: .now() + 60), .success)
        let response = try XCTUnwrap(answer.get()).get()
        XCTAssertEqual(response.status, 200)
        XCTAssertEqual(findings(ofJSON: response.json), ServerUploadTests.kinshipFindings)
        XCTAssertEqual(stopped.wait(timeout: .now() + 60), .success)
        // Once stopped, it takes no new connections.
        XCTAssertThrowsError(try client.get("/healthz"))
    }

    /// Resident set size of this process, from /proc.
    static func residentKilobytes() -> Int {
        let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
        let line = status.split(separator: "\n").first { $0.hasPrefix("VmRSS:") } ?? ""
        return Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
    }
}
