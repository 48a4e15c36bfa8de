import Foundation
import XCTest

@testable import CriaKit

/// Kinds detected from format and content, rules scoped to kinds, and the user's override.
final class DocumentKindTests: XCTestCase {
    func testKindComesFromMetadataTitleOrHeadings() throws {
        let news = try proposal(
            #"{"base_path": "/government/news/x", "document_type": "news_story", "schema_name": "news_article", "title": "Minister visits a school", "details": {"body": "<p>Pupils met the minister.</p>"}}"#)
        XCTAssertEqual(news.kind, KindJudgement(kind: .news, source: .metadata, evidence: "GOV.UK document_type \"news_story\""))
        let assessed = try proposal(#"{"base_path": "/x", "document_type": "policy_paper", "schema_name": "publication", "title": "Youth remand: child rights impact assessment"}"#)
        XCTAssertEqual(assessed.kind.kind, .assessment)
        XCTAssertEqual(assessed.kind.evidence, "title names \"impact assessment\"")
        let statute = try proposal(#"<Statute><Identification><ShortTitle>Youth Act</ShortTitle></Identification><Body><Section><Text>A young person may be detained.</Text></Section></Body></Statute>"#)
        XCTAssertEqual(statute.kind.kind, .legislation)
        XCTAssertEqual(statute.kind.evidence, "root element <Statute>: Canadian federal statute (Justice Laws XML)")
        let page = try proposal(
            "<html><head><title>Children and Families Act 2014</title></head><body><h1>Children and Families Act 2014</h1><p>An Act to make provision about children.</p></body></html>", file: "a.html")
        XCTAssertEqual(page.kind.kind, .legislation)
        let headed = try proposal("<html><body><h1>School uniform costs</h1><h2>Child Rights Impact Assessment</h2><p>Pupils are affected.</p></body></html>", file: "b.html")
        XCTAssertEqual(headed.kind, KindJudgement(kind: .assessment, source: .heading, evidence: "heading \"Child Rights Impact Assessment\" names \"impact assessment\""))
        // An impact assessment of regulations carries their title; its root element says what it is.
        let assessedRegulations = try proposal(
            "<impactAssessment><title>The Street Trading (Licence Fees) Regulations 2028</title><summary>Traders pay a new fee.</summary></impactAssessment>")
        XCTAssertEqual(assessedRegulations.kind, KindJudgement(kind: .assessment, source: .metadata, evidence: "root element <impactAssessment> names \"impact assessment\""))
        let regulations = try proposal("<draft><title>The Street Trading (Licence Fees) Regulations 2028</title><summary>Traders pay a new fee.</summary></draft>")
        XCTAssertEqual(regulations.kind.kind, .legislation)
        // A council's report on an Order it proposes is a proposal: its title is a sentence.
        let report = try proposal("<report><title>Riverside Walk: proposed Public Spaces Protection Order</title><summary>Cabinet is asked to consult on an order.</summary></report>")
        XCTAssertEqual(report.kind.kind, .proposal)
        let act = try proposal("<draft><title>Children and Young Persons (Play Areas) Act 2029</title><summary>Play areas stay open.</summary></draft>")
        XCTAssertEqual(act.kind.kind, .legislation)
        // A GOV.UK page saved as HTML says what it is in its govuk:format meta tag.
        let saved = try proposal(
            "<html><head><title>Free bus travel for pupils - GOV.UK</title><meta name=\"govuk:format\" content=\"press_release\"></head><body><main><h1>Free bus travel for pupils</h1><p>Pupils aged 11 to 16 will travel free from September.</p></main></body></html>",
            file: "c.html")
        XCTAssertEqual(saved.kind, KindJudgement(kind: .news, source: .metadata, evidence: "GOV.UK page's govuk:format \"press_release\""))
        let unsaved = try proposal(
            "<html><head><title>Free bus travel for pupils</title></head><body><main><h1>Free bus travel for pupils</h1><p>Pupils aged 11 to 16 will travel free from September.</p></main></body></html>", file: "d.html")
        XCTAssertEqual(unsaved.kind.kind, .proposal)
        let plain = try proposal("<proposal><title>Bus fares for under-16s</title><summary>Children travel free.</summary></proposal>")
        XCTAssertEqual(plain.kind.kind, .proposal)
        XCTAssertEqual(plain.kind.source, .fallback)
    }

    func testRuleForOtherKindsIsNotApplicableWithTheReason() throws {
        let statute = "<Statute><Body><Section><Text>A child who is consulted may be detained; children and young people must be told.</Text></Section></Body></Statute>"
        let notForIt = try evaluate(statute, expect: "{ mentions: consulted }", applies: "{ kinds: [assessment, proposal] }")
        XCTAssertEqual(notForIt.outcome, .notApplicable)
        XCTAssertEqual(notForIt.message, "Not applicable to legislation: this rule is for assessments and proposals.")
        let forIt = try evaluate(statute, expect: "{ mentions: consulted }", applies: "{ kinds: [legislation], relevance: [direct] }")
        XCTAssertEqual(forIt.outcome, .pass)
        let irrelevant = try evaluate(
            "<Statute><Body><Section><Text>Fees for fishing licences.</Text></Section></Body></Statute>",
            expect: "{ mentions: consulted }", applies: "{ kinds: [legislation], relevance: [direct] }")
        XCTAssertEqual(irrelevant.outcome, .notApplicable)
        XCTAssertEqual(irrelevant.message, "Test rule test-rule")
    }

    func testUnknownKindIsALocatedRuleError() throws {
        let pack = try TestPack.make(files: ["rules/test.yaml": TestPack.rulesFile(TestPack.rule(expect: "{ mentions: consulted }", applies: "{ kinds: [statute] }"))])
        defer { pack.remove() }
        XCTAssertThrowsError(try pack.load()) { error in
            XCTAssertTrue("\(error)".contains("rules/test.yaml:7:24: error: unknown document kind 'statute'; expected assessment, proposal, legislation, guidance, news, statistics, other"), "\(error)")
        }
    }

    /// A rule without `kinds` runs on every kind, legislation included, where a CRIA-checklist
    /// question is moot: every rule the project ships says which kinds it is for.
    func testEveryShippedRuleSaysWhichKindsItIsFor() throws {
        let pack = try RuleLoader().load(directory: packageRoot + "/rules")
        let unscoped = pack.rules.filter { $0.kinds == nil }.map(\.id)
        XCTAssertEqual(unscoped, [])
        XCTAssertGreaterThan(pack.rules.count, 60)
    }

    func testOverrideSetsTheKindAndKeepsWhatWasDetected() throws {
        var document = try proposal("<proposal><title>Bus fares</title><summary>Children travel free.</summary></proposal>", file: "acts/a.xml")
        KindOverride(patterns: [("acts/**", .legislation)], setting: ".cria.yml `kind:`").apply(to: &document)
        XCTAssertEqual(document.kind.kind, .legislation)
        XCTAssertEqual(document.kind.evidence, "set by .cria.yml `kind:` (detected: proposal, from no publication metadata says otherwise: read as a department's proposal)")
        var other = try proposal("<proposal><title>Bus fares</title></proposal>", file: "drafts/a.xml")
        KindOverride(patterns: [("acts/**", .legislation)], setting: ".cria.yml `kind:`").apply(to: &other)
        XCTAssertEqual(other.kind.kind, .proposal)
    }
}

/// A published page too thin to judge says so once, with its attachments, instead of the checklist.
final class ThinPageTests: XCTestCase {
    func testThinGOVUKPageSaysSoOnceWithItsAttachments() throws {
        let pack = CompiledPack(try RuleLoader().load(directory: packageRoot + "/rules"))
        let page = try proposal(
            #"{"base_path": "/government/statistics/foster-care", "document_type": "policy_paper", "schema_name": "publication", "title": "Numbers and profile of foster carers and children", "details": {"body": "<p>Statistics on foster carers and the children and young people they look after in England.</p>", "attachments": [{"title": "Fostering in England: main tables"}, {"title": "Equality impact assessment"}]}}"#
        )
        XCTAssertEqual(page.kind.kind, .proposal)
        let assessment = try Evaluator(pack: pack).check(page)
        // Said once; "was it assessed?" still answers, naming the equality impact assessment.
        XCTAssertEqual(assessment.results.filter { $0.outcome == .fail || $0.outcome == .review }.map(\.ruleID), ["page-too-thin-to-judge", "child-rights-assessment-published"])
        XCTAssertEqual(assessment.results.first { $0.ruleID == "child-rights-assessment-published" }?.outcome, .review)
        let thin = try XCTUnwrap(assessment.results.first { $0.ruleID == "page-too-thin-to-judge" })
        XCTAssertEqual(thin.severity, .info)
        XCTAssertEqual(thin.evidence.map(\.text), ["Fostering in England: main tables", "Equality impact assessment"])
        let views = try XCTUnwrap(assessment.results.first { $0.ruleID == "childrens-own-views" })
        XCTAssertEqual(views.outcome, .notApplicable)
        XCTAssertEqual(views.message, "Not assessed: " + thin.message)
        // The HTML batch report lists them under the gate's result, as its message says.
        let html = BatchHTML.document(assessment, department: "Department for Education", anchor: "d1")
        XCTAssertTrue(html.contains("<p>Published with it or introduced by it:</p>"), html)
        XCTAssertTrue(html.contains("<li>attachment: Fostering in England: main tables</li>"), html)
    }

    func testADepartmentsOwnShortDraftIsStillChecked() throws {
        let pack = CompiledPack(try RuleLoader().load(directory: packageRoot + "/rules"))
        let draft = try Evaluator(pack: pack).check(
            try proposal("<proposal><title>Free bus travel for children</title><summary>Children and young people under 16 travel free on buses; pupils get passes from school.</summary></proposal>"))
        XCTAssertEqual(draft.results.first { $0.ruleID == "page-too-thin-to-judge" }?.outcome, .notApplicable)
        XCTAssertEqual(draft.results.first { $0.ruleID == "childrens-own-views" }?.outcome, .fail)
    }
}

/// "Was it assessed?" on a real GOV.UK consultation outcome that attaches an equality impact assessment.
final class AssessmentTrailTests: XCTestCase {
    /// Its 542 words summarise four attachments: the checklist (non-discrimination among it) is
    /// notApplicable, the attachments listed; the equality assessment is named where it is judged.
    func testAttachedEqualityAssessmentIsNamedAndTheChecklistIsLeftToTheAttachments() throws {
        let file = CorpusRelevanceTests.corpus.appendingPathComponent("govuk-publishing-api-examples/consultation/frontend/consultation_outcome_with_featured_attachments.json").path
        guard FileManager.default.fileExists(atPath: file) else { throw XCTSkip("no corpus") }
        let pack = CompiledPack(try RuleLoader().load(directory: packageRoot + "/rules"))
        let assessment = try Evaluator(pack: pack).check(Proposal(document: try DocumentLoader().load(path: file)))
        let attached = "Equalities impact assessment: setting the grade standards of new GCSEs in England – part 2"
        let trail = try XCTUnwrap(assessment.results.first { $0.ruleID == "child-rights-assessment-published" })
        XCTAssertEqual(trail.outcome, .review)
        XCTAssertEqual(trail.evidence.map(\.text), [attached])
        let summary = try XCTUnwrap(assessment.results.first { $0.ruleID == "page-summarises-attachments" })
        XCTAssertEqual(summary.outcome, .fail)
        // Its four attachments, and the earlier consultation its body links to.
        XCTAssertEqual(summary.evidence.count, 5)
        XCTAssertTrue(summary.evidence.map(\.text).contains(attached))
        XCTAssertEqual(summary.evidence.last?.note, DocumentsInBody.linkedNote)
        let groups = try XCTUnwrap(assessment.results.first { $0.ruleID == "non-discrimination-differential-impact" })
        XCTAssertEqual(groups.outcome, .notApplicable)
        XCTAssertEqual(groups.message, "Not assessed: \(summary.message)")
        XCTAssertEqual(
            assessment.results.filter { $0.outcome == .fail || $0.outcome == .review }.map(\.ruleID),
            ["best-interests-primary-consideration", "childrens-own-views", "page-summarises-attachments", "child-rights-assessment-published"])
    }

    func testAssessmentNamesAreWholeWords() {
        XCTAssertTrue(AssessmentTrail.names("School uniform: child rights impact assessment (CRIA)", "CRIA"))
        XCTAssertFalse(AssessmentTrail.names("Criteria for admission", "CRIA"))
        XCTAssertFalse(AssessmentTrail.names("Cria notes", "CRIA"))
        XCTAssertTrue(AssessmentTrail.names("Equality Impact Assessment", "equality impact assessment"))
    }
}
