import Foundation
import XCTest

@testable import CriaKit

/// The kind of every document of `../shared/corpus`, as a reviewer would give it, against the
/// kind cria detects; and on legislation, no CRIA-process fail and no screening error.
final class CorpusKindTests: XCTestCase {
    /// file → the kind a reviewer gives it (GOV.UK items by what the page is, not its schema:
    /// a consultation outcome is a proposal, a browse page or an annual report is other).
    static let expected: [String: DocumentKind] = [
        "govuk-publishing-api-examples/guide/frontend/guide.json": .guidance,
        "govuk-publishing-api-examples/publication/frontend/best-practice-statutory-guidance.json": .guidance,
        "govuk-publishing-api-examples/news_article/frontend/best-practice-government-response.json": .news,
        "govuk-publishing-api-examples/consultation/frontend/consultation_outcome_with_featured_attachments.json": .proposal,
        "govuk-publishing-api-examples/publication/frontend/best-practice-independent-report.json": .other,
        "govuk-publishing-api-examples/transaction/frontend/child-maintenance.json": .guidance,
        "govuk-publishing-api-examples/local_transaction/frontend/local_transaction_with_childminder_fields.json": .guidance,
        "govuk-publishing-api-examples/html_publication/frontend/best-practice-HC-paper.json": .other,
        "govuk-publishing-api-examples/html_publication/frontend/long_form_and_automatically_numbered_headings.json": .other,
        "govuk-publishing-api-examples/mainstream_browse_page/frontend/level_2_page_with_related_topics.json": .other,
        "govuk-publishing-api-examples/html_publication/frontend/best-practice-command-paper.json": .other,
        "govuk-publishing-api-examples/html_publication/frontend/best-practice-HC-paper-2.json": .other,
        "govuk-publishing-api-examples/publication/frontend/best-practice-policy-paper.json": .proposal,
        "govuk-publishing-api-examples/publication/frontend/best-practice-impact-assessment.json": .assessment,
        "govuk-publishing-api-examples/publication/frontend/best-practice-guidance.json": .guidance,
        "govuk-publishing-api-examples/publication/frontend/best-practice-regulation.json": .guidance,
        "govuk-publishing-api-examples/publication/frontend/best-practice-corporate-report.json": .other,
        "govuk-publishing-api-examples/publication/frontend/tagged_to_two_coronavirus_taxons.json": .guidance,
        "govuk-publishing-api-examples/publication/frontend/withdrawn_publication.json": .guidance,
        "govuk-publishing-api-examples/consultation/frontend/open_consultation.json": .proposal,
        "govuk-publishing-api-examples/call_for_evidence/frontend/open_call_for_evidence.json": .proposal,
        "govuk-publishing-api-examples/detailed_guide/frontend/detailed_guide.json": .guidance,
        "govuk-publishing-api-examples/detailed_guide/frontend/political_detailed_guide.json": .guidance,
        "govuk-publishing-api-examples/news_article/frontend/best-practice-news-story.json": .news,
        "govuk-publishing-api-examples/news_article/frontend/best-practice-press-release.json": .news,
        "govuk-publishing-api-examples/speech/frontend/best-practice-oral-statement.json": .news,
        "govuk-publishing-api-examples/speech/frontend/speech-speaker-without-profile.json": .news,
        "govuk-publishing-api-examples/case_study/frontend/best-practice-case-study.json": .news,
        "govuk-publishing-api-examples/specialist_document/frontend/drug-safety-update.json": .guidance,
        "govuk-publishing-api-examples/case_study/frontend/has-updates.json": .news,
        "govuk-publishing-api-examples/html_publication/frontend/arabic_translation.json": .other,
        "govuk-content-schemas-archived/policy/frontend/policy_area.json": .other,
        "govuk-content-schemas-archived/policy/frontend/policy_programme.json": .other,
        "clml-legislation-gov-uk/ssi-2006-255-schedule-made.xml": .legislation,
        "clml-legislation-gov-uk/uksi_20031153_en.xml": .legislation,
        "clml-legislation-gov-uk/uksi_19981584_en.xml": .legislation,
        "clml-legislation-gov-uk/ukpga_20210005_en.xml": .legislation,
        "clml-legislation-gov-uk/ukpga-1991-48-metadata.xml": .legislation,
        "clml-legislation-gov-uk/ssi-2018-316-metadata.xml": .legislation,
        "clml-legislation-gov-uk/mwa-2010-5-metadata.xml": .legislation,
        "clml-legislation-gov-uk/ukpga_20020016_en.xml": .legislation,
        "clml-legislation-gov-uk/anaw-2018-1-historical-2018-01-24.xml": .legislation,
        "clml-legislation-gov-uk/ukpga_20030004_en.xml": .legislation,
        "clml-legislation-gov-uk/asp_20020006_en.xml": .legislation,
        "clml-legislation-gov-uk/ukpga_2006_35_notes-division-7.xml": .other,
        "clml-legislation-gov-uk/uksi_2020_1326_kqpap_made.xml": .legislation,
        "clml-legislation-gov-uk/wsi-2015-996-made.xml": .legislation,
        "clml-legislation-gov-uk/ukdsi_2012_9780111529935_kqpap_draft.xml": .legislation,
        "clml-legislation-gov-uk/uksi_19980668_en.xml": .legislation,
        "clml-legislation-gov-uk/ukpga-1995-50-section-1-2009-10-01.xml": .legislation,
        "clml-legislation-gov-uk/ukpga-2016-24-section-26-enacted.xml": .legislation,
        "clml-legislation-gov-uk/uksi-2017-1325-made.xml": .legislation,
        "clml-legislation-gov-uk/eut_teu_2020-03-01_en.xml": .legislation,
        "clml-legislation-gov-uk/uksi-2002-2677-introduction-made.xml": .legislation,
        "akn-uk-legislation/ssi-2017-126-enacted-data.akn.xml": .legislation,
        "akn-uk-legislation/ssi-2017-113-enacted-data.akn.xml": .legislation,
        "akn-uk-legislation/uk_pga-2014-27-enacted-data.xml": .legislation,
        "akn-uk-legislation/uk_pga_1998_29.xml": .legislation,
        "uslm-us-bills/H2740_RH.XML": .legislation,
        "uslm-us-bills/S1900_RS.xml": .legislation,
        "uslm-us-bills/H1000_IH.XML": .legislation,
        "uslm-us-bills/S1029_RFH.XML": .legislation,
        "uslm-us-bills/BILLS-116hres755rds.xml": .legislation,
        "uslm-us-bills/H7440_CPH.XML": .legislation,
        "uslm-us-bills/HR1000_IH.XML": .legislation,
        "uslm-us-bills/BILLS-110s2062ris.xml": .legislation,
        "uslm-us-bills/113publ67-uslm.xml": .legislation,
        "uslm-us-bills/112pvtl001-uslm.xml": .legislation,
        "us-billstatus/BILLSTATUS-116hr5053.xml": .legislation,
        "us-billstatus/BILLSTATUS-116hr5177.xml": .legislation,
        "us-billstatus/BILLSTATUS-114s1300.xml": .legislation,
        "us-billstatus/BILLSTATUS-116hr5183.xml": .legislation,
        "us-billstatus/BILLSTATUS-116s2902.xml": .legislation,
        "us-billstatus/BILLSTATUS-117hr1.xml": .legislation,
        "canada-laws-lois-xml/eng/acts/Y-1.5.xml": .legislation,
        "canada-laws-lois-xml/eng/acts/F-11.73.xml": .legislation,
        "canada-laws-lois-xml/eng/acts/C-3.55.xml": .legislation,
        "canada-laws-lois-xml/eng/acts/C-3.6.xml": .legislation,
        "canada-laws-lois-xml/eng/acts/D-3.4.xml": .legislation,
        "canada-laws-lois-xml/eng/regulations/SOR-2016-169.xml": .legislation,
        "canada-laws-lois-xml/eng/acts/A-1.xml": .legislation,
        "canada-laws-lois-xml/eng/acts/P-21.xml": .legislation,
        "canada-laws-lois-xml/fra/lois/Y-1.5.xml": .legislation,
        "eu-formex-akn4eu/L_202400903EN.000101.fmx.xml": .legislation,
        "eu-formex-akn4eu/e115172d_DOC_3.fmx.xml": .legislation,
        "eu-formex-akn4eu/32014L0092.akn.xml": .legislation,
        "eu-formex-akn4eu/akn4eu.xml": .legislation,
        "eu-formex-akn4eu/DIR-cmcxketrh00ca8x00qxqd29bn-en.xml": .legislation,
        "eu-formex-akn4eu/COM(2025)6.html": .proposal,
        "eu-formex-akn4eu/tas24-021.akn.xml": .legislation,
    ]

    func testKindsAgreeWithTheReviewer() throws {
        let corpus = CorpusRelevanceTests.corpus
        guard FileManager.default.fileExists(atPath: corpus.path) else { throw XCTSkip("no corpus at \(corpus.path)") }
        var agreed = 0
        var disagreements: [String] = []
        for (file, kind) in Self.expected.sorted(by: { $0.key < $1.key }) {
            let detected = Proposal(document: try DocumentLoader().load(path: corpus.appendingPathComponent(file).path)).kind
            if detected.kind == kind { agreed += 1 } else { disagreements.append("  \(kind) but \(detected.kind) (\(detected.evidence)): \(file)") }
        }
        print("Kinds agree with the reviewer for \(agreed) of \(Self.expected.count) corpus files.\n" + disagreements.joined(separator: "\n"))
        XCTAssertEqual(Self.expected.count, 90)
        XCTAssertEqual(agreed, Self.expected.count, disagreements.joined(separator: "\n"))
    }

    /// Rules of the CRIA process and the screening rules never fail or review legislation.
    func testLegislationGetsNoCRIAProcessFailOrScreeningError() throws {
        let corpus = CorpusRelevanceTests.corpus
        guard FileManager.default.fileExists(atPath: corpus.path) else { throw XCTSkip("no corpus at \(corpus.path)") }
        let pack = CompiledPack(try RuleLoader().load(directory: CorpusRelevanceTests.packageRoot.appendingPathComponent("rules").path))
        let evaluator = Evaluator(pack: pack)
        let process = [
            "childrens-own-views", "childrens-views-shaped-proposal", "feedback-to-children", "participation-inclusive",
            "screening-statement", "screening-consistent", "screening-reasoned", "child-friendly-summary",
            "assessment-published", "monitoring-and-evaluation", "evidence-about-children", "rights-engaged-identified",
        ]
        for (file, kind) in Self.expected where kind == .legislation {
            let assessment = try evaluator.check(Proposal(document: try DocumentLoader().load(path: corpus.appendingPathComponent(file).path)))
            XCTAssertEqual(assessment.kind.kind, .legislation, file)
            for result in assessment.results where process.contains(result.ruleID) {
                XCTAssertEqual(result.outcome, .notApplicable, "\(file): \(result.ruleID)")
                XCTAssertEqual(result.message, "Not applicable to legislation: this rule is for assessments and proposals.")
            }
        }
    }
}
