import Foundation
import XCTest

@testable import CriaKit

/// Words of the legislation lens read in the sense the provision gives them: an adult's
/// "child or grandchild", custody between parents, a by-law's penalty, upkeep "maintenance";
/// status fixed at birth; and legislation whose provisions act on children, however long.
final class LegislationSensesTests: XCTestCase {
    private func check(_ statute: String) throws -> Assessment {
        try Evaluator(pack: try LegislationRelevanceTests.pack.get()).check(proposal(statute, file: "statute.xml"))
    }

    private func articles(_ act: Assessment, _ number: String) -> Set<Int> {
        Set(act.provisions.first { $0.number == number }?.articles ?? [])
    }

    /// A visa for parents who visit a grown child: the "child or grandchild" is the adult they
    /// visit, a relation, not a person under 18 the law acts on.
    func testAnAdultsChildOrGrandchildIsNoChildTheLawActsOn() throws {
        let act = try check(
            """
            <Statute><Identification><LongTitle>An Act respecting long-stay visas for visiting relatives</LongTitle></Identification><Body>
            <Section><Label>3</Label><MarginalNote>Sponsor's income</MarginalNote><Text>A resident whose mother or grandfather applies for a long-stay visa to visit them as their child or grandchild must show an income above the threshold the Minister sets.</Text></Section>
            <Section><Label>4</Label><MarginalNote>Insurance</MarginalNote><Text>The visiting relative must hold medical insurance for the whole stay with the children or grandchildren they visit.</Text></Section>
            </Body></Statute>
            """)
        XCTAssertTrue(act.provisions.isEmpty, "\(act.provisions.map(\.number))")
        XCTAssertEqual(act.relevance, .none)
        XCTAssertTrue(act.relevanceJudgement.childrenInNoProvision)
        XCTAssertEqual(act.results.first { $0.ruleID == "child-rights-assessment-published" }?.outcome, .notApplicable)
    }

    /// "Custody of the child" between parents, a by-law's "fine or imprisonment" and the upkeep
    /// of roads are not a child's detention, sentence or support; remand of a young person is.
    func testParentalCustodyAPenaltyClauseAndUpkeepEngageNoDetentionOrBenefits() throws {
        let act = try check(
            """
            <Statute><Identification><LongTitle>An Act respecting village councils</LongTitle></Identification><Body>
            <Section><Label>5</Label><MarginalNote>Residence</MarginalNote><Text>A resident may live in the village with any children of whom the resident has custody, and a parent who shares custody of the child may visit.</Text></Section>
            <Section><Label>6</Label><MarginalNote>By-laws</MarginalNote><Text>A council may make by-laws on the rights of children who live in the village and on the construction and maintenance of roads; a person who breaks a by-law is liable on summary conviction to a fine or imprisonment for a term not exceeding thirty days. A court may order the person convicted to pay the costs of the council.</Text></Section>
            <Section><Label>7</Label><MarginalNote>Remand</MarginalNote><Text>A young person charged with an offence may be remanded in custody by a judge.</Text></Section>
            </Body></Statute>
            """)
        XCTAssertTrue(articles(act, "5").isDisjoint(with: [37, 40]), "\(articles(act, "5").sorted())")
        XCTAssertTrue(articles(act, "6").isDisjoint(with: [37, 40, 26, 27]), "\(articles(act, "6").sorted())")
        XCTAssertTrue(articles(act, "7").isSuperset(of: [37, 40]), "\(articles(act, "7").sorted())")
    }

    /// Status on a register passed on by parents at birth decides a child's registration and
    /// nationality (Art 7), though the provision names no child.
    func testStatusFixedAtBirthByParentageEngagesRegistration() throws {
        let act = try check(
            """
            <Statute><Identification><LongTitle>An Act respecting the register of members of the river nations</LongTitle></Identification><Body>
            <Section><Label>9</Label><MarginalNote>Persons entitled to be registered</MarginalNote><Text>A person is entitled to be registered if, at the time of the birth, one of the person's parents was entitled to be registered.</Text></Section>
            <Section><Label>10</Label><MarginalNote>Fees</MarginalNote><Text>No fee is charged for a copy of the register.</Text></Section>
            </Body></Statute>
            """)
        XCTAssertEqual(act.provisions.map(\.number), ["9"])
        XCTAssertTrue(articles(act, "9").isSuperset(of: [7, 8]), "\(articles(act, "9").sorted())")
    }

    /// A long Act that names children seldom but weighs a child's best interests and limits a
    /// child's detention in its provisions acts on children: directly relevant; with only one
    /// such provision, its few mentions leave it not relevant.
    func testProvisionsThatActOnChildrenMakeALongActRelevant() throws {
        let filler = (20..<90).map {
            "<Section><Label>\($0)</Label><MarginalNote>Permits</MarginalNote><Text>An officer may issue, renew, suspend or cancel a work permit held by a foreign national after an interview, and shall record the reasons for the decision in the register kept by the department for that purpose.</Text></Section>"
        }.joined()
        let detention =
            "<Section><Label>11</Label><MarginalNote>Minors</MarginalNote><Text>A minor child is detained only as a measure of last resort, and the officer considers the best interests of the child.</Text></Section>"
        let removal = "<Section><Label>12</Label><MarginalNote>Removal</MarginalNote><Text>Before a removal, the officer takes into account the best interests of a child directly affected.</Text></Section>"
        func act(_ sections: String) -> String {
            "<Statute><Identification><LongTitle>An Act respecting permits for foreign nationals</LongTitle></Identification><Body>\(sections)\(filler)</Body></Statute>"
        }
        let both = try check(act(detention + removal))
        XCTAssertEqual(both.relevance, .direct)
        XCTAssertTrue(both.relevanceJudgement.provisionsActOnChildren)
        XCTAssertEqual(both.results.first { $0.ruleID == "child-rights-assessment-published" }?.outcome, .fail)
        let one = try check(act(removal))
        XCTAssertEqual(one.relevance, .none)
        XCTAssertFalse(one.relevanceJudgement.provisionsActOnChildren)
    }
}
