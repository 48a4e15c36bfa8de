import Foundation
import FuzzTargets
import XCTest

/// Replays every fuzz target's minimised corpus (`scripts/fuzz --minimise`) and the crash
/// inputs kept as regressions, through the same code libFuzzer runs: an input that once
/// crashed, or an oracle's disagreement (`FuzzFinding`), fails here.
final class FuzzCorpusReplayTests: XCTestCase {
    override class func setUp() {
        FuzzEnvironment.rulesDirectory = packageRoot + "/rules"
    }

    func testEveryTargetHasACorpus() throws {
        for target in FuzzTargets.all {
            XCTAssertFalse(try inputs(of: target).isEmpty, "no corpus for \(target.name): run scripts/fuzz --minimise \(target.name)")
        }
    }

    func testCorporaReplayWithoutAFinding() throws {
        for target in FuzzTargets.all {
            for input in try inputs(of: target) {
                let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: input)))
                XCTAssertNoThrow(try target.run(bytes), "\(target.name): \((input as NSString).lastPathComponent)")
            }
        }
    }

    /// The differential oracles do catch a difference, so that their silence means something.
    func testTheOraclesCatchADifference() throws {
        let differential = try XCTUnwrap(FuzzTargets.named("json-vs-foundation"))
        XCTAssertNoThrow(try differential.run(Array(#"{"a": [1, "x", true, null]}"#.utf8)))
        XCTAssertThrowsError(try FuzzTargets.compareJSON(Array(#"{"a": 1}"#.utf8), against: ["a": 2])) {
            XCTAssertEqual("\($0)", "at '/a': cria read the number 1, Foundation 2")
        }
        // Foundation drops U+FEFF after an escape ("\\\u{FEFF}P" reads "\\P"); cria keeps it. That
        // alone is no difference (the input bom-after-escape), but another letter still is.
        XCTAssertNoThrow(try differential.run(Array("{\"a\": \"\\\\\u{FEFF}P\"}".utf8)))
        XCTAssertThrowsError(try FuzzTargets.compareJSON(Array("{\"a\": \"\\\\\u{FEFF}P\"}".utf8), against: ["a": "\\Q"])) {
            XCTAssertEqual("\($0)", "at '/a': cria read \"\\\\\u{FEFF}P\", Foundation \"\\\\Q\"")
        }
        XCTAssertThrowsError(try FuzzTargets.compareXML(Array("<a><b>x</b></a>".utf8), against: Array("<a><b>y</b></a>".utf8))) {
            XCTAssertEqual("\($0)", #"at /a/b[1] (libxml2: <b>): cria read the text "x", libxml2 "y""#)
        }
        XCTAssertThrowsError(try FuzzTargets.compareXML(Array("<a><b/></a>".utf8), against: Array("<a><b/><c/></a>".utf8))) {
            XCTAssertEqual("\($0)", "cria read 2 elements, libxml2 3")
        }
    }

    private func inputs(of target: FuzzTarget) throws -> [String] {
        let folder = packageRoot + "/Tests/CriaKitTests/FuzzCorpus/" + target.name
        return try FileManager.default.contentsOfDirectory(atPath: folder).sorted().map { folder + "/" + $0 }
    }
}
