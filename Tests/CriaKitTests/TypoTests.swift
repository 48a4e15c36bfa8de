import Foundation
import XCTest

@testable import CriaKit

/// "Did you mean" for mistyped commands, options, values and rule ids; `cria help X` for an
/// unknown X is an error. All run the binary.
final class TypoTests: XCTestCase {
    private func cria(_ arguments: [String]) throws -> CriaBinary.Run {
        try CriaBinary.run(arguments + [], environment: ["CRIA_RULES": packageRoot + "/rules"])
    }

    func testMistypedCommandIsNamedWithTheClosest() throws {
        let run = try cria(["chek", "x.xml"])
        XCTAssertEqual(run.status, 2)
        // The list of commands grows; the suggestion and its form do not.
        XCTAssertTrue(run.stderr.hasPrefix("cria: error: unknown command 'cria chek'; did you mean 'check'? (commands: check, batch, "), run.stderr)
        XCTAssertTrue(run.stderr.hasSuffix(", explain, config, init)\n"), run.stderr)
        let nested = try cria(["rules", "lsit"])
        XCTAssertEqual(nested.status, 2)
        XCTAssertEqual(nested.stderr, "cria: error: unknown command 'cria rules lsit'; did you mean 'list'? (commands: list, lint, test)\n")
    }

    func testHelpForAnUnknownCommandIsAnError() throws {
        let run = try cria(["help", "chek"])
        XCTAssertEqual(run.status, 2)
        XCTAssertEqual(run.stdout, "")
        XCTAssertTrue(run.stderr.contains("unknown command 'cria chek'; did you mean 'check'?"), run.stderr)
        let known = try cria(["help", "check"])
        XCTAssertEqual(known.status, 0)
        XCTAssertTrue(known.stdout.contains("USAGE: cria check"), known.stdout)
    }

    func testMistypedOptionAndValue() throws {
        let option = try cria(["check", "x.xml", "--formt", "json"])
        XCTAssertEqual(option.status, 2)
        XCTAssertTrue(option.stderr.hasPrefix("Error: Unknown option '--formt'. Did you mean '--format'?"), option.stderr)
        let value = try cria(["check", "x.xml", "--format", "txt"])
        XCTAssertEqual(value.status, 2)
        XCTAssertTrue(value.stderr.hasPrefix("Error: The value 'txt' is invalid for '--format <format>'. Did you mean 'text'? Please provide one of the following:\n  - text\n"), value.stderr)
        let level = try cria(["batch", "x", "--fail-on", "eror"])
        XCTAssertEqual(level.status, 2)
        XCTAssertTrue(level.stderr.contains("Did you mean 'error'?"), level.stderr)
    }

    func testMistypedRuleID() throws {
        let run = try cria(["explain", "child-views"])
        XCTAssertEqual(run.status, 2)
        XCTAssertEqual(run.stderr, "cria: error: no rule 'child-views'; did you mean 'childrens-own-views'? `cria rules list` shows them all\n")
        let close = try cria(["check", "x.xml", "--disable", "childrens-own-veiws"])
        XCTAssertEqual(close.status, 2)
        XCTAssertTrue(close.stderr.contains("did you mean 'childrens-own-views'?"), close.stderr)
    }

    func testSpellingSuggestions() {
        XCTAssertEqual(Spelling.closest(to: "lsit", among: ["list", "lint", "test"]), "list")
        XCTAssertEqual(Spelling.closest(to: "child-views", among: ["childrens-own-views", "feedback-to-children", "assessment-published"]), "childrens-own-views")
        XCTAssertNil(Spelling.closest(to: "zzz", among: ["list", "lint", "test"]))
    }
}
