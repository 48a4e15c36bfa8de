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

    /// Words taken out of their provision's sense: a benefit named for a veteran's past
    /// detention, the identity of an officer who testifies, a student's institution defined in
    /// immigration regulations, leave "granted", a sentence for abusing a child (the child is
    /// the victim: protection, not the child's own sentence) and deterrence given "primary
    /// consideration". Each is listed for what it does engage, if anything, and not for these.
    func testWordsOutOfTheirProvisionsSenseEngageNothing() throws {
        let act = try check(
            """
            <Statute><Identification><LongTitle>An Act respecting service families</LongTitle></Identification><Body>
            <Section><Label>2</Label><MarginalNote>Benefits</MarginalNote><Text>A member's child under the age of 18 may receive a clothing allowance; the member may receive a detention benefit for each month held as a prisoner of war.</Text></Section>
            <Section><Label>3</Label><MarginalNote>Screens for young witnesses</MarginalNote><Text>A witness under the age of 18 may testify behind a screen, unless the order would not protect the identity of an undercover officer who also testifies.</Text></Section>
            <Section><Label>4</Label><MarginalNote>Housing of students</MarginalNote><Text>A dwelling occupied by the owner's child under 18 who attends a designated learning institution as defined in the Immigration and Refugee Protection Regulations is exempt from the housing levy.</Text></Section>
            <Section><Label>5</Label><MarginalNote>Leave</MarginalNote><Text>A parent of a child under 12 who asks for leave to care for the child must be granted that leave within a month.</Text></Section>
            <Section><Label>6</Label><MarginalNote>Abuse of children</MarginalNote><Text>When a court imposes a sentence for an offence that involved the abuse of a person under the age of 16 years, it shall give primary consideration to the objectives of denunciation and deterrence.</Text></Section>
            <Section><Label>7</Label><MarginalNote>Young offenders</MarginalNote><Text>A court that imposes a sentence on a young person shall give primary consideration to the young person's rehabilitation.</Text></Section>
            </Body></Statute>
            """)
        XCTAssertTrue(articles(act, "2").isDisjoint(with: [37, 40]), "\(articles(act, "2").sorted())")
        XCTAssertTrue(articles(act, "3").isDisjoint(with: [8]), "\(articles(act, "3").sorted())")
        XCTAssertTrue(articles(act, "4").isDisjoint(with: [10, 22]), "\(articles(act, "4").sorted())")
        XCTAssertTrue(articles(act, "5").isDisjoint(with: [26, 27]), "\(articles(act, "5").sorted())")
        XCTAssertTrue(articles(act, "6").isDisjoint(with: [3, 37, 40]), "\(articles(act, "6").sorted())")
        XCTAssertTrue(articles(act, "6").contains(19), "\(articles(act, "6").sorted())")
        // A young person's own sentence, weighed for the young person, is both.
        XCTAssertTrue(articles(act, "7").isSuperset(of: [3, 40]), "\(articles(act, "7").sorted())")
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
        // Special measures for a witness under 18 act on that child: an intermediary, a live link.
        let measures =
            "<Section><Label>13</Label><MarginalNote>Young witnesses</MarginalNote><Text>At a permit appeal, a witness under 18 gives evidence by live link unless the tribunal directs otherwise.</Text></Section>"
            + "<Section><Label>14</Label><MarginalNote>Intermediaries</MarginalNote><Text>The tribunal may appoint an intermediary to help a witness under 18 understand the questions and answer them.</Text></Section>"
        let witnesses = try check(act(measures))
        XCTAssertEqual(witnesses.relevance, .direct)
        XCTAssertTrue(witnesses.relevanceJudgement.provisionsActOnChildren)
        // A sentence for abusing a child is the adult's: it acts on no child it sentences.
        let victims = try check(
            act(
                "<Section><Label>15</Label><MarginalNote>Abuse</MarginalNote><Text>A sentence for an offence against a child is served in custody; the court gives primary consideration to the objectives of denunciation and deterrence.</Text></Section>"
                    + "<Section><Label>16</Label><MarginalNote>Abuse</MarginalNote><Text>A sentence for the abuse of a child is served in custody.</Text></Section>"))
        XCTAssertEqual(victims.relevance, .none)
    }

    /// What a provision does to a child decides the article, not a word near "child": a
    /// guardian's "custody and control", the officers who keep "the public peace", a spouse's
    /// "criminal responsibility for the death", a fund's "participation unit", an adult's age,
    /// a child "adopted" in a definition, the French "placement" of an investment. And the central article of what a provision does:
    /// images of a child's sexual abuse (34), a child trafficked (35, 36), an adoption order (21).
    func testWhatAProvisionDoesToAChildDecidesTheArticle() throws {
        let act = try check(
            """
            <Statute><Identification><LongTitle>An Act respecting school staff and their families</LongTitle></Identification><Body>
            <Section><Label>2</Label><MarginalNote>Payment to guardians</MarginalNote><Text>An allowance for a child under 18 is paid to the person who has the custody and control of the child.</Text></Section>
            <Section><Label>3</Label><MarginalNote>Pupils at risk</MarginalNote><Text>A teacher who believes a pupil is at risk must tell an officer employed for the maintenance of the public peace.</Text></Section>
            <Section><Label>4</Label><MarginalNote>Forfeiture</MarginalNote><Text>A spouse found to bear criminal responsibility for the death of the member receives no allowance, which goes to the member's children instead.</Text></Section>
            <Section><Label>5</Label><MarginalNote>Holdings</MarginalNote><Text>The staff fund may not hold a participation unit issued to the child of a trustee.</Text></Section>
            <Section><Label>6</Label><MarginalNote>Late marriage</MarginalNote><Text>A member who marries after sixty-five years of age may name a child as the person to whom the allowance is paid.</Text></Section>
            <Section><Label>7</Label><MarginalNote>End of allowance</MarginalNote><Text>The allowance stops when the child reaches eighteen years of age.</Text></Section>
            <Section><Label>8</Label><MarginalNote>Definitions</MarginalNote><Text>In this Act, child includes an adopted child and a stepchild of the member.</Text></Section>
            <Section><Label>9</Label><MarginalNote>Images</MarginalNote><Text>A school that finds indecent images of a pupil on its computers must report them to the police within a day.</Text></Section>
            <Section><Label>10</Label><MarginalNote>Trafficked pupils</MarginalNote><Text>A head teacher who believes a child has been trafficked into the country refers the child to the guardianship service.</Text></Section>
            <Section><Label>12</Label><MarginalNote>Definitions</MarginalNote><Text><DefinedTermEn>staff fund</DefinedTermEn> means an investment corporation held for the children of staff (<DefinedTermFr>société de placement</DefinedTermFr>).</Text></Section>
            <Section><Label>11</Label><MarginalNote>Adoption</MarginalNote><Text>A court may make an adoption order for a pupil only with the consent of each parent.</Text></Section>
            </Body></Statute>
            """)
        XCTAssertTrue(articles(act, "2").isDisjoint(with: [37, 40]), "\(articles(act, "2").sorted())")
        XCTAssertTrue(articles(act, "2").isSuperset(of: [26, 27]), "\(articles(act, "2").sorted())")
        XCTAssertTrue(articles(act, "3").isDisjoint(with: [26, 27]), "\(articles(act, "3").sorted())")
        XCTAssertTrue(articles(act, "4").isDisjoint(with: [40]), "\(articles(act, "4").sorted())")
        XCTAssertTrue(articles(act, "5").isDisjoint(with: [12]), "\(articles(act, "5").sorted())")
        XCTAssertTrue(articles(act, "6").isDisjoint(with: [1]), "\(articles(act, "6").sorted())")
        XCTAssertTrue(articles(act, "7").contains(1), "\(articles(act, "7").sorted())")
        XCTAssertTrue(articles(act, "8").isDisjoint(with: [9, 20, 21]), "\(articles(act, "8").sorted())")
        XCTAssertTrue(articles(act, "9").isSuperset(of: [34]), "\(articles(act, "9").sorted())")
        XCTAssertTrue(articles(act, "10").isSuperset(of: [35, 36]), "\(articles(act, "10").sorted())")
        XCTAssertTrue(articles(act, "11").contains(21), "\(articles(act, "11").sorted())")
        XCTAssertTrue(articles(act, "12").isDisjoint(with: [9, 20]), "\(articles(act, "12").sorted())")
    }

    /// A long budget or pension Act that names children seldom but pays a benefit or allowance
    /// for a child acts on children through that money: directly relevant, and asked whether it
    /// was assessed; a child paid only as a pension holder's survivor is reached through the
    /// adult (indirect, not asked); grants for childcare places fund a service for children.
    func testMoneyPaidForAChildMakesALongActRelevant() throws {
        let filler = (20..<90).map {
            "<Section><Label>\($0)</Label><MarginalNote>Excise</MarginalNote><Text>A distiller shall file a return of the spirits produced in each month, and the Minister may assess the duty owing within three years after the return is filed.</Text></Section>"
        }.joined()
        func act(_ sections: String) throws -> Assessment {
            try check("<Statute><Identification><LongTitle>An Act to implement certain budget measures</LongTitle></Identification><Body>\(sections)\(filler)</Body></Statute>")
        }
        let benefit = try act(
            "<Section><Label>11</Label><MarginalNote>Heating benefit</MarginalNote><Text>The Minister shall pay a tenant a heating benefit of $30 a month for each qualified dependant who lives with the tenant.</Text></Section>"
        )
        XCTAssertEqual(benefit.relevance, .direct)
        XCTAssertTrue(benefit.relevanceJudgement.provisionsPayChildren)
        XCTAssertEqual(benefit.provisions.map(\.number), ["11"])
        XCTAssertTrue(articles(benefit, "11").isSuperset(of: [26, 27]), "\(articles(benefit, "11").sorted())")
        XCTAssertEqual(benefit.results.first { $0.ruleID == "child-rights-assessment-published" }?.outcome, .fail)
        XCTAssertTrue(TextReport(colour: false).render(benefit).contains("relevance direct (provisions pay benefits or allowances to or for children, or fund services for them)"))
        let survivors = try act(
            "<Section><Label>12</Label><MarginalNote>Survivors</MarginalNote><Text>On the death of a contributor to the pension fund, an allowance is paid to each surviving child under 18 of the contributor.</Text></Section>"
        )
        XCTAssertEqual(survivors.relevance, .indirect)
        XCTAssertTrue(survivors.relevanceJudgement.childrenOnlyAsDependants)
        XCTAssertEqual(survivors.results.first { $0.ruleID == "child-rights-assessment-published" }?.outcome, .notApplicable)
        // Support ordered between separated parents, in tax law, is the adults' money.
        let support = try check(
            "<Statute><Identification><LongTitle>An Act to amend the income tax rules on support</LongTitle></Identification><Body><Section><Label>14</Label><MarginalNote>Support payments</MarginalNote><Text>A parent who pays a support amount for a child under a court order may deduct it from income, and the parent who receives the support amount for the child includes it in income.</Text></Section></Body></Statute>"
        )
        XCTAssertEqual(support.relevance, .indirect)
        XCTAssertTrue(support.relevanceJudgement.childrenOnlyAsDependants)
        XCTAssertEqual(support.results.first { $0.ruleID == "child-rights-assessment-published" }?.outcome, .notApplicable)
        let grants = try act(
            "<Section><Label>13</Label><MarginalNote>Childcare places</MarginalNote><Text>Grants are awarded to employers who open childcare places for the children of their staff.</Text></Section>")
        XCTAssertEqual(grants.relevance, .direct)
        XCTAssertTrue(grants.relevanceJudgement.provisionsPayChildren)
    }

    /// Money for children in one part of a long budget Act and an adult's pension in another
    /// part of the same amending section: the child's credit is the child's own money, not an
    /// adult's entitlement passed on, so the Act is direct and asked whether it was assessed.
    /// Funding a service for children through other governments (nursery places) is the same.
    func testMoneyForChildrenBesideAPensionInOneSectionIsTheChildrens() throws {
        let filler = (20..<90).map {
            "<Section><Label>\($0)</Label><MarginalNote>Fuel duty</MarginalNote><Text>A refiner shall file a return of the fuel delivered in each quarter, and the Minister may assess the duty owing within four years after the return is filed.</Text></Section>"
        }.joined()
        let act = try check(
            "<Statute><Identification><LongTitle>An Act to implement measures of the spring budget</LongTitle></Identification><Body>"
                + "<Section><Label>4</Label><Subsection><Label>(1)</Label><Text>A parent may claim a tax credit of $150 for each child under 16 who lives with the parent at the end of the year.</Text></Subsection>"
                + "<Subsection><Label>(2)</Label><Text>An amount paid under a registered pension plan to a retired member is income of the member for the year it is paid.</Text></Subsection></Section>"
                + "<Section><Label>5</Label><MarginalNote>Nursery places</MarginalNote><Text>The Minister may pay up to ten million dollars to the regions for the creation of childcare places for children under five.</Text></Section>"
                + "\(filler)</Body></Statute>")
        XCTAssertEqual(act.relevance, .direct)
        XCTAssertFalse(act.relevanceJudgement.childrenOnlyAsDependants)
        XCTAssertTrue(act.relevanceJudgement.provisionsPayChildren)
        XCTAssertEqual(act.results.first { $0.ruleID == "child-rights-assessment-published" }?.outcome, .fail)
        // The credit's articles come from the sentence about the child, not the pension's.
        XCTAssertTrue(articles(act, "4").isSuperset(of: [26, 27]), "\(articles(act, "4").sorted())")
        XCTAssertEqual(act.provisions.first { $0.number == "4" }?.engaged.first { $0.articles.contains(26) }?.evidence.text.contains("$150 for each child"), true)
        XCTAssertTrue(articles(act, "5").contains(18), "\(articles(act, "5").sorted())")
    }
    /// A child listed among an adult's kin ("the spouse or common-law partner, or a child, of a
    /// trustee"; "father, mother, brother, sister, child or stepchild" of a member abroad) is
    /// one of that adult's relations: the provision is about the adult and is not listed. One
    /// kin word beside the child is not a list of kin: "a spouse or a child of the marriage".
    func testAChildListedAmongAnAdultsKinIsARelation() throws {
        let act = try check(
            """
            <Statute><Identification><LongTitle>An Act respecting cooperative banks</LongTitle></Identification><Body>
            <Section><Label>40</Label><MarginalNote>Connected persons</MarginalNote><Subsection><Label>(1)</Label><Text>A connected person of a bank is</Text>
            <Paragraph><Label>(a)</Label><Text>a trustee of the bank;</Text></Paragraph>
            <Paragraph><Label>(b)</Label><Text>the spouse or common-law partner, or a child who is under eighteen years of age, of a trustee; or</Text></Paragraph>
            <Paragraph><Label>(c)</Label><Text>a firm in which a trustee holds shares and may benefit from the bank's confidential records.</Text></Paragraph></Subsection></Section>
            <Section><Label>41</Label><MarginalNote>Members abroad</MarginalNote><Text>A member who works abroad keeps a vote if that member's father, mother, brother, sister, child or foster child, or the father, mother, child or foster child of the member's spouse, remains on the register of members.</Text></Section>
            </Body></Statute>
            """)
        XCTAssertTrue(act.provisions.isEmpty, "\(act.provisions.map(\.number))")
        XCTAssertEqual(act.relevance, .none)
        let divorce = try check(
            """
            <Statute><Identification><LongTitle>An Act respecting separation orders</LongTitle></Identification><Body>
            <Section><Label>7</Label><MarginalNote>Support order</MarginalNote><Text>The court may order a spouse or a child of the marriage to be paid maintenance, having regard to the condition and needs of the child.</Text></Section>
            </Body></Statute>
            """)
        XCTAssertEqual(divorce.provisions.map(\.number), ["7"])
    }

    /// A provision's articles come from where it speaks of the child: in a definitions section,
    /// the definition that names the child with its items, not the next definition's words
    /// ("a mutual benefit society", "the Appeals Tribunal"); an item of a list that a lead-in
    /// about the child opens ("interfere with their schooling") is about the child.
    func testArticlesComeFromTheDefinitionThatNamesTheChild() throws {
        let act = try check(
            """
            <Statute><Identification><LongTitle>An Act respecting goods made by young workers</LongTitle></Identification><Body>
            <Section><Label>2</Label><MarginalNote>Definitions</MarginalNote><Subsection><Label>(1)</Label><Text>The following definitions apply in this Act.</Text>
            <Definition><Text>insurer includes a mutual benefit society that pays benefits to its members.</Text></Definition>
            <Definition><Text>appeal means an appeal to the Appeals Tribunal, whose members hear the parties in a hearing in private.</Text></Definition>
            <Definition><Text>youth work means work done by a person under 18 that</Text>
            <Paragraph><Label>(a)</Label><Text>is dangerous to their health; or</Text></Paragraph>
            <Paragraph><Label>(b)</Label><Text>keeps them from attending school.</Text></Paragraph></Definition>
            </Subsection></Section>
            </Body></Statute>
            """)
        let definitions = articles(act, "2")
        XCTAssertTrue(definitions.isSuperset(of: [28, 29]), "\(definitions.sorted())")
        XCTAssertTrue(definitions.isDisjoint(with: [26, 27, 12, 40]), "\(definitions.sorted())")
    }
    /// An Act against material recording the sexual abuse of children acts on children, though
    /// it names them only before another noun ("child abuse images", "child sexual
    /// exploitation material"): two provisions on it, each in a sentence naming the child, make
    /// it directly relevant and asked whether it was assessed (`actsOnChildren`).
    func testAnActAgainstChildAbuseMaterialActsOnChildren() throws {
        let filler = (20..<60).map {
            "<Section><Label>\($0)</Label><MarginalNote>Registration</MarginalNote><Text>A hosting service must pay the annual registration fee that the Minister sets, and must file its accounts with the registrar each year.</Text></Section>"
        }.joined()
        let act = try check(
            """
            <Statute><Identification><LongTitle>An Act respecting the removal of child abuse images by hosting services</LongTitle></Identification><Body>\(filler)
            <Section><Label>2</Label><MarginalNote>Definitions</MarginalNote><Text>child abuse images has the same meaning as child sexual abuse material in the Criminal Code.</Text></Section>
            <Section><Label>3</Label><MarginalNote>Duty to remove</MarginalNote><Text>A hosting service that is told that it stores child sexual exploitation material must remove the material within one day and keep a copy for the police.</Text></Section>
            <Section><Label>4</Label><MarginalNote>Fees</MarginalNote><Text>A hosting service must pay the annual registration fee that the Minister sets, and must file its accounts with the registrar each year.</Text></Section>
            </Body></Statute>
            """)
        XCTAssertEqual(act.relevance, .direct, "\(act.relevanceJudgement)")
        XCTAssertTrue(act.relevanceJudgement.provisionsActOnChildren)
        XCTAssertEqual(act.results.first { $0.ruleID == "child-rights-assessment-published" }?.outcome, .fail)
    }

    /// Words read in the sense the words around them give: custody between parents in family
    /// law (Arts 9 and 18, not detention), a "child care article" (a baby product, not childcare
    /// for working parents), a grant of citizenship (a status, not money), and a product's test
    /// data (no child's data).
    func testFamilyCustodyABabyProductCitizenshipAndTestDataKeepTheirSense() throws {
        let act = try check(
            """
            <Statute><Identification><LongTitle>An Act respecting family services</LongTitle></Identification><Body>
            <Section><Label>4</Label><MarginalNote>Tracing a parent</MarginalNote><Text>An officer may release an address to find a parent who is in breach of a custody provision or an access provision concerning a child.</Text></Section>
            <Section><Label>5</Label><MarginalNote>Bath seats</MarginalNote><Text>A child care article such as a bath seat for a baby must not contain more than 90 mg/kg of lead.</Text></Section>
            <Section><Label>6</Label><MarginalNote>Grant of citizenship to children adopted abroad</MarginalNote><Text>The Minister shall, on request, grant citizenship to a child adopted abroad by a citizen.</Text></Section>
            <Section><Label>7</Label><MarginalNote>Testing</MarginalNote><Text>A manufacturer must keep the test data for each batch. The lid must be tried by a panel of children aged 42 to 51 months.</Text></Section>
            </Body></Statute>
            """)
        XCTAssertTrue(articles(act, "4").isDisjoint(with: [37, 40]), "\(articles(act, "4").sorted())")
        XCTAssertTrue(articles(act, "4").isSuperset(of: [9, 18]), "\(articles(act, "4").sorted())")
        XCTAssertFalse(articles(act, "5").contains(18), "\(articles(act, "5").sorted())")
        XCTAssertTrue(articles(act, "6").isDisjoint(with: [26, 27]), "\(articles(act, "6").sorted())")
        XCTAssertTrue(articles(act, "7").isDisjoint(with: [16, 17]), "\(articles(act, "7").sorted())")
    }

    /// A regulation that makes a household product safe for children (a child-resistant
    /// closure) protects them from it: its provisions are listed with Arts 24 and 3, and it is
    /// directly relevant, though it names children only in that word.
    func testAProductMadeSafeForChildrenActsOnThem() throws {
        let filler = (20..<40).map {
            "<Section><Label>\($0)</Label><MarginalNote>Labels</MarginalNote><Text>The label must show the name of the importer and the volume of oil in millilitres.</Text></Section>"
        }.joined()
        let act = try check(
            """
            <Regulation><Identification><LongTitle>Lamp Oil Containers Regulations</LongTitle></Identification><Body>\(filler)
            <Section><Label>12</Label><MarginalNote>Closures</MarginalNote><Text>Every bottle of lamp oil sold to consumers must have a child-resistant closure.</Text></Section>
            <Section><Label>13</Label><MarginalNote>Testing of closures</MarginalNote><Text>A closure is child-resistant only if it meets the opening test of the national standard.</Text></Section>
            </Body></Regulation>
            """)
        XCTAssertEqual(act.relevance, .direct, "\(act.relevanceJudgement)")
        XCTAssertTrue(articles(act, "12").isSuperset(of: [24, 3]), "\(articles(act, "12").sorted())")
        XCTAssertEqual(act.results.first { $0.ruleID == "child-rights-assessment-published" }?.outcome, .fail)
    }

    /// A convention whose articles detain children with their mothers and weigh an
    /// unaccompanied child's best interests acts on children, though most of the articles that
    /// name children also name an internee's pension or a survivor: the children are not only
    /// an adult's dependants, and the Act is asked whether it was assessed.
    func testChildrenAProvisionActsOnAreNotOnlyDependants() throws {
        let act = try check(
            """
            <Statute><Identification><LongTitle>An Act respecting the Convention on Interned Families</LongTitle></Identification><Body>
            <Section><Label>3</Label><MarginalNote>Survivors</MarginalNote><Text>The surviving spouse and each child of an internee who dies are entitled to a survivor's pension.</Text></Section>
            <Section><Label>4</Label><MarginalNote>Release</MarginalNote><Text>Children detained with their mothers shall be released first, and until then each child shall receive a share of the internee's pension.</Text></Section>
            <Section><Label>5</Label><MarginalNote>Unaccompanied children</MarginalNote><Text>In every decision on an unaccompanied child the best interests of the child shall be the primary consideration, and any pension owed to the child's deceased parent shall be paid to the guardian.</Text></Section>
            </Body></Statute>
            """)
        XCTAssertFalse(act.relevanceJudgement.childrenOnlyAsDependants, "\(act.relevanceJudgement)")
        XCTAssertEqual(act.relevance, .direct, "\(act.relevanceJudgement)")
        XCTAssertEqual(act.results.first { $0.ruleID == "child-rights-assessment-published" }?.outcome, .fail)
    }

    /// An amending Act whose summary says it raises the penalty for an offence against children,
    /// and whose one section changes that offence by its number only, acts on children: direct,
    /// and asked whether it was assessed. The same Act about an offence against property is not.
    func testAnAmendingActChangingAnOffenceAgainstChildrenActsOnThem() throws {
        func bill(_ offence: String) -> String {
            """
            <Bill><Identification><LongTitle>An Act to amend the Criminal Code</LongTitle></Identification>
            <Introduction><Summary><Provision><Text>This enactment raises from five to fourteen years the maximum penalty for \(offence) under section 153 of the Criminal Code.</Text></Provision></Summary></Introduction>
            <Body><Section><Label>1.</Label><Text>Paragraph 153(1)(a) of the Criminal Code is replaced by the following: (a) an indictable offence and liable to imprisonment for a term of not more than fourteen years.</Text></Section></Body></Bill>
            """
        }
        let act = try check(bill("the sexual exploitation of a child"))
        XCTAssertEqual(act.relevance, .direct, "\(act.relevanceJudgement)")
        XCTAssertTrue(act.relevanceJudgement.offenceAgainstChildren)
        XCTAssertEqual(act.results.first { $0.ruleID == "child-rights-assessment-published" }?.outcome, .fail)
        let other = try check(bill("the theft of a vehicle"))
        XCTAssertEqual(other.relevance, .none, "\(other.relevanceJudgement)")
    }

    /// A schedule that sets out a protocol and then its annex as a schedule of its own: the
    /// protocol's articles are read as the schedule's provision (not lost to the annex), its
    /// children kept out of armed forces engage Art 38, and an aim pursued "with a view to"
    /// their return or the parents' wishes for their schooling hear no child (no Art 12).
    func testAProtocolBeforeItsAnnexIsReadAndChildrenKeptFromArmedForcesEngageArticle38() throws {
        let act = try check(
            """
            <Statute><Identification><LongTitle>An Act respecting the Protocol on Civilians in Border Wars</LongTitle></Identification><Body>
            <Section><Label>2</Label><MarginalNote>Approval</MarginalNote><Text>The Protocol set out in Schedule I is approved.</Text></Section></Body>
            <Schedule><ScheduleFormHeading><Label>SCHEDULE I</Label></ScheduleFormHeading><DocumentInternal>
            <Group><GroupHeading><TitleText>Article 9 — Children</TitleText></GroupHeading>
            <Provision><Text>The Parties shall ensure that children under sixteen are not taken into their armed forces and take no part in hostilities.</Text></Provision>
            <Provision><Text>With a view to their return home, children moved to safety shall keep their papers, and their schooling shall follow the wishes of their parents.</Text></Provision></Group>
            </DocumentInternal>
            <Schedule><ScheduleFormHeading><Label>ANNEX</Label></ScheduleFormHeading><DocumentInternal><Provision><Text>Model travel card: surname, given names, place of residence.</Text></Provision></DocumentInternal></Schedule>
            </Schedule></Statute>
            """)
        let treaty = try XCTUnwrap(act.provisions.first { $0.path.hasSuffix("Schedule[1]") }, "\(act.provisions.map(\.path))")
        XCTAssertTrue(treaty.articles.contains(38), "\(treaty.articles)")
        XCTAssertFalse(treaty.articles.contains(12), "\(treaty.articles)")
    }
}
