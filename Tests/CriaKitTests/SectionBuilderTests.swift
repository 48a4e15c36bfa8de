import XCTest

@testable import CriaKit

final class SectionBuilderTests: XCTestCase {
    // MARK: Label words

    func testLabelWordsSplitEveryCaseStyle() {
        XCTAssertEqual(LabelWords.words("voiceOfTheChild"), "voice of the child")
        XCTAssertEqual(LabelWords.words("VoiceOfTheChild"), "voice of the child")
        XCTAssertEqual(LabelWords.words("voice_of_the_child"), "voice of the child")
        XCTAssertEqual(LabelWords.words("voice-of-the-child"), "voice of the child")
        XCTAssertEqual(LabelWords.words("XMLReader"), "xml reader")
        XCTAssertEqual(LabelWords.words("Q4Views"), "q 4 views")
        XCTAssertEqual(LabelWords.words("childrensViews"), "childrens views")
        XCTAssertEqual(LabelWords.words("screening.children"), "screening children")
        XCTAssertEqual(LabelWords.words("UNCRC"), "uncrc")
        XCTAssertEqual(LabelWords.words(""), "")
        // Labels with other characters take the character-by-character path.
        XCTAssertEqual(LabelWords.words("ÉtudeDeCas_2024"), "étude de cas 2024")
        XCTAssertEqual(LabelWords.words("line\r\nBreak"), "line\r\nbreak")
    }

    func testLabelKeysIgnoreCaseAndSeparators() {
        XCTAssertEqual(StructureVocabulary.key("section"), "section")
        XCTAssertEqual(StructureVocabulary.key("Section_Title"), "sectiontitle")
        XCTAssertEqual(StructureVocabulary.key("voice-of the.child"), "voiceofthechild")
        XCTAssertEqual(StructureVocabulary.key("Département"), "département")
        XCTAssertEqual(StructureVocabulary.key(""), "")
        XCTAssertEqual(StructureVocabulary.headingLevel("H2"), 2)
        XCTAssertNil(StructureVocabulary.headingLevel("h7"))
        XCTAssertNil(StructureVocabulary.headingLevel("hr"))
        XCTAssertNil(StructureVocabulary.headingLevel("h12"))
    }

    func testLetterWordsStopsOnceItHasEnough() {
        XCTAssertTrue(WordCounter.hasLetterWords("We asked pupils", atLeast: 3))
        XCTAssertFalse(WordCounter.hasLetterWords("2025-04-08T09:30 ok a", atLeast: 3))
        XCTAssertFalse(WordCounter.hasLetterWords("a b c d", atLeast: 1))
        XCTAssertTrue(WordCounter.hasLetterWords("élan vital — très", atLeast: 3))
        XCTAssertFalse(WordCounter.hasLetterWords("élan vital", atLeast: 3))
        XCTAssertEqual(WordCounter.countLetterWords("élan vital — très"), 3)
    }

    // MARK: Titles

    func testSectionTitlesFromTitleHeadingAndQuestionChildren() throws {
        let p = try proposal(
            """
            <proposal>
              <part><title>Children's views</title><p>We asked 40 pupils what they thought.</p></part>
              <part><heading>Best interests</heading><p>We weighed their interests first.</p></part>
              <q><question>Who is affected?</question><answer>Pupils aged 11 to 16 in rural areas.</answer></q>
            </proposal>
            """)
        XCTAssertEqual(p.root.children.map(\.title), ["Children's views", "Best interests", "Who is affected?"])
        XCTAssertEqual(p.root.children.map(\.titleSource), [.field, .field, .field])
        // The title field is not text of the section; the paragraph is.
        XCTAssertEqual(p.section("Children's views")?.segments.map(\.text), ["We asked 40 pupils what they thought."])
        XCTAssertEqual(p.section("Who is affected?")?.segments.map(\.text), ["Pupils aged 11 to 16 in rural areas."])
    }

    func testHdrElementsTitleDeeplyNestedSections() throws {
        let p = try proposal(
            """
            <assessment><part><hdr>Assessment against the UNCRC</hdr>
              <chapter><hdr>Article 3: best interests</hdr><para>Best interests were weighed against court capacity.</para></chapter>
            </part></assessment>
            """)
        XCTAssertEqual(p.root.children.map(\.title), ["Assessment against the UNCRC"])
        XCTAssertEqual(p.section("Article 3: best interests")?.segments.map(\.text), ["Best interests were weighed against court capacity."])
    }

    func testProseAttributesReadAsTheElementsText() throws {
        let p = try proposal(
            """
            <impactAssessment>
              <section heading="Children's views" text="We held 16 workshops with 190 young people aged 10 to 17."/>
              <section heading="Rights engaged"><row article="34" impact="positive" text="Article 34: protects children from sexual exploitation."/></section>
              <section heading="Status" text="final"/>
            </impactAssessment>
            """)
        XCTAssertEqual(p.section("Children's views")?.segments.map(\.text), ["We held 16 workshops with 190 young people aged 10 to 17."])
        XCTAssertTrue(p.section("Rights engaged")?.subtree.flatMap(\.segments).map(\.text).joined().contains("sexual exploitation") ?? false)
        // A one-word attribute is a fact, not prose.
        XCTAssertEqual(p.section("Status")?.segments.count ?? 0, 0)
    }

    func testSectionTitlesFromAttributesAndNumberWithHeading() throws {
        let p = try proposal(
            """
            <doc>
              <section title="Evidence"><p>Figures from the 2023 census of schools.</p></section>
              <Chapter Number="4" Heading="Children and young people's views"><P>We met forty four children.</P></Chapter>
              <clause><num>3</num><heading>Best interests</heading><p>The interests of the child were weighed.</p></clause>
              <impact article="28" direction="positive"><p>Education improves for every pupil here.</p></impact>
            </doc>
            """)
        XCTAssertEqual(
            p.root.children.map(\.title),
            [
                "Evidence",
                "4 Children and young people's views",
                "3 Best interests",
                "impact: article 28, direction positive",
            ])
        XCTAssertEqual(p.root.children.map(\.titleSource), [.field, .field, .field, .label])
    }

    /// Regression: title attributes were looked up case-sensitively, so the DfE kinship
    /// report's `<Chapter Number="4" Heading="...">` came out as "chapter: number 4".
    func testTitleAttributesInAnyCaseStyle() throws {
        let p = try proposal(
            """
            <Report>
              <Chapter Number="1" Heading="Background"><P>Kinship carers look after children.</P></Chapter>
              <Part TITLE="Screening"><P>The pilot affects children directly.</P></Part>
              <Section Caption="Evidence"><P>Two local authority surveys.</P></Section>
            </Report>
            """)
        XCTAssertEqual(p.root.children.map(\.title), ["1 Background", "Screening", "Evidence"])
        XCTAssertEqual(p.root.children.map(\.titleSource), [.field, .field, .field])
    }

    func testLabelsBecomeTitlesForProseLeavesAndContainers() throws {
        let p = try proposal(
            """
            {"voiceOfTheChild": "We held workshops with 240 pupils aged 11 to 16.",
             "best_interests": {"summary": "Children's interests came first in every option."},
             "equality-impact": "Disabled pupils and young carers benefit most from this.",
             "id": "AB-12", "version": "2"}
            """)
        XCTAssertEqual(p.root.children.map(\.title), ["voice of the child", "best interests", "equality impact"])
        XCTAssertEqual(p.root.children.map(\.titleSource), [.label, .label, .label])
        // A prose leaf in a container becomes a subsection named by its key.
        XCTAssertEqual(p.section("best interests")?.children.map(\.title), ["summary"])
    }

    func testJSONHeadingBlocksOpenSectionsByLevel() throws {
        let p = try proposal(
            """
            {"content": [
              {"type": "heading", "level": 2, "text": "Screening"},
              {"type": "paragraph", "text": "This affects children in low income households."},
              {"type": "heading", "level": 3, "text": "Who is affected"},
              {"type": "list", "items": ["Lone parents with two children", "Large families on benefits"]},
              {"type": "heading", "level": 2, "text": "Evidence"},
              {"type": "paragraph", "text": "DWP statistics for 2023 show the effect."}
            ]}
            """)
        XCTAssertEqual(
            p.outline,
            [
                "Screening@2:3 /content/0",
                "  Who is affected@4:3 /content/2",
                "Evidence@6:3 /content/4",
            ])
        XCTAssertEqual(p.section("Screening")?.segments.map(\.text), ["This affects children in low income households."])
        XCTAssertEqual(p.section("Who is affected")?.segments.map(\.text), ["Lone parents with two children", "Large families on benefits"])
        XCTAssertEqual(p.section("Evidence")?.level, 2)
        XCTAssertEqual(p.section("Who is affected")?.level, 3)
        XCTAssertEqual(p.section("Screening")?.titleSource, .heading)
    }

    func testHTMLHeadingsInsideAJSONStringNest() throws {
        let p = try proposal(
            """
            {"base_path": "/government/publications/x", "document_type": "impact_assessment", "schema_name": "publication",
             "title": "Youth remand reform",
             "details": {"body": "<h2>1. Summary</h2><p>We change remand for children.</p><h3>1.1 Scope</h3><p>Children aged 10 to 17.</p><h2>2. Views of children</h2><p>We met 63 children.</p>"}}
            """)
        XCTAssertEqual(p.format, .govukContentItem)
        XCTAssertEqual(p.metadata.title, "Youth remand reform")
        XCTAssertEqual(p.root.children.map(\.title), ["1. Summary", "2. Views of children"])
        XCTAssertEqual(p.section("1. Summary")?.children.map(\.title), ["1.1 Scope"])
        XCTAssertEqual(p.section("1. Summary")?.segments.map(\.text), ["We change remand for children."])
        XCTAssertEqual(p.section("1.1 Scope")?.segments.map(\.text), ["Children aged 10 to 17."])
        XCTAssertEqual(p.section("2. Views of children")?.segments.map(\.text), ["We met 63 children."])
        XCTAssertEqual(p.section("1.1 Scope")?.level, 3)
    }

    func testParagraphsFeedTheirParentAndWrappersAreTransparent() throws {
        let p = try proposal(
            """
            {"sections": [
              {"heading": "Consultation", "text": "We consulted parents and schools.", "paragraphs": ["And then we asked the pupils."]},
              {"heading": "Evidence", "body": {"p": "National pupil data, 2024."}}
            ]}
            """)
        XCTAssertEqual(p.root.children.map(\.title), ["Consultation", "Evidence"])
        XCTAssertEqual(p.section("Consultation")?.segments.map(\.text), ["We consulted parents and schools.", "And then we asked the pupils."])
        XCTAssertEqual(p.section("Evidence")?.segments.map(\.text), ["National pupil data, 2024."])
        XCTAssertEqual(p.section("Consultation")?.path, "/sections/0")
        XCTAssertTrue(p.section("Consultation")!.children.isEmpty)
    }

    func testAJSONArrayUnderANamingKeyIsASection() throws {
        let p = try proposal(
            """
            {"Title": "Pitch fund",
             "Sections": {
               "What young people told us": ["Young people said cost mattered most.", "As a result, under-18s get free hours."],
               "Consultation": ["Clubs answered the survey."]
             }}
            """)
        XCTAssertEqual(p.section("what young people told us")?.segments.map(\.text), ["Young people said cost mattered most.", "As a result, under-18s get free hours."])
        XCTAssertEqual(p.section("what young people told us")?.path, "/Sections/What young people told us")
        XCTAssertEqual(p.section("consultation")?.segments.map(\.text), ["Clubs answered the survey."])
    }

    func testUnderscoreAndDollarJSONMembersAreNotesNotProse() throws {
        let p = try proposal(
            """
            {"_guidance": "Say which children are affected and how many.",
             "$comment": "Written from the cria template.",
             "screening": {"_guidance": "Does the proposal affect children under 18?", "text": "Yes, 4.4 million pupils aged 4 to 11."},
             "_embedded": {"notes": "An object under an underscore name is still read."}}
            """)
        XCTAssertEqual(p.root.children.map(\.title), ["screening", "embedded"])
        XCTAssertEqual(p.section("screening")?.text, "Yes, 4.4 million pupils aged 4 to 11.")
        XCTAssertFalse(p.sections.contains { $0.text.contains("Say which children") || $0.text.contains("Does the proposal") })
        // In XML an element may start with an underscore, and is read as usual.
        let x = try proposal("<doc><_remark>We consulted 40 pupils in three schools.</_remark></doc>")
        XCTAssertEqual(x.root.children.first?.text, "We consulted 40 pupils in three schools.")
    }

    func testXMLParagraphsFeedTheSectionWithMixedContent() throws {
        let p = try proposal(
            """
            <proposal>
              <consultation>
                <p>We consulted <em>parents</em> and schools.</p>
                <ul><li>Twelve workshops</li><li>One survey</li></ul>
              </consultation>
            </proposal>
            """)
        let section = try XCTUnwrap(p.section("consultation"))
        XCTAssertEqual(section.segments.map(\.text), ["We consulted parents and schools.", "Twelve workshops", "One survey"])
        XCTAssertEqual(section.wordCount, 9)
        XCTAssertEqual(p.sections.count, 1)
    }

    // MARK: Word counts

    func testWordCountsIncludeSubsections() throws {
        let p = try proposal(
            """
            <doc>
              <section title="Outer"><p>One two three.</p>
                <section title="Inner"><p>Child's rights 11-16 here.</p></section>
              </section>
            </doc>
            """)
        let outer = try XCTUnwrap(p.section("Outer"))
        XCTAssertEqual(outer.ownWordCount, 3)
        XCTAssertEqual(p.section("Inner")?.wordCount, 4)
        XCTAssertEqual(outer.wordCount, 7)
        XCTAssertEqual(p.root.wordCount, 7)
        XCTAssertEqual(WordCounter.count("children's rights, aged 11-16 — and “more”"), 6)
    }

    // MARK: Locations and paths

    func testSectionLocationsAndPathsInXML() throws {
        let p = try proposal(
            """
            <?xml version="1.0"?>
            <proposal>
              <section title="A"><p>First section has words.</p></section>
                <section title="B">
                  <section title="B1"><p>Nested section words.</p></section>
                </section>
            </proposal>
            """)
        XCTAssertEqual(
            p.outline,
            [
                "A@3:3 /proposal/section[1]",
                "B@4:5 /proposal/section[2]",
                "  B1@5:7 /proposal/section[2]/section[1]",
            ])
    }

    func testSectionLocationsAndPathsInJSON() throws {
        let p = try proposal(
            """
            {
              "screening": {
                "affectsChildren": "Yes, pupils aged 11 to 18 in rural areas.",
                "reason": "They travel to school by bus every day."
              },
              "sections": [
                {"title": "Evidence", "text": "Census data shows 9,600 pupils use the buses."}
              ]
            }
            """)
        XCTAssertEqual(
            p.outline,
            [
                "screening@2:3 /screening",
                "  affects children@3:5 /screening/affectsChildren",
                "  reason@4:5 /screening/reason",
                "Evidence@7:5 /sections/0",
            ])
    }

    // MARK: Metadata

    func testMetadataFromChildElementsAttributesAndJSONMembers() throws {
        let xml = try proposal(
            """
            <policy-appraisal department="DCMS" ref="DCMS-2025-07" date="2025-03-01">
              <title>Youth clubs and play fund</title>
              <p>Body text.</p>
            </policy-appraisal>
            """)
        XCTAssertEqual(xml.metadata, DocumentMetadata(title: "Youth clubs and play fund", department: "DCMS", date: "2025-03-01", reference: "DCMS-2025-07"))

        let nested = try proposal(
            """
            <ChildRightsImpactAssessment>
              <DocumentDetails><Title>School attendance mentors</Title><Department>Department for Education</Department>
                <Reference>DFE-CRIA-0042</Reference><DateOfAssessment>2025-01-15</DateOfAssessment></DocumentDetails>
              <Summary><P>Mentors for pupils who are persistently absent from school.</P></Summary>
            </ChildRightsImpactAssessment>
            """)
        XCTAssertEqual(nested.metadata, DocumentMetadata(title: "School attendance mentors", department: "Department for Education", date: "2025-01-15", reference: "DFE-CRIA-0042"))
        // The metadata container is not a section.
        XCTAssertEqual(nested.root.children.map(\.title), ["summary"])

        let json = try proposal(
            """
            {"meta": {"docTitle": "UC deductions cap", "owner": "DWP", "ref": "DWP-UC-19", "created": "2025-02-02"},
             "content": [{"type": "paragraph", "text": "Text."}]}
            """)
        XCTAssertEqual(json.metadata, DocumentMetadata(title: "UC deductions cap", department: "DWP", date: "2025-02-02", reference: "DWP-UC-19"))

        let organisations = try proposal(
            """
            {"title": "Loot boxes", "public_updated_at": "2025-05-01", "base_path": "/x", "document_type": "guide", "schema_name": "guide",
             "content_id": "5f1c", "links": {"organisations": [{"title": "DCMS"}, {"title": "Ofcom"}]}, "details": {"body": "<p>Hi</p>"}}
            """)
        XCTAssertEqual(organisations.metadata.title, "Loot boxes")
        XCTAssertEqual(organisations.metadata.department, "DCMS; Ofcom")
        XCTAssertEqual(organisations.metadata.date, "2025-05-01")
        XCTAssertEqual(organisations.metadata.reference, "5f1c")
    }

    /// Regression: metadata was taken from any node near the top, so a section's title
    /// attribute became the document title ("Purpose of this assessment", "Background") and
    /// a form field's `id` became its reference ("proposal.summary").
    func testMetadataIsNotTakenFromSections() throws {
        let p = try proposal(
            """
            <document>
              <section title="Purpose of this assessment" id="s1"><p>This note assesses the impact on children.</p></section>
            </document>
            """)
        XCTAssertNil(p.metadata.title)
        XCTAssertNil(p.metadata.reference)
        let json = try proposal(
            """
            {"sections": [{"heading": "Consultation", "text": "We consulted parents and schools about the change."}]}
            """)
        XCTAssertNil(json.metadata.title)
        XCTAssertEqual(json.root.title, "")
    }

    func testMetadataFromLabelledFields() throws {
        let form = try proposal(
            """
            <FormExport system="DfT Policy Clearance">
              <Field id="doc.title" label="Title">Bus grant reallocation</Field>
              <Field id="doc.department" label="Department">Department for Transport</Field>
              <Field id="doc.reference" label="Reference">DFT-BUS-2025-118</Field>
              <Field id="proposal.summary" label="Summary of proposal"><Para>From April 2026 the grant ends.</Para></Field>
            </FormExport>
            """)
        XCTAssertEqual(form.metadata.title, "Bus grant reallocation")
        XCTAssertEqual(form.metadata.department, "Department for Transport")
        XCTAssertEqual(form.metadata.reference, "DFT-BUS-2025-118")
        let keyed = try proposal(
            """
            <document><meta><name key="title">Tax-Free Childcare</name><name key="date">2025-06-02</name></meta>
              <section title="Purpose"><p>Text of the purpose.</p></section></document>
            """)
        XCTAssertEqual(keyed.metadata.title, "Tax-Free Childcare")
        XCTAssertEqual(keyed.metadata.date, "2025-06-02")
        let wrapped = try proposal(
            """
            {"Note": {"Title": "Business rates relief", "Department": "HM Treasury",
              "Background": "\(String(repeating: "Long prose about the relief. ", count: 20))"}}
            """)
        XCTAssertEqual(wrapped.metadata.title, "Business rates relief")
        XCTAssertEqual(wrapped.metadata.department, "HM Treasury")
    }

    func testMetadataIgnoresLongValuesAndFillsOnlyWhatIsMissing() throws {
        let p = try proposal(
            """
            {"title": "\(String(repeating: "word ", count: 45))", "name": "Short title", "department": "HMT"}
            """)
        XCTAssertEqual(p.metadata.title, "Short title")
        XCTAssertEqual(p.metadata.department, "HMT")
        XCTAssertNil(p.metadata.date)
        XCTAssertNil(p.metadata.reference)
    }
}
