import Foundation
import XCTest

@testable import CriaKit

/// Guidance, news and statistics pages: the rights they engage, and "was it assessed?" from
/// the documents a GOV.UK item links to as well as its attachments.
final class PublishedPageTests: XCTestCase {
    static let pack = Result { CompiledPack(try RuleLoader().load(directory: packageRoot + "/rules")) }

    private func check(_ json: String) throws -> Assessment {
        try Evaluator(pack: try Self.pack.get()).check(try proposal(json))
    }

    /// Long enough to be judged (150 words of its own), about free school meals and health visits.
    static let guidanceBody = String(
        repeating:
            "<p>Children in state-funded schools can get free school meals if their parents receive Universal Credit. Pupils who get free school meals also get help with school uniform costs. A health visitor sees every baby at home in the first weeks to check the child's growth.</p>",
        count: 4)

    func testGuidancePageNamesTheRightsItEngagesWithTheStatements() throws {
        let page = try check(
            #"{"base_path": "/guidance/free-school-meals", "document_type": "detailed_guide", "schema_name": "detailed_guide", "title": "Free school meals", "details": {"body": "\#(Self.guidanceBody)"}}"#)
        XCTAssertEqual(page.kind.kind, .guidance)
        let engaged = try XCTUnwrap(page.results.first { $0.ruleID == "rights-engaged" })
        XCTAssertEqual(engaged.outcome, .pass)
        XCTAssertEqual(engaged.articles, [24, 28, 29])
        XCTAssertEqual(engaged.message, "It engages Articles 24, 28 and 29 of the UNCRC: education (Articles 28 and 29); health (Article 24).")
        XCTAssertEqual(engaged.evidence.map(\.note), ["education: Articles 28 and 29", "health: Article 24"])
        XCTAssertTrue(engaged.evidence[0].text.contains("free school meals"), engaged.evidence[0].text)
        XCTAssertTrue(engaged.evidence[1].text.contains("health visitor"), engaged.evidence[1].text)
        XCTAssertEqual(page.rightsEngaged?.articles, [24, 28, 29])
        // Not the CRIA checklist: no process rule fails on guidance.
        XCTAssertEqual(page.results.filter { $0.outcome == .fail }.map(\.ruleID), ["child-rights-assessment-published"])
        let text = TextReport(colour: false).render(page)
        XCTAssertTrue(text.contains("It engages Articles 24, 28 and 29 of the UNCRC"), text)
    }

    func testAPageAboutChildrenWhoseRightsCannotBeToldIsReview() throws {
        let body = String(repeating: "<p>Young people from across the country were named winners today. The minister congratulated the young people and their families.</p>", count: 8)
        let news = try check(#"{"base_path": "/government/news/awards", "document_type": "news_story", "schema_name": "news_article", "title": "Youth awards", "details": {"body": "\#(body)"}}"#)
        let engaged = try XCTUnwrap(news.results.first { $0.ruleID == "rights-engaged" })
        XCTAssertEqual(engaged.outcome, .review)
        XCTAssertEqual(engaged.articles, [])
        XCTAssertNil(news.rightsEngaged)
    }

    func testAProposalGetsTheChecklistNotTheRightsEngaged() throws {
        let sample = try Evaluator(pack: try Self.pack.get()).check(Proposal(document: try DocumentLoader().load(path: packageRoot + "/samples/moj-youth-remand-reform.json")))
        XCTAssertEqual(sample.results.first { $0.ruleID == "rights-engaged" }?.outcome, .notApplicable)
        XCTAssertNil(sample.rightsEngaged)
    }

    func testALinkedImpactAssessmentIsFoundAndNamedInNonDiscrimination() throws {
        let body = String(
            repeating: "<p>We propose that children and young people in secondary schools wear plain uniform. Pupils from low-income families pay most for branded items, and disabled pupils need adapted clothing.</p>",
            count: 6)
        let outcome = try check(
            #"{"base_path": "/government/consultations/uniform", "document_type": "consultation_outcome", "schema_name": "consultation", "title": "School uniform costs", "details": {"body": "\#(body)"}, "links": {"organisations": [{"title": "Department for Education"}], "related": [{"title": "School uniform costs", "document_type": "impact_assessment", "base_path": "/government/publications/uniform-ia"}, {"title": "Equality impact assessment: school uniform", "document_type": "policy_paper"}]}}"#
        )
        XCTAssertEqual(outcome.metadata.extra.first { $0.key == "linked documents" }?.value, "related: School uniform costs (impact assessment); related: Equality impact assessment: school uniform")
        let trail = try XCTUnwrap(outcome.results.first { $0.ruleID == "child-rights-assessment-published" })
        XCTAssertEqual(trail.outcome, .review)
        XCTAssertEqual(trail.evidence.map(\.text), ["School uniform costs (impact assessment)", "Equality impact assessment: school uniform"])
        XCTAssertEqual(trail.evidence.map(\.path), ["/links/related", "/links/related"])
        XCTAssertEqual(trail.evidence.first?.note, "linked document (related)")
        let groups = try XCTUnwrap(outcome.results.first { $0.ruleID == "non-discrimination-differential-impact" })
        XCTAssertEqual(groups.outcome, .review)
        XCTAssertEqual(groups.evidence.last?.text, "Equality impact assessment: school uniform")
    }

    /// A page that reports children's own views and weighs their interests to a decision is
    /// itself the assessment, whatever it calls itself; without the weighing it is not.
    func testAPageThatIsItselfTheAssessmentNeedsNoOther() throws {
        let heard = String(
            repeating: "<p>Lifeguards ran a poll at the lido gate that 380 children aged 8 to 15 answered. Twelve young people from the swimming club told us the evening sessions are the only time they can train.</p>",
            count: 6)
        let weighed = "<p>Closing at 5pm would save £40,000 a year, but we weighed that saving against children's water safety in the long summer evenings and kept the 7pm close in July and August.</p>"
        func trail(_ body: String) throws -> Outcome {
            let outcome = try check(
                #"{"base_path": "/government/consultations/lido-hours", "document_type": "consultation_outcome", "schema_name": "consultation", "title": "Lido opening hours: what you told us", "details": {"body": "\#(body)"}}"#
            )
            return try XCTUnwrap(outcome.results.first { $0.ruleID == "child-rights-assessment-published" }).outcome
        }
        XCTAssertEqual(try trail(heard + weighed), .notApplicable)
        XCTAssertEqual(try trail(heard), .fail)
    }

    func testALinkedChildRightsAssessmentPasses() throws {
        let body = String(repeating: "<p>Children and young people at secondary school and their families pay for branded uniform; pupils in 3,000 schools will be affected.</p>", count: 8)
        let outcome = try check(
            #"{"base_path": "/government/consultations/uniform", "document_type": "consultation_outcome", "schema_name": "consultation", "title": "School uniform costs", "details": {"body": "\#(body)"}, "links": {"document_collections": [{"title": "School uniform: child rights impact assessment"}], "taxons": [{"title": "Child rights impact assessment"}]}}"#
        )
        let trail = try XCTUnwrap(outcome.results.first { $0.ruleID == "child-rights-assessment-published" })
        XCTAssertEqual(trail.outcome, .pass)
        // Found in the collection the item belongs to; a taxon is navigation, not a document.
        XCTAssertEqual(trail.evidence.map(\.path), ["/links/document_collections"])
    }

    /// A case study of one adult that names his children in two sentences concerns them only
    /// in passing: asking it for a child rights impact assessment is moot. The same page with
    /// a paragraph on what the scheme does for the children is held to the rule.
    func testACaseStudyNamingChildrenInPassingIsNotAskedForAnAssessment() throws {
        let adult = String(
            repeating: "<p>Marek spent nine years out of work after a back injury ended his job as a scaffolder. "
                + "A work coach helped him retrain as a forklift driver and apply for posts at three warehouses. "
                + "He now works four shifts a week and says the steady wage has given him back his confidence.</p>",
            count: 4)
        let passing = "<p>Marek looks after his daughter and son at weekends. The shifts let him collect his kids from their grandmother on Fridays.</p>"
        let aboutChildren =
            "<p>The scheme also pays for breakfast clubs for the children of the people it helps. Children in the clubs get a hot meal before school. "
            + "Pupils whose parent starts work keep their free school meals for a year.</p>"
        func trail(_ body: String) throws -> Outcome {
            let outcome = try check(
                #"{"base_path": "/government/case-studies/marek-forklift", "document_type": "case_study", "schema_name": "case_study", "title": "Marek, back in work", "details": {"body": "\#(body)"}}"#
            )
            return try XCTUnwrap(outcome.results.first { $0.ruleID == "child-rights-assessment-published" }).outcome
        }
        XCTAssertEqual(try trail(adult + passing), .notApplicable)
        XCTAssertEqual(try trail(adult + passing + aboutChildren), .fail)
    }

    /// A consultation outcome of a few hundred words that introduces its attachments is a
    /// summary of them: the checklist is notApplicable with one result that lists them, while
    /// children asked, their interests weighed and an assessment published are still judged.
    func testAPageSummarisingItsAttachmentsKeepsOnlyWhatASummaryShows() throws {
        let body = String(
            repeating: "<p>Pupils aged 11 to 16 in rural villages will get a bus pass in place of a seat on a contract coach. The new passes start in September for pupils joining Year 7.</p>",
            count: 8)
        let outcome = try check(
            #"{"base_path": "/government/consultations/school-transport", "document_type": "consultation_outcome", "schema_name": "consultation", "title": "Home to school transport", "details": {"body": "\#(body)", "attachments": [{"title": "Home to school transport: decision"}, {"title": "Equality impact assessment: home to school transport"}]}}"#
        )
        let summary = try XCTUnwrap(outcome.results.first { $0.ruleID == "page-summarises-attachments" })
        XCTAssertEqual(summary.outcome, .fail)
        XCTAssertEqual(summary.evidence.map(\.text), ["Home to school transport: decision", "Equality impact assessment: home to school transport"])
        XCTAssertEqual(
            outcome.results.filter { $0.outcome == .fail || $0.outcome == .review }.map(\.ruleID),
            ["best-interests-primary-consideration", "childrens-own-views", "page-summarises-attachments", "child-rights-assessment-published"])
        XCTAssertEqual(outcome.results.first { $0.ruleID == "child-rights-assessment-published" }?.outcome, .review)
        let evidence = try XCTUnwrap(outcome.results.first { $0.ruleID == "evidence-about-children" })
        XCTAssertEqual(evidence.outcome, .notApplicable)
        XCTAssertEqual(evidence.message, "Not assessed: \(summary.message)")
        // The same words with nothing attached are the whole proposal: the checklist applies.
        let alone = try check(
            #"{"base_path": "/government/consultations/school-transport", "document_type": "consultation_outcome", "schema_name": "consultation", "title": "Home to school transport", "details": {"body": "\#(body)"}}"#
        )
        XCTAssertEqual(alone.results.first { $0.ruleID == "page-summarises-attachments" }?.outcome, .pass)
        XCTAssertEqual(alone.results.first { $0.ruleID == "evidence-about-children" }?.outcome, .fail)
    }

    /// An index in the shape GOV.UK renders a budget's or a strategy's papers: a heading naming
    /// each document, unlinked, with a paragraph under it on what the document holds ("This
    /// report gives ...", "The ... document sets out ..."), and a list of links with one item
    /// not yet online. It is read as an index, each document listed where the body names it;
    /// the same headings over the page's own account of the subject are not.
    func testAPageOfHeadingsNamingDocumentsIsAnIndexOfThem() throws {
        let papers = [
            (
                "Waiting times for children's dental care",
                "This report gives the months children aged 3 to 15 waited for a check-up and for treatment in each region, and how the waits changed over two years. It also gives the waits for children with a disability or in care."
            ),
            (
                "Dentists taking new child patients",
                "The practice survey document sets out which practices in each county take on new child patients, and how far families travel to the nearest one. It was collected from health boards in March."
            ),
            (
                "Fluoride varnish in nurseries",
                "This document describes the pilot in which nursery staff apply fluoride varnish to the teeth of children aged 2 to 4, and what parents were told. It ends with what the nursery staff said about the training they had."
            ),
            ("Costs of the plan", "These tables show what the plan costs in each of the next four years, by health board, and what each sum pays for. The figures are in cash terms and include the cost of the new fees."),
        ]
        let named = papers.map { "<h2>\($0.0)</h2><p>\($0.1)</p>" }.joined()
        let links =
            "<h2>Published with the plan</h2><ul><li><a href='/government/publications/teeth-brushing'>Supervised tooth brushing: a guide for schools</a></li><li><a href='/government/publications/sugar-in-drinks'>Sugar in drinks sold near schools</a></li><li>Dental care for children: equality analysis</li></ul>"
        let intro = "<p>The minister set out the <a href='/government/speeches/dental-plan'>children's dental plan</a> on 2 May. These are the plan's supporting papers.</p>"
        let page = try check(
            #"{"base_path": "/government/publications/childrens-dental-plan-papers", "document_type": "policy_paper", "schema_name": "publication", "title": "Children's dental plan: supporting papers", "details": {"body": "\#(intro)\#(named)\#(links)"}}"#
        )
        let index = try XCTUnwrap(page.results.first { $0.ruleID == "page-lists-documents" })
        XCTAssertEqual(index.outcome, .fail)
        XCTAssertEqual(
            index.evidence.map(\.text),
            ["children's dental plan"] + papers.map(\.0) + ["Supervised tooth brushing: a guide for schools", "Sugar in drinks sold near schools", "Dental care for children: equality analysis"])
        XCTAssertEqual(index.evidence.map(\.note).filter { $0 == "named in the body" }.count, 5)
        XCTAssertEqual(
            page.results.filter { $0.outcome == .fail || $0.outcome == .review }.map(\.ruleID), ["page-lists-documents", "child-rights-assessment-published"])
        // The same headings over the page's own account: what the plan does, not what a paper holds.
        let account = [
            (
                "Waiting times for children's dental care",
                "Children aged 3 to 15 wait up to eleven months for a check-up in some regions; the plan pays practices to see them within three months. Children with a disability or in care will be seen first."
            ),
            (
                "Dentists taking new child patients",
                "Practices that take on new child patients will get a higher fee for each course of treatment, so that families need not travel far. Health boards will publish each month which practices have places."
            ),
            (
                "Fluoride varnish in nurseries",
                "Nursery staff will apply fluoride varnish to the teeth of children aged 2 to 4 twice a year, with parents told beforehand. Nursery staff will be trained for the work and paid for the time it takes."
            ),
            ("Costs of the plan", "The plan costs 40 million pounds a year for four years, paid to health boards by the number of children in each. The new fees for practices come out of the same sum."),
            ("Tooth brushing in schools", "Primary schools in the areas with the most decay will run supervised tooth brushing each morning for children in reception and year 1, with brushes and paste given free."),
        ]
        let own = try check(
            #"{"base_path": "/government/publications/childrens-dental-plan", "document_type": "policy_paper", "schema_name": "publication", "title": "Children's dental plan", "details": {"body": "\#(account.map { "<h2>\($0.0)</h2><p>\($0.1)</p>" }.joined())"}}"#
        )
        XCTAssertEqual(own.results.first { $0.ruleID == "page-lists-documents" }?.outcome, .pass)
        XCTAssertEqual(own.results.first { $0.ruleID == "childrens-own-views" }?.outcome, .fail)
    }

    /// An attachment rendered into the body (GOV.UK's `<section class="attachment embedded">`)
    /// is an attachment: listed, and named where an equality assessment is judged.
    func testAnAttachmentEmbeddedInTheBodyIsAnAttachment() throws {
        let prose = String(repeating: "<p>Pupils aged 11 to 16 in rural villages will get a bus pass in place of a seat on a contract coach. The new passes start in September for pupils joining Year 7.</p>", count: 8)
        let embedded =
            #"<section class=\"attachment embedded\" id=\"attachment_1\"><div class=\"attachment-details\"><h3 class=\"title\">"#
            + #"<a href=\"/eia.pdf\">Equality impact assessment: home to school transport</a></h3>"#
            + #"<p class=\"metadata\"><span class=\"type\">PDF</span></p></div></section>"#
        let outcome = try check(
            #"{"base_path": "/government/consultations/school-transport", "document_type": "consultation_outcome", "schema_name": "consultation", "title": "Home to school transport", "details": {"body": "\#(prose)\#(embedded)"}}"#
        )
        XCTAssertEqual(outcome.metadata.extra.first { $0.key == "attachment titles" }?.value, "Equality impact assessment: home to school transport")
        XCTAssertEqual(outcome.results.first { $0.ruleID == "page-summarises-attachments" }?.outcome, .fail)
        let trail = try XCTUnwrap(outcome.results.first { $0.ruleID == "child-rights-assessment-published" })
        XCTAssertEqual(trail.outcome, .review)
        XCTAssertEqual(trail.evidence.map(\.text), ["Equality impact assessment: home to school transport"])
    }

    /// A page that is mostly a list of links to other documents, each with a line on what it
    /// holds, is an index of them, attached or not: the gate lists them, where the body names
    /// them, and only "was it assessed?" still runs (an index weighs no one's interests).
    func testAPageListingLinkedDocumentsSummarisesThem() throws {
        let entries = [
            ("Road safety near schools: guidance", "how councils set 20mph zones and crossings on the routes pupils walk to school each morning."),
            ("Walking buses: a guide for parents", "how parents can lead a group of children on foot to primary school, with the training offered."),
            ("Cycle training for pupils", "the free lessons for children in Years 5 and 6 and how a school books them for a class."),
            ("School streets: closing roads at drop-off", "how a council closes the street outside a school to cars while children arrive and leave."),
            ("Travel to school: survey of families", "what 4,000 families told us about how their children get to school and what stops them walking."),
            ("Bus passes for young people", "who can get a free or cheaper bus pass, from age 11 to 18, and how to apply for one."),
        ]
        let list = entries.map { "<li><a href='/government/publications/\($0.0.count)'>\($0.0)</a>: \($0.1)</li>" }.joined()
        let intro = "<p>These documents set out how children can travel to school safely in England.</p>"
        let page = try check(
            #"{"base_path": "/government/publications/safer-school-travel", "document_type": "policy_paper", "schema_name": "publication", "title": "Safer travel to school", "details": {"body": "\#(intro)<ul>\#(list)</ul>"}}"#
        )
        XCTAssertEqual(page.kind.kind, .proposal)
        let summary = try XCTUnwrap(page.results.first { $0.ruleID == "page-lists-documents" })
        XCTAssertEqual(summary.outcome, .fail)
        XCTAssertEqual(summary.evidence.map(\.text), entries.map(\.0))
        XCTAssertEqual(Set(summary.evidence.map(\.note)), ["linked in the body"])
        let first = try XCTUnwrap(summary.evidence.first)
        XCTAssertTrue(first.path.hasPrefix("/details/body"), first.path)
        XCTAssertEqual(page.results.first { $0.ruleID == "evidence-about-children" }?.outcome, .notApplicable)
        XCTAssertEqual(page.results.first { $0.ruleID == "childrens-own-views" }?.outcome, .notApplicable)
        XCTAssertEqual(page.results.first { $0.ruleID == "child-rights-assessment-published" }?.outcome, .fail)
        // Each document a heading that is its link, its line the paragraph under it.
        let headed = entries.map { "<h3><a href='/government/publications/\($0.0.count)'>\($0.0)</a></h3><p>\($0.1) It is free to download, print and share with schools.</p>" }.joined()
        let index = try check(
            #"{"base_path": "/government/publications/safer-school-travel", "document_type": "policy_paper", "schema_name": "publication", "title": "Safer travel to school", "details": {"body": "\#(intro)\#(headed)"}}"#)
        let listed = try XCTUnwrap(index.results.first { $0.ruleID == "page-lists-documents" })
        XCTAssertEqual(listed.outcome, .fail)
        XCTAssertEqual(listed.evidence.map(\.text), entries.map(\.0))
        // The same lines as the page's own paragraphs, with no links, are its own words.
        let plain = intro + entries.map { "<p>\($0.0): \($0.1)</p>" }.joined()
        let own = try check(
            #"{"base_path": "/government/publications/safer-school-travel", "document_type": "policy_paper", "schema_name": "publication", "title": "Safer travel to school", "details": {"body": "\#(plain)"}}"#)
        XCTAssertEqual(own.results.first { $0.ruleID == "page-lists-documents" }?.outcome, .pass)
        // Judged, not stopped: its survey figure is evidence for a person to weigh.
        XCTAssertEqual(own.results.first { $0.ruleID == "evidence-about-children" }?.outcome, .review)
        // A paper that cites a document in a long paragraph of its own is not an index of it.
        let cited = String(
            repeating:
                "<p>Children who walk to school along a busy road face the highest risk between eight and nine in the morning, when traffic near the gates is at its heaviest; <a href='/government/publications/road-safety'>our road safety guidance</a> sets out the crossings councils must consider, and this paper proposes funding for them.</p>",
            count: 4)
        let paper = try check(
            #"{"base_path": "/government/publications/safer-school-travel", "document_type": "policy_paper", "schema_name": "publication", "title": "Safer travel to school", "details": {"body": "\#(cited)"}}"#)
        XCTAssertEqual(paper.results.first { $0.ruleID == "page-lists-documents" }?.outcome, .pass)
    }

    /// A group's page (its remit, members and meeting notes) is about a body whose work
    /// touches children; it decides nothing, so it is not asked for an assessment of its own.
    func testAGroupsPageIsNotAskedForAnAssessment() throws {
        let remit = String(
            repeating: "<p>The forum advises ministers on how schools support children with a parent in prison. Its members are head teachers, social workers and prison governors, and they meet four times a year.</p>",
            count: 6)
        let group = try check(
            #"{"base_path": "/government/groups/families-of-prisoners-forum", "document_type": "working_group", "schema_name": "working_group", "title": "Families of prisoners forum", "details": {"body": "\#(remit)"}}"#)
        XCTAssertEqual(group.results.first { $0.ruleID == "page-too-thin-to-judge" }?.outcome, .pass)
        let trail = try XCTUnwrap(group.results.first { $0.ruleID == "child-rights-assessment-published" })
        XCTAssertEqual(trail.outcome, .notApplicable)
        // The same words on a policy paper are a decision that affects children: it is asked.
        let paper = try check(
            #"{"base_path": "/government/publications/families-of-prisoners", "document_type": "policy_paper", "schema_name": "publication", "title": "Families of prisoners", "details": {"body": "\#(remit)"}}"#)
        XCTAssertEqual(paper.results.first { $0.ruleID == "child-rights-assessment-published" }?.outcome, .fail)
    }

    /// A page that tells staff what to do with one product (a safety alert on a children's
    /// medicine) acts on that product, not on a policy: it is not asked for an assessment,
    /// though it concerns children and the rights it engages are still given. The same words as
    /// statutory guidance are a policy that affects children: asked.
    func testANoticeAboutOneProductIsNotAskedForAnAssessment() throws {
        let alert = String(
            repeating:
                "<p>Pharmacies must stop giving out two batches of a cough syrup for children aged 2 to 6 and return them to the wholesaler: a dosing cup in the carton measures twice the dose. Parents whose child took the syrup should ask their pharmacist or doctor about the child's health and any side effects.</p>",
            count: 3)
        let notice = try check(
            #"{"base_path": "/drug-device-alerts/cough-syrup-dosing-cup", "document_type": "medical_safety_alert", "schema_name": "specialist_document", "title": "Children's cough syrup: wrong dosing cup", "details": {"body": "\#(alert)"}, "links": {"available_translations": [{"title": "Children's cough syrup: wrong dosing cup", "document_type": "medical_safety_alert"}]}}"#
        )
        XCTAssertEqual(notice.kind.kind, .guidance)
        XCTAssertEqual(notice.relevance, .direct)
        XCTAssertEqual(notice.results.first { $0.ruleID == "child-rights-assessment-published" }?.outcome, .notApplicable)
        XCTAssertEqual(notice.results.first { $0.ruleID == "rights-engaged" }?.outcome, .pass)
        let guidance = try check(
            #"{"base_path": "/government/publications/medicines-for-children", "document_type": "statutory_guidance", "schema_name": "publication", "title": "Medicines for children in pharmacies", "details": {"body": "\#(alert)"}}"#
        )
        XCTAssertEqual(guidance.results.first { $0.ruleID == "child-rights-assessment-published" }?.outcome, .fail)
        // A page that only links to such a notice is no notice: the links' types are theirs.
        let linking = try check(
            #"{"base_path": "/government/publications/medicines-for-children", "document_type": "statutory_guidance", "schema_name": "publication", "title": "Medicines for children in pharmacies", "details": {"body": "\#(alert)"}, "links": {"related": [{"title": "Children's cough syrup: wrong dosing cup", "document_type": "medical_safety_alert"}]}}"#
        )
        XCTAssertEqual(linking.results.first { $0.ruleID == "child-rights-assessment-published" }?.outcome, .fail)
    }

    /// An HTML publication is the text of the publication it belongs to: under statutory
    /// guidance it is guidance (a syllabus's programmes of study), asked whether it was assessed;
    /// under a policy paper it stays a report of its own.
    func testAnHTMLPublicationOfStatutoryGuidanceIsGuidance() throws {
        let syllabus = String(
            repeating: "<p>Pupils in key stage 2 should be taught to name the bones of the arm and leg, to measure their pulse after running and to explain why children need sleep and water each day.</p>",
            count: 6)
        func item(parent: String) -> String {
            #"{"base_path": "/government/publications/science-programmes/science-programmes-of-study", "document_type": "html_publication", "schema_name": "html_publication", "title": "Science programmes of study", "details": {"body": "\#(syllabus)"}, "links": {"parent": [{"title": "Science programmes of study", "document_type": "\#(parent)"}], "organisations": [{"title": "Department for Education"}]}}"#
        }
        let guidance = try check(item(parent: "statutory_guidance"))
        XCTAssertEqual(guidance.kind.kind, .guidance)
        XCTAssertEqual(guidance.kind.evidence, #"GOV.UK document_type "html_publication", the text of a "statutory_guidance" publication (its links.parent)"#)
        XCTAssertEqual(guidance.results.first { $0.ruleID == "child-rights-assessment-published" }?.outcome, .fail)
        XCTAssertEqual(try check(item(parent: "policy_paper")).kind.kind, .other)
    }
    /// "Foster" and "adopt" as verbs ("foster closer ties", "to foster trade", "foster the next
    /// generation's links") and the adoption of a text ("the adoption and implementation of the
    /// recommendations") name an act, not foster care or adoption: a joint statement whose only
    /// word for children is one clause in a list of aims is not relevant, and is not asked for
    /// a child rights impact assessment. Foster care and the adoption of children stay theirs.
    func testFosterAndAdoptionAsVerbsAndActsOnTextsNameNoChildren() throws {
        func page(_ body: String) -> String {
            #"{"base_path": "/government/publications/joint-statement", "document_type": "policy_paper", "schema_name": "publication", "title": "Joint statement of two ministers", "details": {"body": "\#(body)"}}"#
        }
        let aims =
            "<p>Our two countries will foster closer ties between universities and work to foster trade in clean energy. We will foster the next generation of researchers, support the adoption and implementation of the recommendations of the trade panel, and the adoption of common port rules. Our aid will build roads, clean water supplies and clinics, tackle famine and protect the health of mothers and children.</p>"
            + String(repeating: "<p>The ministers agreed to meet each year, to open a joint office for exporters and to share data on shipping, customs and the supply of rare metals.</p>", count: 4)
        let statement = try check(page(aims))
        XCTAssertEqual(statement.relevance, .none, "\(statement.relevanceJudgement)")
        XCTAssertNotEqual(statement.results.first { $0.ruleID == "child-rights-assessment-published" }?.outcome, .fail)
        let basis = Evaluator.analyse(try proposal(page(aims)), pack: try Self.pack.get())
        XCTAssertTrue(basis.quotes.contains { $0.note?.hasPrefix("names an act, not people: foster") ?? false }, "\(basis.quotes.map(\.note))")
        let care = String(
            repeating:
                "<p>Councils will recruit more foster carers and speed up the adoption of children who wait for a family. Children in foster care will keep their school place when they move, and to foster a child a carer needs a spare room.</p>",
            count: 3)
        XCTAssertEqual(try check(page(care)).relevance, .direct)
    }
}
