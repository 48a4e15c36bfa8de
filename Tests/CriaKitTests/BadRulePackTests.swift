import Foundation
import XCTest

@testable import CriaKit

/// Rule packs are input too: a malformed or hostile rule file gets a located error from
/// `RuleLoader` quickly, never a hang or a crash.
final class BadRulePackTests: XCTestCase {
    private var folder = ""

    override func setUp() {
        folder = NSTemporaryDirectory() + "cria-bad-rules-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    override func tearDown() { try? FileManager.default.removeItem(atPath: folder) }

    /// Loads a pack of one rule file holding `bytes`; returns its problems, one line each.
    private func problems(_ bytes: [UInt8], file: String = "rules.yaml", line: UInt = #line) -> [String] {
        let path = folder + "/" + file
        try! FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try! Data(bytes).write(to: URL(fileURLWithPath: path))
        do {
            _ = try RuleLoader().load(directory: folder)
            XCTFail("the pack loaded", line: line)
            return []
        } catch let error as RuleLoadError {
            return error.problems.map { $0.description.replacingOccurrences(of: folder + "/", with: "") }
        } catch {
            XCTFail("\(error)", line: line)
            return []
        }
    }

    private func problems(_ text: String, file: String = "rules.yaml", line: UInt = #line) -> [String] {
        problems(Array(text.utf8), file: file, line: line)
    }

    func testAliasBombIsRefused() {
        var yaml = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for i in 1...12 { yaml += "a\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 10).joined(separator: ", ") + "]\n" }
        yaml += "rules: *a12\n"
        XCTAssertEqual(problems(yaml), ["rules.yaml:1:1: error: more than 200000 YAML nodes once aliases are expanded"])
    }

    func testAliasBombInALexiconIsRefused() {
        var yaml = "x0: &x0 [child, child, child, child, child, child, child, child]\n"
        for i in 1...10 { yaml += "x\(i): &x\(i) [" + Array(repeating: "*x\(i - 1)", count: 8).joined(separator: ", ") + "]\n" }
        yaml += "terms: *x10\n"
        XCTAssertEqual(problems(yaml, file: "lexicons/kids.yaml"), ["lexicons/kids.yaml:1:1: error: more than 200000 YAML nodes once aliases are expanded"])
    }

    func testTenMegabyteFileIsRefusedBeforeParsing() {
        let yaml = "rules:\n" + String(repeating: "# padding padding padding padding padding padding padding\n", count: 180_000)
        XCTAssertGreaterThan(yaml.utf8.count, 10_000_000)
        XCTAssertEqual(problems(yaml), ["rules.yaml:1:1: error: rule file larger than 4 MB"])
    }

    func testDeeplyNestedFlowYAMLIsRefused() {
        let yaml = "rules: " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + "\n"
        XCTAssertEqual(problems(yaml), ["rules.yaml:1:9: error: invalid YAML: nested deeper than 1000 levels"])
    }

    func testDeeplyNestedBlockYAMLIsRefused() {
        var yaml = "rules:\n"
        for depth in 1...2_000 { yaml += String(repeating: " ", count: depth) + "k:\n" }
        XCTAssertEqual(problems(yaml), ["rules.yaml:1000:1000: error: invalid YAML: nested deeper than 1000 levels"])
    }

    func testInvalidUTF8IsLocated() {
        let bytes = Array("rules:\n  - id: caf".utf8) + [0xE9] + Array("\n".utf8)
        XCTAssertEqual(problems(bytes), ["rules.yaml:2:12: error: not UTF-8 text (invalid byte 0xE9)"])
    }

    func testNULBytesAreLocated() {
        XCTAssertEqual(
            problems(Array("rules:\n  - id: a".utf8) + [0] + Array("b\n".utf8)).first,
            "rules.yaml:2:10: error: invalid YAML: control characters are not allowed")
    }

    func testMalformedYAMLIsLocated() {
        XCTAssertEqual(
            problems("rules:\n  - id: [unclosed\n  - id: b\n"),
            ["rules.yaml:3:7: error: invalid YAML: did not find expected ',' or ']' while parsing a flow sequence"])
        XCTAssertEqual(
            problems("rules: \"unterminated\n"),
            ["rules.yaml:2:1: error: invalid YAML: found unexpected end of stream while scanning a quoted scalar"])
        XCTAssertEqual(problems("rules: *nowhere\n"), ["rules.yaml:1:8: error: invalid YAML: found undefined alias"])
    }

    func testEmptyAndBinaryRuleFiles() {
        XCTAssertEqual(problems(""), ["rules.yaml:1:1: error: empty rule file"])
        XCTAssertEqual(problems([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]).count, 1)
    }

    func testWrongShapesAreLocated() {
        XCTAssertEqual(problems("rules: 12\n"), ["rules.yaml:1:8: error: `rules` must be a list of rules"])
        XCTAssertEqual(problems("rules:\n  - just a string\n"), ["rules.yaml:2:5: error: a rule must be a mapping"])
    }

    /// A rule file that is a FIFO must not block the loader.
    func testFIFORuleFileDoesNotBlock() {
        XCTAssertEqual(mkfifo(folder + "/rules.yaml", 0o644), 0)
        // An open would wait for a writer for ever; this message comes from the file type alone.
        XCTAssertThrowsError(try RuleLoader().load(directory: folder)) { error in
            XCTAssertEqual((error as? RuleLoadError)?.problems.map(\.message), ["is a FIFO, not a regular file"])
        }
    }
}
