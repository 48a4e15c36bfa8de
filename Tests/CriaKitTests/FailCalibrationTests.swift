import XCTest

@testable import CriaKit

/// How sure a domain rule's fail is (`calibration:` in `statements.yaml`): a fail where the
/// proposal says, in words the rule does not read, what happens to children in the rule's
/// domain is review, quoting those statements; where it says that only of adults, the fail
/// stands. Each document states its pattern in words of its own.
final class FailCalibrationTests: XCTestCase {
    static let pack = projectPack

    /// A speech therapy service moved, with what it does to the children's learning said
    /// plainly: review naming the statement; said only of the therapists and parents: fail.
    func testAnEffectOnChildrenInTheRulesDomainMakesAFailAReview() throws {
        let summary = """
            "summary": "The county will merge the speech and language therapy sessions held in 14 primary schools into two hubs at the Northgate and Eastfield academies from September. Pupils with speech needs in reception to Year 6 will be taught there one afternoon a week, and the school curriculum, classroom teaching and attainment targets for pupils stay the same. About 260 pupils are referred each year."
            """
        let said = try projectRuleResult(
            "education-art28-right-to-education",
            """
            {\(summary),
             "whatItMeans": "Children who travel to a hub will lose an afternoon of school each week, and the youngest may fall behind in their learning."}
            """)
        XCTAssertEqual(said.outcome, .review)
        XCTAssertTrue(said.message.hasSuffix("Statements on children's education were read, but not in the terms this rule asks for: a person must judge whether they assess it."), said.message)
        let statement = try XCTUnwrap(said.evidence.first)
        XCTAssertTrue(statement.text.hasPrefix("Children who travel to a hub will lose an afternoon of school"), statement.text)
        XCTAssertTrue(statement.note?.hasPrefix("what happens to children's education, said in words the rule does not read (read as ") ?? false, statement.note ?? "")

        let adultsOnly = try projectRuleResult(
            "education-art28-right-to-education",
            """
            {\(summary),
             "whatItMeans": "Therapists will spend less time driving between schools, and parents will have to arrange a lift to the hub."}
            """)
        XCTAssertEqual(adultsOnly.outcome, .fail)
        XCTAssertFalse(adultsOnly.message.contains("a person must judge"))
    }

    /// A rule's domains are those its articles share; the general principles are not calibrated.
    func testTheGeneralPrinciplesAreNotCalibrated() throws {
        let calibration = Self.pack.pack.statements.calibration
        XCTAssertNil(calibration.domains(of: [3]))
        XCTAssertNil(calibration.domains(of: [24, 12]))
        XCTAssertEqual(calibration.domains(of: [24]), ["health"])
        // Articles 26 and 27 share no domain: a cut restated for the children (income) is not
        // the effect on their living standard that a rule on household income asks for.
        XCTAssertEqual(calibration.domains(of: [26, 27]), [])
    }

    /// `cria explain RULE FILE` shows the calibration part; `cria explain RULE` says when it
    /// is review instead of a fail.
    func testExplainSaysWhyAFailIsReview() throws {
        let rule = try XCTUnwrap(Self.pack.pack.rules.first { $0.id == "health-art24-health-services" })
        let text = RuleExplanation.text(rule, pack: Self.pack.pack)
        XCTAssertTrue(
            text.contains(
                "When it is review instead of a fail: the proposal says what happens to children's health "
                    + "(a statement of effect or harm about children or disabled-children) in words this rule does not read"),
            text)
        let example = try XCTUnwrap(rule.examples.review.last)
        let trace = Evaluator(pack: Self.pack).trace(rule, in: try proposal(example))
        XCTAssertEqual(trace.result.outcome, .review)
        let part = try XCTUnwrap(trace.parts.first { $0.name.hasPrefix("calibration (") })
        XCTAssertTrue(part.holds)
        XCTAssertTrue(part.evidence.contains { $0.text.hasPrefix("For most of the children the new site is a short bus ride") }, "\(part.evidence)")
    }

    func testACalibrationNamingAnUnknownDomainIsALocatedError() throws {
        let pack = try TestPack.make(files: [
            "rules/test.yaml": TestPack.rulesFile(TestPack.rule(expect: "{statement: effect, about: children}")),
            "statements.yaml": "about:\n  children: [children]\nkinds:\n  effect: [children]\ndomains:\n  health: [children]\ncalibration:\n  kinds: [effect]\n  about: [children]\n  articles:\n    24: [helth]\n",
        ])
        defer { pack.remove() }
        XCTAssertThrowsError(try pack.load()) { error in
            let text = "\(error)"
            XCTAssertTrue(text.contains("`calibration` names domain 'helth', which is not in `kinds`, `about` or `domains`"), text)
            XCTAssertTrue(text.contains("statements.yaml:"), text)
        }
    }
}
