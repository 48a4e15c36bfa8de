import Foundation
import XCTest

@testable import CriaKit

/// The legislation lens on real statutes: provisions that affect children with the articles
/// they engage, and the Convention's standards held to them.
final class LegislationLensTests: XCTestCase {
    static var pack: CompiledPack?

    private func assess(_ file: String) throws -> Assessment {
        let corpus = CorpusRelevanceTests.corpus
        guard FileManager.default.fileExists(atPath: corpus.path) else { throw XCTSkip("no corpus at \(corpus.path)") }
        let pack = try Self.pack ?? CompiledPack(RuleLoader().load(directory: CorpusRelevanceTests.packageRoot.appendingPathComponent("rules").path))
        Self.pack = pack
        return try Evaluator(pack: pack).check(Proposal(document: try DocumentLoader().load(path: corpus.appendingPathComponent(file).path)))
    }

    func testYouthCriminalJusticeActListsItsProvisionsAndArticles() throws {
        let act = try assess("canada-laws-lois-xml/eng/acts/Y-1.5.xml")
        XCTAssertEqual(act.kind.kind, .legislation)
        let engaged = Set(act.provisions.flatMap(\.articles))
        XCTAssertTrue(engaged.isSuperset(of: [37, 40, 3, 12, 8, 30]), "\(engaged.sorted())")
        // Section 64: an application for an adult sentence from the age of 14.
        let adultSentence = try XCTUnwrap(act.provisions.first { $0.number == "64" })
        XCTAssertEqual(adultSentence.heading, "Application by Attorney General")
        XCTAssertTrue(adultSentence.articles.contains(37) && adultSentence.articles.contains(40))
        XCTAssertEqual(adultSentence.path, "/Statute/Body[1]/Section[68]")
        XCTAssertTrue(adultSentence.text.hasPrefix("The Attorney General may, before evidence is called"), adultSentence.text)
        let fail = try XCTUnwrap(act.results.first { $0.ruleID == "legislation-art37-40-no-adult-sentence" && $0.path == adultSentence.path })
        XCTAssertEqual(fail.outcome, .fail)
        XCTAssertEqual(fail.sectionTitle, "64 Application by Attorney General")
        // The definition of "young person" from twelve: below GC24's 14.
        let age = try XCTUnwrap(act.results.first { $0.ruleID == "legislation-gc24-minimum-age-14" && $0.outcome == .fail })
        XCTAssertEqual(age.sectionTitle, "2 Definitions")
        XCTAssertTrue(age.evidence[0].text.contains("twelve years old or older"), age.evidence[0].text)
        // Pre-trial detention apart from adults meets 37(c); the section that sends a young
        // person of twenty to an adult facility is the one plain conflict.
        let separated = act.results.filter { $0.ruleID == "legislation-art37c-separated-from-adults" }
        XCTAssertTrue(separated.contains { $0.outcome == .pass })
        XCTAssertEqual(separated.filter { $0.outcome == .fail }.map(\.sectionTitle), ["89 Exception if young person is twenty years old or older"])
        // No CRIA-process rule and no screening error on an Act.
        XCTAssertFalse(act.results.contains { $0.ruleID.hasPrefix("screening") && $0.outcome != .notApplicable })
    }

    func testFirstNationsInuitMetisChildrenActListsItsProvisionsAndArticles() throws {
        let act = try assess("canada-laws-lois-xml/eng/acts/F-11.73.xml")
        let engaged = Set(act.provisions.flatMap(\.articles))
        XCTAssertTrue(engaged.isSuperset(of: [3, 12, 8, 30]), "\(engaged.sorted())")
        let bestInterests = try XCTUnwrap(act.provisions.first { $0.number == "10" })
        XCTAssertEqual(bestInterests.heading, "Best interests of Indigenous child")
        XCTAssertTrue(bestInterests.articles.contains(3) && bestInterests.articles.contains(30) && bestInterests.articles.contains(8))
        XCTAssertEqual(bestInterests.engaged.first { $0.articles.contains(3) }?.topic, "best interests or welfare of the child")
    }

    func testAProposalHasNoProvisionsAndTheStandardsDoNotApply() throws {
        let sample = try Evaluator(pack: try Self.pack ?? CompiledPack(RuleLoader().load(directory: CorpusRelevanceTests.packageRoot.appendingPathComponent("rules").path)))
            .check(Proposal(document: try DocumentLoader().load(path: CorpusRelevanceTests.packageRoot.appendingPathComponent("samples/moj-youth-remand-reform.json").path)))
        XCTAssertTrue(sample.provisions.isEmpty)
        let standard = try XCTUnwrap(sample.results.first { $0.ruleID == "legislation-art37b-detention-last-resort" })
        XCTAssertEqual(standard.outcome, .notApplicable)
        XCTAssertEqual(standard.message, "Not applicable to assessments: this rule is for legislation.")
    }
}

extension LegislationLensTests {
    /// Children's work (Art 32) is a provision about a child's own work, not one that names
    /// employees and, apart from them, a child (an employees' compensation Act's definitions).
    func testChildrensWorkIsAChildsOwnWorkNotAnEmployeesDependant() throws {
        let act = """
            <Statute xml:lang="en"><Identification><LongTitle>Harbour Workers Compensation Act</LongTitle></Identification><Body>
            <Section><Label>2</Label><Text>In this Act, dependant means a spouse or child of an employee, and employment means work done by an employee under a contract of service with a harbour authority.</Text></Section>
            <Section><Label>7</Label><Text>No harbour authority shall employ a young person under the age of sixteen on a dock, and the employment of children on night shifts is prohibited.</Text></Section>
            </Body></Statute>
            """
        let pack = try Self.pack ?? CompiledPack(RuleLoader().load(directory: CorpusRelevanceTests.packageRoot.appendingPathComponent("rules").path))
        Self.pack = pack
        let provisions = try Evaluator(pack: pack).check(try proposal(act)).provisions
        let work = provisions.filter { $0.engaged.contains { $0.articles.contains(32) } }.map(\.number)
        XCTAssertEqual(work, ["7"])
    }

    /// An amending section of a bilingual statute that replaces a French section and then
    /// amends the English text: the French section is no provision of its own, so the amending
    /// section and its English words about children are listed.
    func testAnAmendingSectionAroundAFrenchSectionKeepsItsOwnText() throws {
        let statute = """
            <Bill xml:lang="en"><Identification><LongTitle>An Act to amend the Family Allowances Act</LongTitle></Identification><Body>
            <Section type="amending"><MarginalNote>Allowance</MarginalNote><Label>2.</Label>
            <Subsection><Label>(1)</Label><Text>Section 4 of the French version of the Act is replaced by the following:</Text>
            <AmendedText xml:lang="fr"><Section><MarginalNote>Allocation</MarginalNote><Label>4.</Label><Text>Une allocation est versée pour chaque enfant admissible.</Text></Section></AmendedText></Subsection>
            <Subsection><Label>(2)</Label><Text>Paragraph 4(b) of the Act is replaced by the following:</Text>
            <AmendedText><SectionPiece><Paragraph><Label>(b)</Label><Text>for each child under the age of six who lives with the parent, an allowance of $200 a month, paid to the parent who cares for the child and increased for a child with a disability.</Text></Paragraph></SectionPiece></AmendedText></Subsection>
            </Section></Body></Bill>
            """
        let pack = try Self.pack ?? CompiledPack(RuleLoader().load(directory: CorpusRelevanceTests.packageRoot.appendingPathComponent("rules").path))
        Self.pack = pack
        let assessment = try Evaluator(pack: pack).check(try proposal(statute))
        XCTAssertEqual(assessment.provisions.map(\.number), ["2."])
        let text = try XCTUnwrap(assessment.provisions.first?.text)
        XCTAssertTrue(text.contains("for each child under the age of six"), text)
        XCTAssertFalse(text.contains("enfant"), text)
    }

    /// Provision elements are named in any case; an ASCII label is compared byte by byte, any
    /// other lowercased as Swift lowercases it.
    func testProvisionLabelsMatchAnyCaseAndOnlyWholeNames() {
        let labels = ProvisionLabels(["Section", "P1group", "Artículo"])
        for label in ["section", "SECTION", "Section", "p1GROUP", "ARTÍCULO", "artículo"] {
            XCTAssertTrue(labels.contains(label), label)
        }
        for label in ["sections", "sectio", "", "P1", "Articulo", "Séction", "section "] {
            XCTAssertFalse(labels.contains(label), label)
        }
    }
}

extension LegislationLensTests {
    /// Art 37(b) is held to provisions that decide custody, not to those that act on a custody
    /// decided elsewhere ("When a young person is committed to custody, a youth worker is
    /// designated"), name it in a heading, or define words.
    func testCustodyStandardsAreHeldToDecisionsNotToWhatFollowsThem() throws {
        let act = try assess("canada-laws-lois-xml/eng/acts/Y-1.5.xml")
        let lastResort = act.results.filter { $0.ruleID == "legislation-art37b-detention-last-resort" }
        let held = Set(lastResort.compactMap(\.sectionTitle))
        for consequence in [
            "26 Notice in case of arrest and detained", "49 Warrant of committal", "84 Young person to be held apart from adults", "90 Youth worker", "119 Persons having access to records", "133 Transfer of charges",
            "97 Conditions to be included in custody and supervision order",
        ] {
            XCTAssertFalse(held.contains(consequence), consequence)
        }
        XCTAssertEqual(lastResort.filter { $0.outcome == .fail }.map(\.sectionTitle), ["45 Supervision when additional youth sentence extends the period in custody"])
        XCTAssertEqual(lastResort.filter { $0.outcome == .review }.count, 4, "\(lastResort.filter { $0.outcome == .review }.map(\.sectionTitle))")
        // A placement with a responsible person instead of custody is the alternative Art 37(b) asks for.
        XCTAssertEqual(lastResort.first { $0.sectionTitle == "31 Placement of young person in care of responsible person" }?.outcome, .pass)
        let separated = act.results.filter { $0.ruleID == "legislation-art37c-separated-from-adults" }
        XCTAssertFalse(separated.contains { $0.sectionTitle == "2 Definitions" })
        // A notice "stating the place of detention" reports the place; it does not decide it.
        XCTAssertFalse(separated.contains { $0.sectionTitle == "26 Notice in case of arrest and detained" })
    }

    /// The same in new words: a clause that presupposes the custody is no custody decision.
    func testAClausePresupposingCustodyIsNoCustodyDecision() throws {
        let pack = try Self.pack ?? CompiledPack(RuleLoader().load(directory: CorpusRelevanceTests.packageRoot.appendingPathComponent("rules").path))
        Self.pack = pack
        let act = try Evaluator(pack: pack).check(
            try proposal(
                """
                <Statute><Identification><LongTitle>An Act respecting youth centres</LongTitle></Identification><Body>
                <Section><Label>20</Label><MarginalNote>Caseworker</MarginalNote><Text>When a young person is committed to custody, the warden shall name a caseworker for the young person within two days.</Text></Section>
                <Section><Label>21</Label><MarginalNote>Custody</MarginalNote><Text>The judge may order that a young person be held in custody for up to a year.</Text></Section>
                </Body></Statute>
                """))
        let custody = act.results.filter { $0.ruleID == "legislation-art37b-detention-last-resort" }
        XCTAssertEqual(custody.map(\.sectionTitle), ["21 Custody"])
        XCTAssertEqual(custody.map(\.outcome), [.review])
    }
}
