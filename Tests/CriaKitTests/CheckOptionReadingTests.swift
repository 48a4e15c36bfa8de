import CriaKit
import Foundation
import XCTest

@testable import cria

/// `cria check`'s options are listed once, by ArgumentParser (`CheckCommand`); the direct
/// reader (`CheckSettings(arguments:)`) must know every one of them, or a check that gives
/// the option silently takes the slow path, and a check that misreads one would differ from
/// ArgumentParser (`CLITests.testCheckReadDirectlyGivesWhatTheParserGives` compares them).
final class CheckOptionReadingTests: XCTestCase {
    /// Left to ArgumentParser on purpose: they print help or the version, not a check.
    static let leftToArgumentParser: Set<String> = ["help", "version"]

    func testTheDirectReaderKnowsEveryOptionOfCheck() throws {
        let dump = try CriaBinary.run(["check", "--experimental-dump-help"])
        XCTAssertEqual(dump.status, 0, dump.stderr)
        let tool = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(dump.stdout.utf8)) as? [String: Any])
        let command = try XCTUnwrap(tool["command"] as? [String: Any])
        let arguments = try XCTUnwrap(command["arguments"] as? [[String: Any]])
        var flags: Set<String> = [], options: Set<String> = []
        for argument in arguments {
            let names = (argument["names"] as? [[String: Any]] ?? []).filter { $0["kind"] as? String == "long" }.compactMap { $0["name"] as? String }
            switch argument["kind"] as? String {
            case "flag": flags.formUnion(names)
            case "option": options.formUnion(names)
            default: continue
            }
        }
        XCTAssertGreaterThan(options.count, 10, "ArgumentParser's dump no longer lists check's options")
        XCTAssertEqual(
            CheckSettings.directFlags, flags.subtracting(Self.leftToArgumentParser),
            "a flag of `cria check` is missing from CheckSettings(arguments:), or one there is not check's")
        XCTAssertEqual(
            CheckSettings.directOptions, options,
            "an option of `cria check` is missing from CheckSettings(arguments:), or one there is not check's")
    }
}
