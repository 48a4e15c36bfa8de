import Foundation
import XCTest

@testable import CriaKit

/// Legislation's relevance judged by its provisions: children who appear only as an adult's
/// dependants or survivors are reached indirectly, and children named only in a preamble are
/// not reached at all; in neither is a child rights impact assessment of its own expected.
final class LegislationRelevanceTests: XCTestCase {
    static let pack = Result { CompiledPack(try RuleLoader().load(directory: CorpusRelevanceTests.packageRoot.appendingPathComponent("rules").path)) }

    private func check(_ statute: String) throws -> Assessment {
        try Evaluator(pack: try Self.pack.get()).check(proposal(statute, file: "statute.xml"))
    }

    private func assessed(_ assessment: Assessment) throws -> RuleResult {
        try XCTUnwrap(assessment.results.first { $0.ruleID == "child-rights-assessment-published" })
    }

    /// A pension scheme's survivor and school-age children's allowances: the children share an adult's entitlement.
    static let pilotsPensions = """
        <Statute><Identification><LongTitle>An Act respecting pensions for harbour pilots</LongTitle></Identification><Body>
        <Section><Label>3</Label><MarginalNote>Pension</MarginalNote><Text>A pilot who retires after twenty years of service is entitled to a pension equal to two per cent of average salary for each year of service.</Text></Section>
        <Section><Label>4</Label><MarginalNote>Allowance to survivor and children</MarginalNote><Text>On the death of a pensioner, the survivor is entitled to an allowance equal to half the pension, and each child of the deceased pensioner who is under eighteen years of age is entitled to an allowance of one tenth of the pension.</Text></Section>
        <Section><Label>5</Label><MarginalNote>Children at school</MarginalNote><Text>A child of a deceased contributor who is under twenty-five years of age and in full-time attendance at school remains entitled to the allowance for children under section 4.</Text></Section>
        </Body></Statute>
        """

    func testChildrenOnlyAsSurvivorsOfAPensionerAreReachedIndirectlyAndNoAssessmentIsAsked() throws {
        let act = try check(Self.pilotsPensions)
        XCTAssertEqual(act.kind.kind, .legislation)
        XCTAssertEqual(act.relevance, .indirect)
        XCTAssertTrue(act.relevanceJudgement.childrenOnlyAsDependants)
        XCTAssertEqual(try assessed(act).outcome, .notApplicable)
        // What the provisions give the children is still listed, for a campaigner to read.
        XCTAssertEqual(act.provisions.map(\.number), ["4", "5"])
    }

    /// The same children's allowance, paid for the child's own care rather than from an adult's scheme.
    static let dentalBenefit = """
        <Statute><Identification><LongTitle>An Act respecting a dental benefit for young children</LongTitle></Identification><Body>
        <Section><Label>2</Label><MarginalNote>Application</MarginalNote><Text>A parent may apply for a dental benefit in respect of each child under twelve years of age who receives dental care in the year.</Text></Section>
        <Section><Label>3</Label><MarginalNote>Use of the benefit</MarginalNote><Text>The benefit is paid for the dental care of the child and may not be assigned, charged or seized.</Text></Section>
        </Body></Statute>
        """

    func testChildrenAsTheSubjectOfABenefitStillCallForAnAssessment() throws {
        let act = try check(Self.dentalBenefit)
        XCTAssertFalse(act.relevanceJudgement.childrenOnlyAsDependants)
        XCTAssertEqual(act.relevance, .direct)
        XCTAssertEqual(try assessed(act).outcome, .fail)
    }

    /// Children named in recitals only; the sections name a day of the year.
    static let lighthouseDay = """
        <Statute><Identification><LongTitle>An Act to establish National Lighthouse Day</LongTitle></Identification>
        <Preamble><Provision><Text>Whereas lighthouses have guided fishing families home for two centuries, and children across the country learn of the keepers who tended them;</Text></Provision><Provision><Text>Whereas the keepers and their children lived at the lights in all weathers;</Text></Provision></Preamble><Body>
        <Section><Label>1</Label><MarginalNote>Short title</MarginalNote><Text>This Act may be cited as the National Lighthouse Day Act.</Text></Section>
        <Section><Label>2</Label><MarginalNote>National Lighthouse Day</MarginalNote><Text>Throughout Canada, in each year, the third Sunday of June is to be known as National Lighthouse Day.</Text></Section>
        </Body></Statute>
        """

    func testChildrenNamedOnlyInThePreambleMakeNoProvisionRelevant() throws {
        let act = try check(Self.lighthouseDay)
        XCTAssertEqual(act.relevance, .none)
        XCTAssertTrue(act.relevanceJudgement.childrenInNoProvision)
        XCTAssertEqual(try assessed(act).outcome, .notApplicable)
    }

    /// Real Acts that act on children keep their relevance: the YCJA and the Divorce Act.
    func testActsThatActOnChildrenAreNotReadAsDependantsOnly() throws {
        let corpus = CorpusRelevanceTests.corpus
        guard FileManager.default.fileExists(atPath: corpus.path) else { throw XCTSkip("no corpus at \(corpus.path)") }
        for file in ["Y-1.5.xml", "D-3.4.xml"] {
            let act = try Evaluator(pack: try Self.pack.get()).check(Proposal(document: try DocumentLoader().load(path: corpus.appendingPathComponent("canada-laws-lois-xml/eng/acts/\(file)").path)))
            XCTAssertEqual(act.relevance, .direct, file)
            XCTAssertFalse(act.relevanceJudgement.childrenOnlyAsDependants, file)
            XCTAssertEqual(try assessed(act).outcome, .fail, file)
        }
    }

    /// Art 37(c) is held to provisions that name where a young person is held, not to a hearing
    /// "held in relation to" an order, a youth sentence "transferred" to another court, or the
    /// remainder of a sentence served in the community.
    func testSeparationFromAdultsIsHeldOnlyToProvisionsThatNameAPlace() throws {
        let corpus = CorpusRelevanceTests.corpus
        guard FileManager.default.fileExists(atPath: corpus.path) else { throw XCTSkip("no corpus at \(corpus.path)") }
        let act = try Evaluator(pack: try Self.pack.get()).check(Proposal(document: try DocumentLoader().load(path: corpus.appendingPathComponent("canada-laws-lois-xml/eng/acts/Y-1.5.xml").path)))
        let held = Set(act.results.filter { $0.ruleID == "legislation-art37c-separated-from-adults" }.compactMap(\.sectionTitle))
        for moot in ["25 Right to counsel", "57 Transfer of youth sentence", "103 Review by youth justice court", "104 Continuation of custody"] {
            XCTAssertFalse(held.contains(moot), moot)
        }
        XCTAssertTrue(held.isSuperset(of: ["30 Designated place of temporary detention", "92 Transfer to adult facility", "93 When young person reaches twenty years of age"]), "\(held.sorted())")
    }

    /// "Not criminally responsible on account of mental disorder" is a verdict on an accused's
    /// mind: a provision on it, in an Act about offences against children, sets no age of
    /// criminal responsibility.
    func testAMentalDisorderVerdictIsNoAgeOfCriminalResponsibility() throws {
        let act = try check(
            """
            <Statute><Identification><LongTitle>An Act respecting hearings about offences against children</LongTitle></Identification><Body>
            <Section><Label>7</Label><MarginalNote>Hearing</MarginalNote><Text>Where a review panel holds a hearing about an accused found not criminally responsible on account of mental disorder for an offence against a child, no person shall publish anything that could identify the child.</Text></Section>
            <Section><Label>8</Label><MarginalNote>Witness</MarginalNote><Text>A child who is a witness at the hearing may give evidence behind a screen.</Text></Section>
            </Body></Statute>
            """)
        let age = act.results.filter { $0.ruleID == "legislation-gc24-minimum-age-14" }
        XCTAssertEqual(age.map(\.outcome), [.notApplicable])
    }

    /// A custody order named in parentheses labels a cross-reference ("under paragraph 12(1)(c)
    /// (custody order)"): the provision refers to the order, it does not make one.
    func testACrossReferenceLabelIsNoCustodyDecision() throws {
        let act = try check(
            """
            <Statute><Identification><LongTitle>An Act respecting youth sentences</LongTitle></Identification><Body>
            <Section><Label>14</Label><MarginalNote>Youth worker</MarginalNote><Text>A youth worker shall meet each young person subject to a sentence under paragraph 12(1)(c) (committal to custody) within a week of the sentence.</Text></Section>
            <Section><Label>15</Label><MarginalNote>Custody</MarginalNote><Text>The court may order that the young person be committed to custody for up to two years.</Text></Section>
            </Body></Statute>
            """)
        let custody = act.results.filter { $0.ruleID == "legislation-art37b-detention-last-resort" }
        XCTAssertEqual(custody.map(\.sectionTitle), ["15 Custody"])
        XCTAssertEqual(custody.map(\.outcome), [.review])
    }
}
