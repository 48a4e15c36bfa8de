import Foundation
import XCTest

@testable import CriaKit

/// `cria explain RULE` for people (the binary, the bundled rules, run from the package).
final class ExplainTests: XCTestCase {
    func testCitationsExamplesAndFileForPeople() throws {
        let run = try CriaBinary.run(["explain", "childrens-own-views"], environment: ["CRIA_RULES": "rules"], directory: packageRoot)
        XCTAssertEqual(run.status, 0, run.stderr)
        let text = run.stdout
        XCTAssertTrue(text.hasPrefix("childrens-own-views: Children's own views were sought, not only those of adults\n\nSeverity error. Serves UNCRC Article 12 (right to be heard).\n"), text)
        XCTAssertTrue(
            text.contains(
                """
                  - UN Committee on the Rights of the Child, General Comment No. 12 (2009): the right of the child to be heard, paragraphs 132-134
                    https://tbinternet.ohchr.org/_layouts/15/treatybodyexternal/Download.aspx?symbolno=CRC%2FC%2FGC%2F12&Lang=en

                """), text)
        XCTAssertTrue(text.contains("  - Scottish Government, Child Rights and Wellbeing Impact Assessment guidance, stage 2 (further assessment of impact)\n"), text)
        // Examples as prose, each section by its heading; no markup.
        XCTAssertTrue(text.contains("A proposal that fails (1):\n  Summary: The proposal introduces a national framework for school uniform costs"), text)
        XCTAssertTrue(text.contains("\n  Consultation: We consulted parents, headteachers, uniform suppliers and local authorities."), text)
        XCTAssertFalse(text.contains("<proposal>") || text.contains("{\""), text)
        // The line where the rule's entry starts, read from the pack (other rules' edits move it).
        let yaml = try String(contentsOfFile: packageRoot + "/rules/rules/principles/principles.yaml", encoding: .utf8)
        let line = try XCTUnwrap(yaml.components(separatedBy: "\n").firstIndex { $0.hasSuffix("- id: childrens-own-views") }) + 1
        XCTAssertTrue(text.hasSuffix("Defined in rules/rules/principles/principles.yaml, line \(line).\n"), text)
    }

    /// A rule with close candidates says when it is review instead of fail.
    func testARuleWithANearMissSaysWhenItIsReview() throws {
        let run = try CriaBinary.run(["explain", "options-considered"], environment: ["CRIA_RULES": "rules"], directory: packageRoot)
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(
            run.stdout.contains(
                "When it is review instead: nothing qualifies, but the proposal holds statements close to it that lack a second option set against the chosen one for its effect on children; a person must judge them.\n"
            ), run.stdout)
        XCTAssertTrue(run.stdout.contains("A proposal that needs a person to review:\n"), run.stdout)
    }

    func testCitationExpansion() {
        XCTAssertEqual(Citations.expand("GC1 para 9").text, "UN Committee on the Rights of the Child, General Comment No. 1 (2001): the aims of education, paragraph 9")
        XCTAssertEqual(Citations.expand("GC12").text, "UN Committee on the Rights of the Child, General Comment No. 12 (2009): the right of the child to be heard")
        XCTAssertEqual(Citations.expand("UNCRC Arts 17 and 42").text, "UN Convention on the Rights of the Child, articles 17 and 42")
        XCTAssertEqual(Citations.expand("Some local guidance").text, "Some local guidance")
        XCTAssertNil(Citations.expand("Some local guidance").link)
    }

    /// A gate serves no one article: the explanation says what it does instead of "Serves UNCRC ."
    func testAGateSaysItServesNoSingleArticle() throws {
        let run = try CriaBinary.run(["explain", "page-lists-documents"], environment: ["CRIA_RULES": "rules"], directory: packageRoot)
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stdout.contains("\n\nSeverity info. Serves no single UNCRC article (it decides what the other rules are asked).\n\n"), run.stdout)
        XCTAssertFalse(run.stdout.contains("Serves UNCRC ."), run.stdout)
    }

    /// A statement query in words takes "an" before a kind that starts with a vowel.
    func testAStatementQueryInWordsTakesTheRightArticle() {
        XCTAssertEqual(StatementQuery(kinds: ["effect"], about: ["children"], domains: [], scope: .document, atLeast: 1).description, "an effect statement about children")
        XCTAssertEqual(StatementQuery(kinds: ["weighing", "effect"], about: [], domains: [], scope: .document, atLeast: 1).description, "a weighing or effect statement")
        XCTAssertEqual(StatementQuery(kinds: [], about: [], domains: ["income"], scope: .document, atLeast: 1).description, "a statement on income")
    }
}
