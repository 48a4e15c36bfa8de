import XCTest

@testable import CriaKit

/// A rule that serves a general principle through another topic (`partOf:`) is review, not
/// fail, when the rules judging the principle itself pass; when one of them does not, its fail
/// stands. Each document states its pattern in words of its own.
final class PartOfPrincipleTests: XCTestCase {
    static let pack = projectPack

    private static let summary = """
        "summary": "The trust will move the children's physiotherapy gym from the old infirmary to the new health park on Mill Road from October. About 380 children aged 3 to 17 use the gym each year."
        """
    /// Children asked, with no group most affected named among them.
    private static let views = """
        "whatChildrenSaid": "Therapists ran a drop-in session with 30 of the children who use the gym. Children told us they wanted the climbing wall moved too."
        """

    /// Groups of children affected differently are analysed, so whether the seldom heard were
    /// among the children asked is for a person: review, quoting what Art 2's own rule rests
    /// on. With no such analysis, the fail stands.
    func testAPartsFailIsReviewWhenThePrincipleItServesIsMet() throws {
        let groups = """
            "whoIsAffected": "Children from low-income families in the north of the town would lose out most, since the health park is two buses away from them; the trust will pay their fares. Disabled children who use wheelchairs are affected differently: the new gym has level access and hoists, which the infirmary lacked."
            """
        let met = try projectRuleResult("participation-inclusive", "{\(Self.summary),\n\(groups),\n\(Self.views)}")
        XCTAssertEqual(try projectRuleResult("non-discrimination-differential-impact", "{\(Self.summary),\n\(groups),\n\(Self.views)}").outcome, .pass)
        XCTAssertEqual(met.outcome, .review)
        XCTAssertTrue(
            met.message.hasSuffix("The principle it serves is met (Differential impact on groups of children is analysed): a person must judge whether this point still falls short."),
            met.message)
        XCTAssertEqual(met.articles, [2])
        let quoted = try XCTUnwrap(met.evidence.first)
        XCTAssertTrue(quoted.note?.hasPrefix("the principle it serves is met (non-discrimination-differential-impact): ") ?? false, quoted.note ?? "")
        XCTAssertTrue(quoted.text.contains("Children from low-income families in the north of the town would lose out most"), quoted.text)

        let unmet = try projectRuleResult("participation-inclusive", "{\(Self.summary),\n\(Self.views)}")
        XCTAssertNotEqual(try projectRuleResult("non-discrimination-differential-impact", "{\(Self.summary),\n\(Self.views)}").outcome, .pass)
        XCTAssertEqual(unmet.outcome, .fail)
        XCTAssertFalse(unmet.message.contains("The principle it serves is met"), unmet.message)
    }

    /// A part of two principles yields only when both are met: mitigation serves Arts 3 and 6.
    func testAPartOfTwoPrinciplesYieldsOnlyWhenBothAreMet() throws {
        let rule = try XCTUnwrap(Self.pack.rules.first { $0.id == "mitigation-of-negative-impacts" })
        XCTAssertEqual(rule.partOf, ["best-interests-primary-consideration", "survival-and-development"])
        let harm = """
            "effectOnChildren": "Children with a fracture will be worse off, waiting longer for their first session, and the longer trip will make some of them miss lessons. The larger gym lets children with cerebral palsy and those recovering from surgery be treated safely with a hoist, which is better for their health."
            """
        let weighed = """
            "decision": "We weighed the longer trip for families in the villages against the children's safety on the hoist, and the safety of the youngest patients should carry more weight than the travel time."
            """
        XCTAssertEqual(try projectRuleResult("mitigation-of-negative-impacts", "{\(Self.summary),\n\(harm),\n\(weighed)}").outcome, .review)
        // Not weighed: Art 3's own rule does not pass, so the unmitigated harm is a fail.
        let notWeighed = try projectRuleResult("mitigation-of-negative-impacts", "{\(Self.summary),\n\(harm)}")
        XCTAssertNotEqual(try projectRuleResult("best-interests-primary-consideration", "{\(Self.summary),\n\(harm)}").outcome, .pass)
        XCTAssertEqual(notWeighed.outcome, .fail)
    }

    /// `cria explain RULE` says when a part is review; `cria explain RULE FILE` shows the part.
    func testExplainSaysWhyAPartsFailIsReview() throws {
        let rule = try XCTUnwrap(Self.pack.pack.rules.first { $0.id == "participation-inclusive" })
        let text = RuleExplanation.text(rule, pack: Self.pack.pack)
        XCTAssertTrue(
            text.contains(
                "When it is review instead of a fail: it serves its article through another topic, and the rule judging the principle itself (non-discrimination-differential-impact) passes"),
            text)
        let example = try XCTUnwrap(rule.examples.review.first)
        let trace = Evaluator(pack: Self.pack).trace(rule, in: try proposal(example))
        XCTAssertEqual(trace.result.outcome, .review)
        let part = try XCTUnwrap(trace.parts.first { $0.name.hasPrefix("partOf (") })
        XCTAssertTrue(part.holds)
        XCTAssertEqual(part.evidence.first?.note, "non-discrimination-differential-impact: pass")
    }

    /// `partOf:` names rules of the packs as merged: an id no rule has is a located error.
    func testAPartOfAnUnknownRuleIsALocatedError() throws {
        let part = TestPack.rule(id: "the-part", expect: "{section: evidence}").replacingOccurrences(
            of: "    expect:", with: "    partOf: [the-whole, the-hole]\n    expect:")
        let pack = try TestPack.make(files: ["rules/a.yaml": TestPack.rulesFile(TestPack.rule(id: "the-whole", expect: "{section: evidence}"), part)])
        defer { pack.remove() }
        let loaded = try RuleLoader().load(directory: pack.directory)
        XCTAssertEqual(loaded.rules.map(\.partOf), [[], ["the-whole", "the-hole"]])
        XCTAssertThrowsError(try RulePack.merged([loaded])) { error in
            XCTAssertEqual(
                (error as? ConfigError)?.problems.map { $0.replacingOccurrences(of: pack.directory + "/", with: "") },
                ["rules/a.yaml:13:5: error: rule 'the-part' is partOf 'the-hole', which is no other rule of the pack"])
        }
    }
}
