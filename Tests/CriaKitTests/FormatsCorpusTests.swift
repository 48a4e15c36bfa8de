import Foundation
import XCTest

@testable import CriaKit

/// Every real document in `../shared/corpus` is read with the right format, its metadata
/// and a section tree whose headings are the document's own.
final class FormatsCorpusTests: XCTestCase {
    static let corpus = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/corpus")

    static let expectedFormat: [String: DocumentFormat] = [
        "govuk-publishing-api-examples": .govukContentItem, "govuk-content-schemas-archived": .govukContentItem,
        "clml-legislation-gov-uk": .clml, "akn-uk-legislation": .akomaNtoso, "canada-laws-lois-xml": .xml,
        "uslm-us-bills": .uslm, "us-billstatus": .xml,
    ]

    private func corpusFiles() throws -> [String] {
        guard FileManager.default.fileExists(atPath: Self.corpus.path) else { throw XCTSkip("no corpus at \(Self.corpus.path)") }
        let enumerator = FileManager.default.enumerator(atPath: Self.corpus.path)
        var files: [String] = []
        while let relative = enumerator?.nextObject() as? String {
            if ["xml", "json", "html"].contains((relative as NSString).pathExtension.lowercased()) { files.append(relative) }
        }
        return files.sorted()
    }

    private func load(_ relative: String) throws -> Proposal {
        let path = Self.corpus.appendingPathComponent(relative).path
        guard FileManager.default.fileExists(atPath: path) else { throw XCTSkip("no corpus file \(relative)") }
        return Proposal(document: try DocumentLoader().load(path: path))
    }

    private func expectedFormat(_ relative: String) -> DocumentFormat {
        let folder = String(relative.split(separator: "/")[0])
        if let format = Self.expectedFormat[folder] { return format }
        if relative.hasSuffix(".html") { return .html }
        let name = relative.split(separator: "/").last.map(String.init) ?? relative
        return name.contains(".akn") || name == "akn4eu.xml" || name.hasPrefix("DIR-") ? .akomaNtoso : .xml
    }

    func testEveryFileReadsWithItsFormatTitleAndSections() throws {
        let files = try corpusFiles()
        XCTAssertGreaterThan(files.count, 80)
        for relative in files {
            let proposal: Proposal
            do { proposal = try load(relative) } catch { XCTFail("\(relative): \(error)"); continue }
            XCTAssertEqual(proposal.format, expectedFormat(relative), relative)
            if !relative.contains("fmx") {
                XCTAssertFalse(proposal.metadata.title?.isEmpty ?? true, "\(relative): no title")
            }
            if proposal.metadata.metadataOnly || relative.contains("mainstream_browse_page") {
                XCTAssertEqual(proposal.sections.count, 0, relative)
            } else {
                XCTAssertGreaterThan(proposal.sections.count, 0, relative)
            }
            for section in proposal.sections.prefix(50) {
                XCTAssertTrue(section.location.isKnown, "\(relative): \(section.title) has no location")
            }
        }
    }

    private func headings(_ proposal: Proposal, depth: Int = 1) -> [String] {
        proposal.sections.filter { section in
            var d = 0, s: Section? = section
            while let parent = s?.parent { d += 1; s = parent }
            return d <= depth
        }.map(\.title)
    }

    func testGOVUKGuidePartsAndHeadings() throws {
        let proposal = try load("govuk-publishing-api-examples/guide/frontend/guide.json")
        XCTAssertEqual(proposal.metadata.title, "The national curriculum")
        XCTAssertEqual(proposal.metadata.department, "Department for Education")
        XCTAssertEqual(headings(proposal), ["Overview", "Key stage 1 and 2", "Key stage 3 and 4", "Other compulsory subjects"])
        let overview = proposal.root.children[0]
        XCTAssertEqual(overview.children.map(\.title), ["Key stages"])
        XCTAssertEqual(overview.children[0].children.map(\.title), ["Assessments"])
    }

    func testGOVUKAttachmentsAndArchivedPolicy() throws {
        let consultation = try load("govuk-publishing-api-examples/consultation/frontend/consultation_outcome_with_featured_attachments.json")
        XCTAssertEqual(consultation.metadata.department, "Ofqual")
        XCTAssertTrue(consultation.metadata.extra.contains { $0.key == "attachments" && $0.value == "4" })
        let policy = try load("govuk-content-schemas-archived/policy/frontend/policy_area.json")
        XCTAssertEqual(policy.metadata.title, "Benefits Reform")
        XCTAssertEqual(policy.metadata.department, "Department for Work and Pensions")
    }

    func testCLMLActSections() throws {
        let act = try load("clml-legislation-gov-uk/ukpga_20210005_en.xml")
        XCTAssertEqual(act.metadata.title, "Ministerial and other Maternity Allowances Act 2021")
        XCTAssertEqual(act.metadata.department, "UK Parliament")
        XCTAssertEqual(act.metadata.extra.map(\.key).prefix(3), ["type", "year", "number"])
        XCTAssertEqual(act.metadata.extra.first { $0.key == "number" }?.value, "5")
        XCTAssertEqual(headings(act), ["Introductory text", "Ministerial maternity allowances", "Opposition maternity allowances", "Extent, etc"])
        let first = try XCTUnwrap(act.sections.first { $0.title == "1 Payment of maternity allowance: Ministerial office" })
        XCTAssertEqual(first.location, SourceLocation(line: 82, column: 9))
        XCTAssertTrue(first.segments.first?.text.hasPrefix("(1) ") ?? false, first.segments.first?.text ?? "")
    }

    func testCLMLSchedulesNotesAndMetadataOnly() throws {
        let si = try load("clml-legislation-gov-uk/uksi_20031153_en.xml")
        XCTAssertEqual(si.metadata.extra.first?.value, "United Kingdom Statutory Instrument")
        let titles = si.sections.map(\.title)
        XCTAssertTrue(titles.contains("2 Interpretation"), "\(titles)")
        XCTAssertTrue(titles.contains { $0.hasPrefix("SCHEDULE 1") }, "\(titles)")
        XCTAssertTrue(titles.contains("EXPLANATORY NOTE"), "\(titles)")
        let record = try load("clml-legislation-gov-uk/ukpga-1991-48-metadata.xml")
        XCTAssertTrue(record.metadata.metadataOnly)
        XCTAssertEqual(record.metadata.title, "Child Support Act 1991")
        XCTAssertTrue(SectionTreeReport.text(record, relevance: nil).contains("metadata only: no prose"))
    }

    func testAkomaNtosoUKAndEU() throws {
        let act = try load("akn-uk-legislation/ssi-2017-126-enacted-data.akn.xml")
        XCTAssertEqual(act.metadata.title, "The Mental Health (Scotland) Act 2015 (Commencement No. 3) Order 2017")
        XCTAssertEqual(act.metadata.department, "Scottish Government")
        XCTAssertEqual(act.metadata.date, "2017-04-20")
        XCTAssertTrue(act.metadata.extra.contains { $0.key == "country" && $0.value == "GB-SCT" })
        XCTAssertTrue(act.sections.map(\.title).contains("2 Appointed day"))
        let directive = try load("eu-formex-akn4eu/DIR-cmcxketrh00ca8x00qxqd29bn-en.xml")
        XCTAssertTrue(directive.sections.map(\.title).contains("Chapter I General provisions"))
        XCTAssertTrue(directive.sections.map(\.title).contains("Article 2 Definitions"))
        XCTAssertFalse(directive.sections.contains { $0.path.contains("/meta") })
    }

    func testHTMLCommissionProposal() throws {
        let page = try load("eu-formex-akn4eu/COM(2025)6.html")
        XCTAssertEqual(page.format, .html)
        XCTAssertTrue(page.metadata.title?.hasPrefix("COUNCIL DECISION on the position") ?? false, page.metadata.title ?? "")
        XCTAssertTrue(page.sections.map(\.title).contains("CONTEXT OF THE PROPOSAL"))
    }

    func testOtherLegislationFolders() throws {
        let canada = try load("canada-laws-lois-xml/eng/acts/C-3.55.xml")
        XCTAssertEqual(canada.metadata.title, "An Act respecting early learning and child care in Canada")
        let status = try load("us-billstatus/BILLSTATUS-116hr5053.xml")
        XCTAssertEqual(status.metadata.title, "Justice for Juveniles Act")
    }

    func testUSLMBillsAndPublicLaws() throws {
        let bill = try load("uslm-us-bills/H1000_IH.XML")
        XCTAssertEqual(bill.format, .uslm)
        XCTAssertEqual(bill.metadata.title, "116 HR 1000 IH: To establish a National Full Employment Trust Fund to create employment opportunities for the unemployed, and for other purposes.")
        XCTAssertEqual(bill.metadata.department, "United States House of Representatives")
        XCTAssertEqual(bill.metadata.date, "2019-02-06")
        XCTAssertEqual(bill.metadata.reference, "116 HR 1000 IH")
        XCTAssertEqual(bill.metadata.extra.map { "\($0.key)=\($0.value)" }, ["type=House Bill", "stage=Introduced in House", "congress=116", "number=1000"])
        // A public law's creators are archivists: the department is Congress; it states no date.
        let law = try load("uslm-us-bills/113publ67-uslm.xml")
        XCTAssertEqual(law.metadata.department, "United States Congress")
        XCTAssertEqual(law.metadata.reference, "Public Law 113–67")
        XCTAssertEqual(law.metadata.extra.first { $0.key == "type" }?.value, "Public Law")
        // Legislation numbers its own articles: they are not read as the Convention's.
        XCTAssertFalse(DocumentFacts.readsArticleFields(law.format))
        XCTAssertTrue(DocumentFacts.readsArticleFields(.xml))
    }

    func testInspectNamesEachFormat() throws {
        for (file, name) in [
            ("govuk-publishing-api-examples/guide/frontend/guide.json", "govuk-content-item"),
            ("clml-legislation-gov-uk/ukpga_20210005_en.xml", "clml"),
            ("akn-uk-legislation/ssi-2017-126-enacted-data.akn.xml", "akoma-ntoso"),
            ("eu-formex-akn4eu/COM(2025)6.html", "html"),
            ("uslm-us-bills/S1900_RS.xml", "uslm"),
            ("us-billstatus/BILLSTATUS-116hr5053.xml", "xml"),
        ] {
            XCTAssertTrue(SectionTreeReport.text(try load(file), relevance: nil).contains("(\(name))"), file)
        }
    }
}
