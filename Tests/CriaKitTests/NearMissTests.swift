import XCTest

@testable import CriaKit

/// Close candidates (`nearMiss:`) on the bundled pack: a rule that finds nothing it asks for
/// but a statement close to it is review, naming the candidate and what it lacks; with nothing
/// close it fails. Each document states its pattern in words of its own.
final class NearMissTests: XCTestCase {
    static let pack = projectPack

    /// One option turned down for its effect on children is close to options compared: review,
    /// quoting it as a close candidate and saying what it lacks; with no such statement, fail.
    func testAnOptionTurnedDownForChildrenIsReviewNotFail() throws {
        let close = try projectRuleResult(
            "options-considered",
            """
            {"summary": "The trust will close the hydrotherapy pool at St Anne's on Fridays. About 60 disabled children aged 3 to 15 use the pool for physiotherapy each week, most of them pupils at two special schools.",
             "decision": "We rejected a Monday closure because children coming straight from school would lose their only session of the week."}
            """)
        XCTAssertEqual(close.outcome, .review)
        XCTAssertEqual(
            close.message,
            "The proposal does not say what alternatives were considered or how they compared for children. Statements close to it were found, "
                + "but they lack a second option set against the chosen one for its effect on children: a person must judge.")
        let candidate = try XCTUnwrap(close.evidence.first)
        XCTAssertEqual(candidate.text, "We rejected a Monday closure because children coming straight from school would lose their only session of the week")
        XCTAssertTrue(candidate.note?.hasPrefix("close candidate, lacks a second option set against the chosen one for its effect on children (read as ") ?? false, candidate.note ?? "")
        // What expect looked for follows the candidates.
        XCTAssertTrue(close.evidence.dropFirst().contains { $0.note == "not found" }, "\(close.evidence)")

        let nothingClose = try projectRuleResult(
            "options-considered",
            """
            {"summary": "The trust will close the hydrotherapy pool at St Anne's on Fridays. About 60 disabled children aged 3 to 15 use the pool for physiotherapy each week, most of them pupils at two special schools.",
             "timing": "The change starts in January, and families will get a letter in December."}
            """)
        XCTAssertEqual(nothingClose.outcome, .fail)
        XCTAssertEqual(nothingClose.message, "The proposal does not say what alternatives were considered or how they compared for children.")
    }

    /// A harm named as one side of a weighing is the reason for the decision, not a negative
    /// impact of it: mitigation is not asked for. Said as a plain effect, it is.
    func testAHarmSetInAWeighingNeedsNoMitigation() throws {
        let weighed = try projectRuleResult(
            "mitigation-of-negative-impacts",
            """
            {"summary": "The council will move the children's library at Harbour Street into the main reading room on the first floor. About 400 children aged 2 to 11 visit it each week.",
             "decision": "The risk of harm to toddlers on the stairs was weighed against the cost of keeping a second building open, and the saving outweighs it because a lift is already in place."}
            """)
        XCTAssertEqual(weighed.outcome, .notApplicable)
        let plain = try projectRuleResult(
            "mitigation-of-negative-impacts",
            """
            {"summary": "The council will move the children's library at Harbour Street into the main reading room on the first floor. About 400 children aged 2 to 11 visit it each week.",
             "impact": "Toddlers will be harmed by falls on the stairs, and children who use wheelchairs will be worse off."}
            """)
        XCTAssertEqual(plain.outcome, .fail)
    }

    /// A review for a narrower point than the rule speaks for that point's articles alone:
    /// figures about the children not broken down by group is data (Art 4), not a gap in the
    /// weighing (Art 3). No evidence at all fails on both; a close candidate keeps both.
    func testAReviewForANarrowerPointNamesItsOwnArticles() throws {
        let undivided = try projectRuleResult(
            "evidence-about-children",
            """
            {"summary": "The county will move the children's audiology clinic from Fenby to the hospital in Carrow from June.",
             "evidence": "Clinic records show 1,150 children were seen last year, and 430 of them were under five. A survey of 212 children found most come by car."}
            """)
        XCTAssertEqual(undivided.outcome, .review)
        XCTAssertEqual(undivided.articles, [4])
        let none = try projectRuleResult(
            "evidence-about-children",
            """
            {"summary": "The county will move the children's audiology clinic from Fenby to the hospital in Carrow from June.",
             "timing": "Children with hearing loss and their parents will travel to Carrow instead, and pupils fitted with hearing aids will have their checks at school."}
            """)
        XCTAssertEqual(none.outcome, .fail)
        XCTAssertEqual(none.articles, [3, 4])
        let close = try projectRuleResult(
            "evidence-about-children",
            """
            {"summary": "The county will move the children's audiology clinic from Fenby to the hospital in Carrow from June.",
             "whoComes": "About 90 children come to the clinic each week with a parent."}
            """)
        XCTAssertEqual(close.outcome, .review)
        XCTAssertEqual(close.articles, [3, 4])
        // `cria explain RULE` says so.
        let rule = try XCTUnwrap(Self.pack.pack.rule(id: "evidence-about-children"))
        XCTAssertTrue(RuleExplanation.text(rule, pack: Self.pack.pack).contains("When it is review because what it asks is there only weakly, it speaks for Article 4 only."))
    }

    /// `cria explain RULE FILE`'s trace asks for close candidates only when expect fails.
    func testTheTraceShowsTheNearMissPartWhenExpectFails() throws {
        let rule = try XCTUnwrap(Self.pack.pack.rule(id: "conclusion-overall-impact"))
        let trace = Evaluator(pack: Self.pack).trace(
            rule,
            in: try proposal(
                """
                <proposal><summary>The county will close its three youth clubs on Saturdays and open them on Friday evenings. About 700 young people aged 11 to 18 use them.</summary><reasons>Weekend staff costs were weighed against the teenagers' need for somewhere safe to go on a Friday night.</reasons></proposal>
                """))
        XCTAssertEqual(trace.result.outcome, .review)
        XCTAssertEqual(trace.parts.map(\.name), ["applies", "expect", "nearMiss (lacks an overall judgement of the impact on children)", "review"])
        XCTAssertEqual(trace.parts.map(\.holds), [true, false, true, false])
    }
}
