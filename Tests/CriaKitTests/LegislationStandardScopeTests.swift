import Foundation
import XCTest

@testable import CriaKit

/// Where a Convention standard's concern may lie in a provision: a scheduled convention's
/// article whose detention paragraph is about other people and which names minors only
/// further on is not held to Art 37(c); a section whose opening subsection names the child
/// is one decision about the child, whichever subsection says where the child is held.
final class LegislationStandardScopeTests: XCTestCase {
    private func check(_ statute: String) throws -> Assessment {
        try Evaluator(pack: try LegislationRelevanceTests.pack.get()).check(proposal(statute, file: "statute.xml"))
    }

    private func separation(_ act: Assessment) -> [RuleResult] {
        act.results.filter { $0.ruleID == "legislation-art37c-separated-from-adults" && $0.outcome != .notApplicable }
    }

    /// A treaty scheduled to an Act: its article detains "interned civilians" in one paragraph
    /// and asks for special care of minors in another. The detention is not said of a child, so
    /// no separation review rests on it.
    func testAScheduledArticleDetainingOthersIsNotHeldToSeparationFromAdults() throws {
        let act = try check(
            """
            <Statute><Identification><LongTitle>An Act respecting the Convention on Interned Civilians</LongTitle></Identification><Body>
            <Section><Label>2</Label><MarginalNote>Approval</MarginalNote><Text>The Convention set out in the schedule is approved.</Text></Section></Body>
            <Schedule><ScheduleFormHeading><TitleText>SCHEDULE</TitleText></ScheduleFormHeading><DocumentInternal>
            <Provision><Text>The Parties agree as follows.</Text></Provision>
            <Group><GroupHeading><TitleText>Article 12</TitleText></GroupHeading>
            <Provision><Text>Interned civilians charged with offences shall be detained in the territory they were taken from and shall serve any sentence there.</Text></Provision>
            <Provision><Text>Their rations shall be no worse than those of the local population.</Text></Provision>
            <Provision><Text>Special care shall be given to minors.</Text></Provision></Group>
            <Group><GroupHeading><TitleText>Article 13</TitleText></GroupHeading>
            <Provision><Text>Orphans under twelve shall be registered with the tracing bureau.</Text></Provision></Group>
            </DocumentInternal></Schedule></Statute>
            """)
        XCTAssertEqual(separation(act).map(\.outcome), [], "\(separation(act).map { ($0.outcome, $0.evidence.map(\.text)) })")
    }

    /// The same words in a section whose first subsection orders the supervision of a young
    /// person: the detention its second subsection allows is the young person's.
    func testASectionOpeningWithTheChildIsHeldToSeparationWhereverItDetains() throws {
        let act = try check(
            """
            <Statute><Identification><LongTitle>An Act respecting youth supervision</LongTitle></Identification><Body>
            <Section><Label>9</Label><MarginalNote>Supervision order</MarginalNote>
            <Subsection><Label>(1)</Label><Text>A youth court may order that a young person found guilty of an offence be placed under supervision.</Text></Subsection>
            <Subsection><Label>(2)</Label><Text>The order may require that the offender be detained in a place of temporary detention for up to ten days.</Text></Subsection>
            <Subsection><Label>(3)</Label><Text>Supervision ends when the order expires.</Text></Subsection></Section>
            </Body></Statute>
            """)
        let found = separation(act)
        XCTAssertEqual(found.map(\.outcome), [.review])
        XCTAssertEqual(found.first?.sectionTitle, "9 Supervision order")
    }
}
