import Foundation
import XCTest

@testable import CriaKit

final class WorkflowWaiverTests: XCTestCase {
    static let waivedXML = """
        <proposal>
          <summary>We will change the bus timetable for the whole county next year.</summary>
          <cria-waiver rule="views" by="Deputy Director, Schools" reason="Children's views were gathered in the 2024 consultation; see annex B."/>
          <waiver rule="best-interests" by="Head of Policy">Best interests are weighed in the separate 2024 assessment, annex C.</waiver>
        </proposal>

        """

    func testXMLWaiversTurnFailsIntoWaivedWithReasonAndWho() throws {
        let fixture = try WorkflowFixture()
        let assessment = try fixture.check(Self.waivedXML)
        let views = try XCTUnwrap(result(assessment, "views"))
        XCTAssertEqual(views.outcome, .waived)
        XCTAssertEqual(views.waivedOutcome, .fail)
        XCTAssertEqual(views.waiver?.by, "Deputy Director, Schools")
        XCTAssertEqual(views.waiver?.reason, "Children's views were gathered in the 2024 consultation; see annex B.")
        XCTAssertEqual(views.waiver?.location.line, 3)
        let interests = try XCTUnwrap(result(assessment, "best-interests"))
        XCTAssertEqual(interests.outcome, .waived)
        XCTAssertEqual(interests.waiver?.reason, "Best interests are weighed in the separate 2024 assessment, annex C.")
        XCTAssertTrue(assessment.findings.isEmpty, "waived results are not fails or reviews")
        XCTAssertTrue(assessment.unusedWaivers.isEmpty)
    }

    func testWaiversAreNotProseSections() throws {
        let document = try DocumentLoader().read(bytes: Array(Self.waivedXML.utf8), file: "doc.xml")
        let proposal = Proposal(document: document)
        XCTAssertFalse(proposal.sections.contains { $0.title.lowercased().contains("waiver") }, proposal.sections.map(\.title).description)
        let json = #"{"summary": "A plan for buses across the county.", "criaWaivers": [{"rule": "views", "by": "Director", "reason": "Children were asked in the 2024 survey of 900 pupils."}]}"#
        let jsonProposal = Proposal(document: try DocumentLoader().read(bytes: Array(json.utf8), file: "doc.json"))
        XCTAssertFalse(jsonProposal.sections.contains { $0.title.lowercased().contains("waiver") || $0.title.lowercased().contains("survey") })
    }

    func testJSONWaiversAnywhere() throws {
        let fixture = try WorkflowFixture()
        let json = """
            {"summary": "A plan for buses across the county next year.",
             "annex": {"criaWaivers": [{"rule": "best-interests", "by": "Director", "reason": "Addressed in annex C."}]}}
            """
        let assessment = try fixture.check(json, file: "doc.json")
        XCTAssertEqual(result(assessment, "best-interests")?.outcome, .waived)
        XCTAssertEqual(result(assessment, "best-interests")?.waiver?.by, "Director")
        XCTAssertEqual(result(assessment, "views")?.outcome, .fail)
    }

    func testWaivedCountsInTextJSONSARIFAndBatch() throws {
        let fixture = try WorkflowFixture()
        let assessment = try fixture.check(Self.waivedXML)
        let pack = try fixture.compiled()

        let text = TextReport(colour: false).render(assessment)
        XCTAssertTrue(text.contains("0 fail, 0 review, 2 waived"), text)
        XCTAssertTrue(text.contains("waived by Deputy Director, Schools"), text)

        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(JSONReport.render([assessment], errors: [], rulesDirectory: "p").utf8)) as? [String: Any])
        let document = try XCTUnwrap((json["documents"] as? [[String: Any]])?.first)
        XCTAssertEqual(document["counts"] as? NSDictionary, ["fail": 0, "review": 0, "waived": 2, "pass": 0, "notApplicable": 0] as NSDictionary)
        let first = try XCTUnwrap((document["results"] as? [[String: Any]])?.first { $0["rule"] as? String == "views" })
        XCTAssertEqual(first["outcome"] as? String, "waived")
        XCTAssertEqual(first["waivedOutcome"] as? String, "fail")
        XCTAssertEqual((first["waiver"] as? [String: Any])?["by"] as? String, "Deputy Director, Schools")

        let sarif = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(SARIFReport.render([assessment], errors: [], pack: pack.pack, includeAll: false).utf8)) as? [String: Any])
        let results = try XCTUnwrap(((sarif["runs"] as? [[String: Any]])?.first?["results"]) as? [[String: Any]])
        XCTAssertEqual(results.count, 2, "waived results stay in SARIF, suppressed")
        let views = try XCTUnwrap(results.first { $0["ruleId"] as? String == "views" })
        XCTAssertEqual(views["kind"] as? String, "fail")
        XCTAssertEqual(views["level"] as? String, "error")
        let suppression = try XCTUnwrap((views["suppressions"] as? [[String: Any]])?.first)
        XCTAssertEqual(suppression["kind"] as? String, "inSource")
        XCTAssertEqual(suppression["justification"] as? String, "Children's views were gathered in the 2024 consultation; see annex B. (waived by Deputy Director, Schools)")

        var aggregate = BatchAggregate()
        aggregate.add(BatchEntry(index: 0, path: "doc.xml", department: "DfT", outcome: .assessed(assessment)))
        XCTAssertEqual(aggregate.outcomes, OutcomeCounts(waived: 2))
        XCTAssertTrue(BatchCSV.rows(assessment, department: "DfT", legislature: Legislature.of(assessment)).contains("waived by Head of Policy"))
    }

    func testWaiverWithoutReasonOrByIsALocatedInputError() throws {
        let fixture = try WorkflowFixture()
        let noReason = "<proposal>\n  <summary>Buses for the county.</summary>\n  <cria-waiver rule=\"views\" by=\"Director\"/>\n</proposal>\n"
        XCTAssertThrowsError(try fixture.check(noReason)) { error in
            XCTAssertEqual((error as? InputError)?.description, "doc.xml:3:3: error: waiver of 'views' gives no `reason`: say why the rule does not apply or where it is addressed")
        }
        let noBy = #"{"criaWaivers": [{"rule": "views", "reason": "Done elsewhere."}]}"#
        XCTAssertThrowsError(try fixture.check(noBy, file: "doc.json")) { error in
            let description = (error as? InputError)?.description ?? ""
            XCTAssertTrue(description.hasPrefix("doc.json:1:"), description)
            XCTAssertTrue(description.hasSuffix("error: waiver of 'views' does not say who decided (`by`: a person or role)"), description)
            XCTAssertFalse(description.contains("\n"))
        }
    }

    func testWaiverOfUnknownRuleIsAnError() throws {
        let fixture = try WorkflowFixture()
        let text = "<proposal>\n<cria-waiver rule=\"veiws\" by=\"Director\" reason=\"Elsewhere.\"/>\n</proposal>\n"
        XCTAssertThrowsError(try fixture.check(text)) { error in
            XCTAssertEqual((error as? InputError)?.description, "doc.xml:2:1: error: waiver names unknown rule 'veiws'; did you mean 'views'?")
        }
    }

    func testWaiverThatMatchesNothingIsReportedUnused() throws {
        let fixture = try WorkflowFixture()
        let text = """
            <proposal>
              <summary>This follows Article 3 of the UNCRC for the county.</summary>
              <cria-waiver rule="best-interests" by="Director" reason="Elsewhere."/>
            </proposal>

            """
        let assessment = try fixture.check(text)
        XCTAssertEqual(result(assessment, "best-interests")?.outcome, .pass)
        XCTAssertEqual(assessment.unusedWaivers.map(\.rule), ["best-interests"])
        XCTAssertTrue(TextReport(colour: false).render(assessment).contains("doc.xml:3:3: warning: unused waiver of 'best-interests'"))
        XCTAssertTrue(JSONReport.render([assessment], errors: [], rulesDirectory: "p").contains("\"unusedWaivers\": [\n        {\n          \"rule\": \"best-interests\""))

        // A waiver of a disabled rule is neither applied nor unused.
        let config = try CriaConfig.parse("disable: [best-interests]\n", file: "c.yml")
        XCTAssertTrue(try fixture.check(text, config: config).unusedWaivers.isEmpty)
    }
}
