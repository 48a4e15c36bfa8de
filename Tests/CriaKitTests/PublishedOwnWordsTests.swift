import Foundation
import XCTest

@testable import CriaKit

/// What a GOV.UK page says of its own: an attachment box's file details and accessibility
/// notice are GOV.UK's, and a corporate page is about the organisation, not a policy.
final class PublishedOwnWordsTests: XCTestCase {
    private func check(_ json: String) throws -> Assessment {
        try Evaluator(pack: try PublishedPageTests.pack.get()).check(try proposal(json))
    }

    /// An attachment rendered into the body as GOV.UK renders it, notice and all.
    static func box(_ number: Int, _ title: String) -> String {
        #"<section class=\"attachment embedded\" id=\"attachment_\#(number)\"><div class=\"attachment-details\"><h2 class=\"title\"><a href=\"/f\#(number).pdf\">\#(title)</a></h2><p class=\"metadata\"><span class=\"type\">PDF</span>, <span class=\"file-size\">310KB</span>, <span>24 pages</span></p><div class=\"accessibility-warning\"><h2>This file may not be suitable for users of assistive technology.</h2><p>If you use assistive technology and need a version of this document in a more accessible format, please email the team. Please tell us what format you need. It will help us if you say what assistive technology you use.</p></div></div></section>"#
    }

    /// About 60 words of its own and three attachment boxes of about 45 words each: too thin,
    /// with the three attachments listed as published with it, not as evidence "found".
    func testAttachmentBoxesAreNotThePagesOwnWords() throws {
        let own =
            "<p>Figures on the children placed with foster carers each year, the ages of the children, how long they stay and how many return home. Children in care and the carers who look after them are counted by local authority, by age and by the reason they came into care.</p>"
        let body = own + Self.box(1, "Foster care: main tables") + Self.box(2, "Foster care: methodology") + Self.box(3, "Foster care: quality report")
        let page = try check(
            #"{"base_path": "/government/statistics/foster-care-figures", "document_type": "official_statistics", "schema_name": "publication", "title": "Foster care figures", "details": {"body": "\#(body)"}}"#)
        XCTAssertGreaterThan(page.wordCount, 150)
        let thin = try XCTUnwrap(page.results.first { $0.ruleID == "page-too-thin-to-judge" })
        XCTAssertEqual(thin.outcome, .fail)
        XCTAssertEqual(thin.evidence.map(\.text), ["Foster care: main tables", "Foster care: methodology", "Foster care: quality report"])
        let text = TextReport(colour: false).render(page)
        XCTAssertTrue(text.contains("published with it: attachment: Foster care: quality report"), text)
        XCTAssertFalse(text.contains("found, not enough"), text)
        XCTAssertFalse(text.contains("not found anywhere in the document"), text)
    }

    /// An inspectorate's page on its own statistics names children's services throughout, but
    /// it is about the organisation: it is not asked for a child rights impact assessment. The
    /// same words as guidance are.
    func testACorporatePageIsNotAskedForAnAssessment() throws {
        let body = String(
            repeating:
                "<p>We inspect schools, nurseries, children's homes and children's services in every local authority. Our statistics count the inspections of schools and childcare providers each month and the judgements we give. Children's social care providers are listed with their latest grade.</p>",
            count: 4)
        func page(_ schema: String, _ type: String) throws -> RuleResult {
            let page = try check(
                #"{"base_path": "/government/organisations/schools-inspectorate/about/statistics", "document_type": "\#(type)", "schema_name": "\#(schema)", "title": "Statistics at the Schools Inspectorate", "details": {"body": "\#(body)"}}"#
            )
            return try XCTUnwrap(page.results.first { $0.ruleID == "child-rights-assessment-published" })
        }
        XCTAssertEqual(try page("corporate_information_page", "statistics").outcome, .notApplicable)
        XCTAssertEqual(try page("detailed_guide", "detailed_guide").outcome, .fail)
    }
}
