import XCTest

@testable import CriaKit

final class ConditionTests: XCTestCase {
    /// 18 words in the children's views section; 3 child mentions (pupils, pupils, Children): direct.
    private let views = """
        <proposal>
          <summary><p>This policy changes school transport for pupils.</p></summary>
          <voice-of-the-child>
            <p>We held 12 workshops with 240 pupils aged 11 to 16.</p>
            <p>Children told us journeys were too long.</p>
          </voice-of-the-child>
        </proposal>
        """

    private func check(
        _ document: String, _ expect: String, applies: String? = nil, review: String? = nil,
        lexicons: [String: [String]] = TestPack.defaultLexicons,
        file: StaticString = #filePath, line: UInt = #line
    ) throws -> RuleResult {
        try evaluate(document, expect: expect, applies: applies, review: review, lexicons: lexicons)
    }

    private func assertOutcome(
        _ document: String, _ expect: String, _ outcome: Outcome, at location: String? = nil, path: String? = nil,
        applies: String? = nil, review: String? = nil, lexicons: [String: [String]] = TestPack.defaultLexicons,
        file: StaticString = #filePath, line: UInt = #line
    ) throws {
        let result = try check(document, expect, applies: applies, review: review, lexicons: lexicons)
        XCTAssertEqual(result.outcome, outcome, "\(expect)", file: file, line: line)
        if let location { XCTAssertEqual(result.location.description, location, "\(expect)", file: file, line: line) }
        if let path { XCTAssertEqual(result.path, path, "\(expect)", file: file, line: line) }
    }

    // MARK: section

    func testSection() throws {
        let views = "/proposal/voice-of-the-child[1]"
        try assertOutcome(self.views, "{section: children-views}", .pass, at: "3:3", path: views)
        try assertOutcome(self.views, "{section: children-views, minWords: 18}", .pass, at: "3:3", path: views)
        try assertOutcome(self.views, "{section: children-views, minWords: 19}", .fail, at: "3:3", path: views)
        try assertOutcome(self.views, "{section: children-views, maxWords: 18}", .pass)
        try assertOutcome(self.views, "{section: children-views, maxWords: 17}", .fail, at: "3:3")
        // Missing: the document root.
        try assertOutcome(self.views, "{section: best-interests}", .fail, at: "1:1", path: "/proposal")
    }

    func testReviewAndApplies() throws {
        try assertOutcome(views, "{section: children-views}", .review, at: "3:3", review: "{section: children-views, maxWords: 30}")
        try assertOutcome(views, "{section: children-views}", .pass, review: "{section: children-views, maxWords: 10}")
        try assertOutcome(views, "{section: best-interests}", .notApplicable, applies: "{relevance: [none]}")
        try assertOutcome(views, "{section: best-interests}", .fail, applies: "{relevance: [direct]}")
    }

    func testSectionRoleFromContent() throws {
        // No title matches, but the section's own text mentions the `consulted` lexicon twice.
        try assertOutcome(
            """
            <proposal><engagement><p>We consulted widely and ran a survey of 300 families.</p></engagement></proposal>
            """, "{section: children-views}", .pass, at: "1:11")
    }

    // MARK: mentions

    func testMentionsScopeCountAndDistinct() throws {
        try assertOutcome(views, "{mentions: consulted, in: children-views}", .pass, at: "3:3")
        try assertOutcome(views, "{mentions: consulted, in: [best-interests, evidence]}", .fail, at: "1:1")
        try assertOutcome(views, "{mentions: children, in: document, atLeast: 3}", .pass)
        // Too few in the whole document: the first mention found.
        try assertOutcome(views, "{mentions: children, atLeast: 4}", .fail, at: "2:12", path: "/proposal/summary[1]/p[1]")
        try assertOutcome(views, "{mentions: [budget]}", .fail, at: "1:1", path: "/proposal")
        try assertOutcome(views, "{mentions: children, distinct: true, atLeast: 2}", .pass)
        try assertOutcome(views, "{mentions: children, distinct: true, atLeast: 3}", .fail)
        // Only the scope counts: the summary's "pupils" is outside children-views.
        try assertOutcome(views, "{mentions: children, in: children-views, atLeast: 2}", .pass)
        try assertOutcome(views, "{mentions: children, in: children-views, atLeast: 3}", .fail, at: "3:3")
    }

    func testMentionsInlineListsPhrasesAndInflections() throws {
        try assertOutcome(views, "{mentions: [journey, \"school transport\"], atLeast: 2}", .pass)
        try assertOutcome(views, "{mentions: [\"transport for adults\"]}", .fail)
        let inflected = "<p>They consulted, are consulting and consults; the families' carers studied it.</p>"
        try assertOutcome(inflected, "{mentions: [consult], atLeast: 3}", .pass)
        try assertOutcome(inflected, "{mentions: [family, carer, study], distinct: true, atLeast: 3}", .pass)
        try assertOutcome("<p>The child's view and the children's views.</p>", "{mentions: [child], atLeast: 2}", .pass)
        // Word boundaries: "familiarisation" is not "family", "childhood" is not "child".
        try assertOutcome("<p>A familiarisation cost in childhood.</p>", "{mentions: [family, child]}", .fail)
    }

    /// Regression: "childrens" (apostrophe dropped, as in a `childrensViews` key) stemmed to
    /// "children", so it met neither "child" nor the role title "children's views".
    func testApostropheLessPossessives() throws {
        try assertOutcome(#"{"childrensViews": "We held workshops with 240 pupils aged 11 to 16."}"#, "{section: children-views}", .pass, at: "1:2")
        try assertOutcome("<p>The childrens centre and young peoples club.</p>", "{mentions: [child, young people], distinct: true, atLeast: 2}", .pass)
    }

    func testAllCapsTermsAreCaseSensitive() throws {
        let lexicons = ["send": ["SEND"], "children": ["child"], "families": ["family"], "consulted": ["consulted"]]
        try assertOutcome("<p>We send letters to parents.</p>", "{mentions: send}", .fail, lexicons: lexicons)
        try assertOutcome("<p>Pupils with SEND travel further.</p>", "{mentions: send}", .pass, lexicons: lexicons)
        try assertOutcome("<p>Pupils with send travel further.</p>", "{mentions: [SEND]}", .fail, lexicons: lexicons)
    }

    func testNegatedMentionsDoNotCount() throws {
        try assertOutcome("<p>This has no impact on children.</p>", "{mentions: [child]}", .fail)
        try assertOutcome("<p>This has no impact on children. It helps children.</p>", "{mentions: [child]}", .pass)
    }

    // MARK: cites

    func testCites() throws {
        let doc = """
            <proposal>
              <rights><p>This respects Article 12 of the UNCRC.</p></rights>
              <best-interests><p>We weighed Art. 3(1) carefully.</p></best-interests>
            </proposal>
            """
        try assertOutcome(doc, "{cites: 12}", .pass)
        try assertOutcome(doc, "{cites: [3, 12], match: all}", .pass)
        try assertOutcome(doc, "{cites: [6, 12], match: all}", .fail)
        try assertOutcome(doc, "{cites: [6, 12]}", .pass)
        try assertOutcome(doc, "{cites: [12], in: best-interests}", .fail, at: "3:3")
        try assertOutcome(doc, "{cites: [3], in: best-interests}", .pass, at: "3:3")
        let result = try check(doc, "{cites: 12}")
        XCTAssertEqual(result.evidence.map(\.note), ["cites Article 12"])
        XCTAssertEqual(result.evidence.first?.location.description, "2:11")
    }

    // MARK: field

    func testFieldFromElementAttributeAndJSONMember() throws {
        let xml = """
            <proposal>
              <affects-children>Yes, pupils aged 11 to 18.</affects-children>
              <screening children-affected="No" route="none"/>
              <yesterday>yesterday</yesterday>
            </proposal>
            """
        try assertOutcome(xml, "{field: affectsChildren, is: [yes]}", .pass)
        try assertOutcome(xml, "{field: affects_children, is: [no, none]}", .fail)
        try assertOutcome(xml, "{field: Children Affected, is: [\"no\"]}", .pass)
        try assertOutcome(xml, "{field: [missing, route], is: [none]}", .pass)
        try assertOutcome(xml, "{field: yesterday, is: [yes]}", .fail)
        let json = """
            {"budget": {"amountMillions": 45, "share": "12.5%"}, "reviewYear": "2027"}
            """
        try assertOutcome(json, "{field: amount-millions, atLeast: 45}", .pass)
        try assertOutcome(json, "{field: amount_millions, atLeast: 46}", .fail)
        try assertOutcome(json, "{field: amount millions, atMost: 45}", .pass)
        try assertOutcome(json, "{field: share, atMost: 12}", .fail)
        try assertOutcome(json, "{field: share, atLeast: 12.5}", .pass)
        let result = try check(json, "{field: reviewYear, atLeast: 2026}")
        XCTAssertEqual(result.evidence.first?.location.description, "1:54")
        XCTAssertEqual(result.evidence.first?.path, "/reviewYear")
    }

    // MARK: near

    func testNearSentenceAndParagraph() throws {
        let split = "<p>We held workshops in May. Children said the journeys were long.</p>"
        try assertOutcome(split, "{near: [consulted, children]}", .fail)
        try assertOutcome(split, "{near: [consulted, children], within: sentence}", .fail)
        try assertOutcome(split, "{near: [consulted, children], within: paragraph}", .pass)
        try assertOutcome("<d><p>We held workshops.</p><p>Children said so.</p></d>", "{near: [consulted, children], within: paragraph}", .fail)
        try assertOutcome("<p>We held workshops with children and a survey of children.</p>", "{near: [consulted, children]}", .pass)
        try assertOutcome("<d><p>Workshops with children.</p><p>A survey of pupils.</p></d>", "{near: [consulted, children], atLeast: 2}", .pass)
        try assertOutcome("<d><p>Workshops with children.</p><p>A survey of pupils.</p></d>", "{near: [consulted, children], atLeast: 3}", .fail)
    }

    func testNearReadsAHeadingWithTheParagraphUnderIt() throws {
        let doc = "<d><section><title>Workshops</title><p>Children said so.</p></section><section><title>Evidence</title><p>Survey data.</p></section></d>"
        try assertOutcome(doc, "{near: [consulted, children], within: paragraph}", .pass)
        try assertOutcome(doc, "{near: [consulted, children], within: sentence}", .fail)
        // The heading joins only the first paragraph of its own section.
        let apart = "<d><section><title>Workshops</title><p>Dates.</p><p>Children said so.</p></section></d>"
        try assertOutcome(apart, "{near: [consulted, children], within: paragraph}", .fail)
    }

    // MARK: density

    func testMentionsPerThousandWords() throws {
        // 2 mentions in 20 words: 100 per 1,000.
        let doc = "<d><p>Children use the library. The opening hours change from May and staff will work at two other sites each week for a year with children.</p></d>"
        try assertOutcome(doc, "{mentions: [child], atLeast: 2, perThousandWords: 50}", .pass)
        try assertOutcome(doc, "{mentions: [child], atLeast: 2, perThousandWords: 200}", .fail)
        try assertOutcome(doc, "{mentions: [child], atLeast: 3, perThousandWords: 50}", .fail)
    }

    // MARK: count

    func testCountComparesMentionsPerThousandWords() throws {
        // 2 mentions in 25 words: 80 per 1,000.
        let doc = "<d><p>Children use the library. The opening hours change from May and staff will work at two other sites each week for a year with children.</p></d>"
        try assertOutcome(doc, "{count: [child], atLeast: 80}", .pass, at: "1:1", path: "/d")
        try assertOutcome(doc, "{count: [child], atLeast: 80.5}", .fail)
        try assertOutcome(doc, "{count: [child], atMost: 80}", .pass)
        try assertOutcome(doc, "{count: [child], atMost: 79.9}", .fail)
        try assertOutcome(doc, "{count: [child], atLeast: 50, atMost: 150}", .pass)
        try assertOutcome(doc, "{count: [library, staff], atLeast: 80, atMost: 80}", .pass)
        // No mentions at all: 0 per 1,000, which `atMost` accepts.
        try assertOutcome(doc, "{count: [budget], atMost: 1}", .pass)
        try assertOutcome(doc, "{count: [budget], atLeast: 1}", .fail)
    }

    func testCountLeavesOutNegatedMentionsAndCountsOnlyItsScope() throws {
        // "no impact on children" is not a mention: 1 in 12 words, 83.3 per 1,000 (counting
        // it would make 166.7).
        let denied = "<d><p>This has no impact on children. Children may still use the library.</p></d>"
        try assertOutcome(denied, "{count: children, atLeast: 83}", .pass)
        try assertOutcome(denied, "{count: children, atLeast: 84}", .fail)
        // The children's views section: "pupils" and "Children" in its 18 words, 111.1 per 1,000;
        // the summary's "pupils" is outside it.
        try assertOutcome(views, "{count: children, in: children-views, atLeast: 111, atMost: 112}", .pass, at: "3:3")
        try assertOutcome(views, "{count: children, in: children-views, atLeast: 112}", .fail, at: "3:3")
        // A scope with no prose holds neither bound: the rule points at the document.
        try assertOutcome(views, "{count: children, in: best-interests, atMost: 1000}", .fail, at: "1:1", path: "/proposal")
    }

    func testCountQuotesTheMentionsItCounted() throws {
        let result = try check(views, "{count: children, in: children-views, atLeast: 200}")
        XCTAssertEqual(result.outcome, .fail)
        XCTAssertEqual(result.evidence.map(\.note), ["mentions \"pupils\"", "mentions \"Children\""])
        XCTAssertEqual(result.evidence.map(\.location.description), ["4:5", "5:5"])
    }

    /// A rule that asks for more than a passing mention of children, with the examples a pack
    /// rule must carry: `cria rules test` runs them, and swapping them must make both fail.
    func testACountRuleRunsItsOwnExamples() throws {
        func rule(fail: String, pass: String) -> String {
            """
            rules:
              - id: children-more-than-named
                title: Children are discussed, not only named
                articles: [3]
                references: ["UNCRC Art 3(1)"]
                severity: warning
                expect: {count: children, atLeast: 50}
                message: Children are named but barely discussed.
                guidance: Say how the proposal affects children.
                examples:
                  fail: ["\(fail)"]
                  pass: ["\(pass)"]

            """
        }
        let passing = "<p>Children and young people who use the library will lose the Saturday sessions that pupils rely on.</p>"
        let failing = "<p>The opening hours change from May and staff will work at two other sites each week, for a year, in the towns and villages of the county, which children also visit.</p>"
        for (fail, pass, mismatches) in [(failing, passing, 0), (passing, failing, 2)] {
            let pack = try TestPack.make(files: ["rules/a.yaml": rule(fail: fail, pass: pass)])
            defer { pack.remove() }
            let run = ExampleRunner(pack: try pack.load()).run()
            XCTAssertEqual(run.examples, 2)
            XCTAssertEqual(run.mismatches.count, mismatches, "\(run.mismatches)")
        }
    }

    /// Every composition is walked the same way: a field read only inside `someOf` (or under
    /// `not`, or in `applies`) is among the fields collected while reading.
    func testTheFieldsRulesReadAreFoundInsideEveryComposition() throws {
        let rule = TestPack.rule(
            expect: "{someOf: [{field: impactLevel, is: high}, {not: {field: \"Review date\", atLeast: 1}}], atLeast: 1}",
            applies: "{any: [{field: in_scope, is: yes}, {screeningConsistent: true}]}")
        let pack = try TestPack.make(files: ["rules/a.yaml": TestPack.rulesFile(rule)])
        defer { pack.remove() }
        XCTAssertEqual(try pack.load().fieldKeys, Set(["impactlevel", "reviewdate", "inscope"] + ScreeningConsistentCondition.screeningFieldNames))
    }

    // MARK: impact tables

    func testHTMLTableArticleColumnCitesTheRowsArticle() throws {
        // A GOV.UK content item whose part body is an HTML table.
        let table =
            #"{"schema_name": "guide", "details": {"parts": [{"title": "Rights of the child", "slug": "rights", "body": "<table><thead><tr><th>Article</th><th>Impact</th><th>Explanation</th></tr></thead><tbody><tr><td>17</td><td>Positive</td><td>Protection from material injurious to children's wellbeing.</td></tr></tbody></table>"}]}}"#
        try assertOutcome(table, "{cites: 17}", .pass)
        try assertOutcome(table, "{cites: 16}", .fail)
        let years = table.replacingOccurrences(of: "<th>Article</th>", with: "<th>Year</th>")
        try assertOutcome(years, "{cites: 17}", .fail)
    }

    func testHTMLPageTableArticleColumnCitesTheRowsArticle() throws {
        // A standalone HTML page (format html) with a rights table whose Article column
        // holds bare numbers: each row cites its article, within the row's section.
        let page = """
            <!DOCTYPE html>
            <html><head><title>Children's rights impact assessment</title></head><body>
            <h1>Children's rights impact assessment</h1>
            <h2>Summary</h2>
            <p>The proposal changes how children use app stores.</p>
            <h2>Rights of the child</h2>
            <table>
            <thead><tr><th>Article</th><th>Impact</th><th>Explanation</th></tr></thead>
            <tbody>
            <tr><td>17</td><td>Positive</td><td>Protection from material injurious to children's wellbeing.</td></tr>
            <tr><td>16</td><td>Neutral</td><td>No new data about children is collected.</td></tr>
            </tbody>
            </table>
            </body></html>
            """
        XCTAssertEqual(try readDocument(page).format, .html)
        try assertOutcome(page, "{cites: 17}", .pass)
        try assertOutcome(page, "{cites: [16, 17], match: all}", .pass)
        try assertOutcome(page, "{cites: 28}", .fail)
        let years = page.replacingOccurrences(of: "<th>Article</th>", with: "<th>Year</th>")
        try assertOutcome(years, "{cites: 17}", .fail)
        try assertOutcome(years, "{cites: 16}", .fail)
    }

    // MARK: relevance

    func testRelevance() throws {
        try assertOutcome(views, "{relevance: [direct]}", .pass)
        let indirect = "<p>Parents and families on low household incomes lose out.</p>"
        try assertOutcome(indirect, "{relevance: [indirect]}", .pass)
        try assertOutcome(indirect, "{relevance: [direct, none]}", .fail)
        try assertOutcome("<p>Warehouses pay business rates.</p>", "{relevance: [none]}", .pass)
        // Negated mentions do not make a document relevant.
        try assertOutcome("<p>No child is affected. Children are unaffected. It does not affect pupils.</p>", "{relevance: [none]}", .pass)
    }

    // MARK: screeningConsistent

    private let inconsistent = """
        <proposal>
          <screening>
            <affects-children>No</affects-children>
            <reason>This proposal has no impact on children.</reason>
          </screening>
          <detail>
            <p>138 school-day bus services carry 9,600 pupils aged 11 to 18.</p>
            <p>Children in rural areas and young people at college will lose their bus; some pupils will walk.</p>
          </detail>
        </proposal>
        """

    func testInconsistentScreeningFailsPointingAtClaimAndBody() throws {
        let result = try check(inconsistent, "{screeningConsistent: true}")
        XCTAssertEqual(result.outcome, .fail)
        XCTAssertEqual(result.location.description, "2:3")
        XCTAssertEqual(result.path, "/proposal/screening[1]")
        let places = result.evidence.map { "\($0.location) \($0.path)" }
        XCTAssertTrue(places.contains("4:5 /proposal/screening[1]/reason[1]"), "\(places)")
        XCTAssertTrue(places.contains("3:5 /proposal/screening[1]/affects-children[1]"), "\(places)")
        XCTAssertTrue(result.evidence.contains { $0.path.hasPrefix("/proposal/detail[1]/p") }, "\(places)")
        try assertOutcome(inconsistent, "{screeningConsistent: false}", .pass)
    }

    func testHonestNoImpactOnAnIrrelevantDocumentPasses() throws {
        let honest = """
            {"Title": "Warehouse relief", "Impacts": {
              "ImpactOnChildren": "We considered whether the measure affects children. It has no impact on children.",
              "Business": "Around 1,150 businesses save a familiarisation cost."}}
            """
        try assertOutcome(honest, "{screeningConsistent: true}", .pass)
        try assertOutcome(honest, "{relevance: [none]}", .pass)
    }

    func testScreeningThatSaysYesIsConsistent() throws {
        try assertOutcome(
            inconsistent.replacingOccurrences(of: "<affects-children>No</affects-children>", with: "<affects-children>Yes</affects-children>")
                .replacingOccurrences(of: "This proposal has no impact on children.", with: "Pupils lose their bus."), "{screeningConsistent: true}", .pass)
    }

    // MARK: hasText

    func testHasText() throws {
        try assertOutcome("<p>Three words here.</p>", "{hasText: true}", .pass)
        try assertOutcome("<p>Three words here.</p>", "{hasText: true, minWords: 4}", .fail, at: "1:1")
        try assertOutcome("<p/>", "{hasText: true}", .fail)
    }

    // MARK: composition

    func testAllAnyNot() throws {
        try assertOutcome(views, "{all: [{section: children-views}, {mentions: consulted, in: children-views}]}", .pass, at: "3:3")
        try assertOutcome(views, "{all: [{section: children-views}, {mentions: [budget], in: children-views}]}", .fail, at: "3:3")
        try assertOutcome(views, "{any: [{section: best-interests}, {section: children-views}]}", .pass, at: "3:3")
        try assertOutcome(views, "{any: [{section: best-interests}, {section: evidence}]}", .fail, at: "1:1", path: "/proposal")
        try assertOutcome(views, "{not: {section: best-interests}}", .pass)
        try assertOutcome(views, "{not: {section: children-views}}", .fail, at: "3:3")
        try assertOutcome(views, "{not: {not: {section: children-views}}}", .pass)
    }

    /// The fail location is the section examined, or the document root when the section
    /// that `all` asked for is missing (not another section that held).
    func testFailingMissingSectionInsideAllPointsAtTheRoot() throws {
        try assertOutcome(views, "{all: [{section: children-views}, {section: best-interests}]}", .fail, at: "1:1", path: "/proposal")
    }
}
