import XCTest

@testable import CriaKit

/// The statement reading on the bundled pack: who a sentence is about, what kind of statement
/// it is, and what relevance and rules make of it. Each document states a pattern in words of
/// its own.
final class StatementReadingTests: XCTestCase {
    static let pack = projectPack

    private func facts(_ text: String) throws -> DocumentFacts {
        DocumentFacts(proposal: try proposal(text), pack: Self.pack)
    }

    private func statement(_ facts: DocumentFacts, containing words: String) throws -> Statement {
        try XCTUnwrap(facts.statements.statements.first { facts.index.block($0.block).text.contains(words) }, "no statement with \"\(words)\"")
    }

    private func names(_ bits: UInt32, _ group: [(name: String, lexicons: [String])]) -> Set<String> {
        Set(group.indices.filter { bits & (1 << UInt32($0)) != 0 }.map { group[$0].name })
    }

    func testARowsCellsAreSplitOnTheSeparatorAsFoundationWould() {
        for text in ["Impact on children | None identified", "one cell", "", " | ", "a | b | c", "ends | ", "ünïcode | café | ", "a|b | c  |  d"] {
            XCTAssertEqual(RowText.cells(of: text), text.components(separatedBy: RowText.separator), text)
        }
    }

    /// A cell that names no one, in a record repeated down a table or list, is about whom the
    /// record's first cell names ("Children in care" | "Positive: the slots fit around contact
    /// visits"); the same two fields in a lone object take nothing from each other.
    func testACellThatNamesNoOneIsAboutWhomItsRowNames() throws {
        let facts = try facts(
            """
            {"summary": "The borough will open its climbing wall to under-16s on two evenings a week from March.",
             "effects": [
               {"who": "Children in care", "effect": "Positive: the evening slots fit around contact visits."},
               {"who": "Disabled children and children with autism", "effect": "Mixed: guided climbs help, but the dim evening light does not."}],
             "note": {"who": "Disabled children and children with autism", "effect": "Positive: guided climbs help."}}
            """)
        let vocabulary = Self.pack.pack.statements
        let disabled = try statement(facts, containing: "Mixed: guided climbs help")
        XCTAssertEqual(disabled.aboutFrom, .row)
        XCTAssertTrue(names(disabled.about, vocabulary.about).contains("disabled-children"), "\(names(disabled.about, vocabulary.about))")
        XCTAssertTrue(facts.statements.description(of: disabled).contains("disabled-children (from its row)"), facts.statements.description(of: disabled))
        XCTAssertEqual(try statement(facts, containing: "fit around contact visits").aboutFrom, .row)
        // Not a row of a table: one object, nothing like it beside it.
        let lone = try statement(facts, containing: "Positive: guided climbs help")
        XCTAssertEqual(lone.about, 0)
    }

    /// A share, a number with thousands or a number just before the people it counts makes a
    /// count; a year, an age, a school year and a time do not.
    func testCountsOfThePeopleASentenceSpeaksOf() throws {
        let facts = try facts(
            """
            <proposal><summary>The council will resurface the skate park in 2027.</summary><evidence><p>Last year 18% of riders were girls under 16.</p><p>Staff logged 3,400 visits by young people over the summer.</p><p>A count found 85 children at the park on a Saturday.</p><p>In 2025 most children in Year 8 came after 4pm.</p><p>Children aged 11 to 15 use it most.</p><p>Children will gain a ramp costing £180,000.</p></evidence></proposal>
            """)
        let vocabulary = Self.pack.pack.statements
        func kinds(_ words: String) throws -> Set<String> { names(try statement(facts, containing: words).kinds, vocabulary.kinds) }
        for counted in ["18% of riders", "3,400 visits", "85 children"] {
            XCTAssertTrue(try kinds(counted).isSuperset(of: ["count", "evidence"]), counted)
        }
        XCTAssertFalse(try kinds("In 2025 most children").contains("count"))
        XCTAssertFalse(try kinds("Children aged 11 to 15").contains("count"))
        XCTAssertFalse(try kinds("costing £180,000").contains("count"))
    }

    /// A ranking said with words apart ("put the pupils' safety ahead of the saving") is a
    /// weighing; its words in two sentences, or a ranking denied, are not.
    func testARankingSaidWithWordsApartIsAWeighing() throws {
        let facts = try facts(
            """
            <proposal><summary>The council will keep the Hill Street crossing patrol.</summary><decision><p>Members put the pupils' safety at the crossing ahead of the saving on the patrol.</p><p>Pupils are put on the school bus at 3.15pm.</p><p>The bus leaves ahead of the bell for pupils in Year 7.</p></decision></proposal>
            """)
        let vocabulary = Self.pack.pack.statements
        func kinds(_ words: String) throws -> Set<String> { names(try statement(facts, containing: words).kinds, vocabulary.kinds) }
        XCTAssertTrue(try kinds("Members put the pupils' safety").contains("weighing"))
        XCTAssertFalse(try kinds("Pupils are put on the school bus").contains("weighing"))
        XCTAssertFalse(try kinds("The bus leaves ahead of the bell").contains("weighing"))
    }

    /// A grown-ups' word inside a longer name of a group of children names the children:
    /// "young carers" are children who care, so young carers heard are children asked, not
    /// their households; carers alone are still households.
    func testAGroupOfChildrenNamedWithAGrownUpsWordIsChildrenAlone() throws {
        let facts = try facts(
            """
            <proposal><summary>The council will charge for its adult day centres from April.</summary><views><p>We met 14 young carers aged 12 to 16 at two clubs.</p><p>Carers of older people were sent a survey.</p></views></proposal>
            """)
        let about = Self.pack.pack.statements.about
        XCTAssertEqual(names(try statement(facts, containing: "14 young carers").about, about), ["children"])
        XCTAssertTrue(names(try statement(facts, containing: "Carers of older people").about, about).contains("households"))
    }

    /// A heading that names an assessment titles the part: the effects said under it are
    /// effects, not screening claims, while a heading that names mitigation still gives its kind.
    func testAHeadingNamingTheAssessmentMakesNoScreeningClaimOfWhatFollows() throws {
        let facts = try facts(
            """
            <proposal><summary>The college will move its evening classes for 16 and 17 year olds to the town campus.</summary>
            <section><title>Children's rights impact assessment</title><p>Students aged 16 and 17 will get home later, which will harm their sleep and health in winter.</p></section>
            <section><title>Mitigation</title><p>Students aged 16 and 17 will get a free late bus.</p></section></proposal>
            """)
        let kinds = Self.pack.pack.statements.kinds
        let effect = names(try statement(facts, containing: "harm their sleep").kinds, kinds)
        XCTAssertTrue(effect.contains("effect"), "\(effect)")
        XCTAssertFalse(effect.contains("screening-claim"), "\(effect)")
        XCTAssertTrue(names(try statement(facts, containing: "free late bus").kinds, kinds).contains("mitigation"))
    }

    /// A weighing that names both sides and which prevails is a balance; a measure called
    /// justified or proportionate, or a conclusion "on balance", is a weighing but no balance.
    func testAWeighingThatNamesBothSidesIsABalance() throws {
        let facts = try facts(
            """
            <proposal><summary>The council will keep the Hill Street crossing patrol.</summary><decision><p>We weighed the cost of the patrol against the risk to pupils crossing at the bend.</p><p>The pupils' safety should carry more weight than the saving.</p><p>The patrol is justified as a proportionate use of the road safety budget for pupils.</p><p>On balance pupils will be slightly better off.</p></decision></proposal>
            """)
        let kinds = Self.pack.pack.statements.kinds
        XCTAssertTrue(names(try statement(facts, containing: "We weighed the cost").kinds, kinds).isSuperset(of: ["weighing", "balance"]))
        XCTAssertTrue(names(try statement(facts, containing: "should carry more weight").kinds, kinds).contains("balance"))
        for words in ["justified as a proportionate", "On balance pupils"] {
            let read = names(try statement(facts, containing: words).kinds, kinds)
            XCTAssertTrue(read.contains("weighing"), words)
            XCTAssertFalse(read.contains("balance"), words)
        }
    }

    /// An "if" inside words quoted is what someone said, not a condition on the sentence that
    /// quotes it; an "if" outside the quotation still is.
    func testAConditionInsideAQuotationLeavesTheSentenceAClaim() throws {
        let facts = try facts(
            """
            <proposal><summary>The library will open until 6pm on weekdays.</summary><views><p>Pupils in the book club told us \u{201C}we would come straight from school if the doors were open\u{201D}, so the hours run to 6pm.</p><p>A girl of ten said "I'd read more if I could stay" at the workshop.</p><p>If the pupils ask for it, a Saturday session will be held.</p></views></proposal>
            """)
        XCTAssertFalse(try statement(facts, containing: "Pupils in the book club told us").conditional)
        XCTAssertFalse(try statement(facts, containing: "A girl of ten said").conditional)
        XCTAssertTrue(try statement(facts, containing: "If the pupils ask for it").conditional)
    }

    func testWordsForChildrenThatNameCompaniesOrDataDoNotMakeAProposalAboutChildren() throws {
        let facts = try facts(
            """
            <proposal><summary>The holding company must report each child company's turnover. Parent and child nodes of the register are updated nightly. Young companies under two years old pay a reduced fee, and each child entity files its own return.</summary></proposal>
            """)
        XCTAssertEqual(facts.relevance, .none)
        XCTAssertEqual(facts.relevanceJudgement.directMentions, 0)
    }

    func testSchoolsNamedAsBuyersAreOrganisationsNotChildren() throws {
        let facts = try facts(
            """
            <proposal><summary>Contracting authorities, including maintained schools, academy trusts and NHS bodies, must publish a notice for contracts above the threshold. A multi-academy trust buying catering equipment for its schools follows the same rule as other public bodies.</summary></proposal>
            """)
        XCTAssertEqual(facts.relevance, .none)
    }

    func testWordsForChildrenGivenAdultAgesAreAboutAdultsWhereverTheyAppear() throws {
        let facts = try facts(
            """
            <proposal><summary>Apprentices and young people aged 19 to 23 on the bootcamp scheme will receive a travel bursary. Young people who finish the course get a job interview. Disabled young people can claim an extra 200 pounds.</summary></proposal>
            """)
        XCTAssertEqual(facts.relevance, .none)
        XCTAssertEqual(facts.relevanceJudgement.directMentions, 0)
        let mixed = try self.facts(
            """
            <proposal><summary>Young people aged 16 to 24 on the scheme will receive a travel bursary. Young people under 18 get it for free.</summary></proposal>
            """)
        XCTAssertEqual(mixed.relevance, .direct)
    }

    func testSchoolsNamedAsPremisesForSomethingElseAreNotChildren() throws {
        let facts = try facts(
            """
            <proposal><summary>Count centres for the local elections will move to larger venues. Polling stations in schools, church halls and community centres will open at 6am. Primary schools used as polling stations will need a second entrance for voters.</summary></proposal>
            """)
        XCTAssertEqual(facts.relevance, .none)
    }

    func testAJSONKeyWrittenAsWordsIsAHeadingItsRowsAreReadUnder() throws {
        let facts = try facts(
            """
            {"title": "Bus passes",
             "Listening to young people": {
               "What we changed": [{"Said": "The paper pass tore.", "Did": "Added a plastic card instead."},
                                   {"Said": "Drivers refused worn passes.", "Did": "Removed the wear check."}]
             }}
            """)
        let did = try statement(facts, containing: "Added a plastic card")
        XCTAssertTrue(names(did.about, facts.statements.vocabulary.about).contains("children"))
        XCTAssertEqual(did.aboutFrom, .heading)
        XCTAssertTrue(names(did.kinds, facts.statements.vocabulary.kinds).contains("views-acted-on"))
        // A key that is one word or camelCase names a field, not a heading.
        let field = try self.facts(
            """
            {"title": "Bus passes", "youngPeoplesViews": {"outcome": "Added a plastic card instead."}}
            """)
        XCTAssertEqual(try statement(field, containing: "Added a plastic card").about, 0)
    }

    func testADefinitionIsNotAStatementAboutChildren() throws {
        let facts = try facts(
            """
            <proposal><summary>In this regulation, child means a person who appears to be under twelve. The fee for a vehicle inspection rises to 60 pounds.</summary></proposal>
            """)
        let definition = try statement(facts, containing: "child means")
        XCTAssertTrue(names(definition.kinds, facts.statements.vocabulary.kinds).contains("definition"))
        XCTAssertEqual(facts.relevanceJudgement.directMentions, 0)
    }

    func testChangesToWorkersHoursAndPayReachChildrenIndirectly() throws {
        let facts = try facts(
            """
            <proposal><summary>Large stores may open for longer on Sundays. Shop workers will be asked to work additional hours on Sunday shifts. Workers with caring responsibilities may find it harder to refuse Sunday working. Employers may remove premium pay for workers on Sunday shifts.</summary></proposal>
            """)
        XCTAssertEqual(facts.relevance, .indirect)
    }

    func testAGroupNamedByItsAgesIsChildrenWhereverItIsNamed() throws {
        let facts = try facts(
            """
            <proposal><summary>The standard covers scouts aged 11 to 15 on overnight trips.</summary>
            <impact>Leaders will check on scouts every night, which improves their safety and sleep.</impact></proposal>
            """)
        let later = try statement(facts, containing: "Leaders will check")
        XCTAssertTrue(names(later.about, facts.statements.vocabulary.about).contains("children"))
        XCTAssertEqual(later.aboutFrom, .sentence)
    }

    /// "learners, almost all aged 16 to 18": the ages belong to the word before the share;
    /// a unit of time there ("a year, nearly all aged 16") names no group.
    func testAGroupGivenAgesThroughAShareIsChildren() throws {
        let facts = try facts(
            """
            <proposal><summary>The depot trains 300 drivers' mates, nearly all aged 16 or 17, each summer.</summary>
            <impact>Mates on the early shift will start at 6am. The move saves rent every year.</impact></proposal>
            """)
        let later = try statement(facts, containing: "Mates on the early shift")
        XCTAssertTrue(names(later.about, facts.statements.vocabulary.about).contains("children"))
        let timed = try self.facts(
            """
            <proposal><summary>The depot trains 300 drivers' mates a year, nearly all aged 16 or 17.</summary>
            <impact>The move saves rent every year.</impact></proposal>
            """)
        XCTAssertFalse(names(try statement(timed, containing: "saves rent").about, timed.statements.vocabulary.about).contains("children"))
    }

    func testASentenceThatNamesNoOneIsAboutWhomItsParagraphWasAbout() throws {
        let facts = try facts(
            """
            <proposal><views>We ran workshops with 40 pupils in three towns. They said the new timetable would improve their sleep.</views></proposal>
            """)
        let second = try XCTUnwrap(facts.statements.statements.last)
        XCTAssertTrue(facts.evidence(for: second, note: "").text.hasPrefix("They said"))
        XCTAssertTrue(names(second.about, facts.statements.vocabulary.about).contains("children"))
        XCTAssertEqual(second.aboutFrom, .paragraph)
    }

    func testANegatedKindIsDeniedNotClaimed() throws {
        let facts = try facts(
            """
            <proposal><views>We did not consult pupils or their families before the decision on school meals.</views></proposal>
            """)
        let denied = try statement(facts, containing: "did not consult")
        XCTAssertFalse(names(denied.kinds, facts.statements.vocabulary.kinds).contains("consultation"))
        XCTAssertTrue(names(denied.deniedKinds, facts.statements.vocabulary.kinds).contains("consultation"))
    }

    /// Money named as a rate ("£4.60 a week", "a monthly payment of £30", "£52 per person", "45
    /// pounds a year") is income whatever the payment is called; a sum alone ("a grant of
    /// £250,000") is not.
    func testMoneyNamedAsARateIsIncome() throws {
        let facts = try facts(
            """
            <proposal><summary><p>Families will lose £4.60 a week for each child in the refuge.</p><p>Households will receive a monthly payment of £30 instead of the voucher.</p><p>Parents will be allowed £52 per person on the new card.</p><p>Households will pay 45 pounds a year for a second bin.</p><p>The council will award a grant of £250,000 to replace the hall roof.</p></summary></proposal>
            """)
        let vocabulary = Self.pack.pack.statements
        func domains(_ words: String) throws -> Set<String> { names(try statement(facts, containing: words).domains, vocabulary.domains) }
        for rate in ["lose £4.60 a week", "monthly payment of £30", "£52 per person", "45 pounds a year"] {
            XCTAssertTrue(try domains(rate).contains("income"), rate)
        }
        XCTAssertFalse(try domains("grant of £250,000").contains("income"))
    }

    /// A domain is what a sentence speaks of even when its words are denied: households that
    /// "cannot claim" a benefit are spoken of on income; who and what kind stay denied.
    func testADeniedDomainWordKeepsItsDomain() throws {
        let facts = try facts(
            """
            <proposal><summary>For ten years their households cannot claim Universal Credit while the rule applies.</summary></proposal>
            """)
        let denied = try statement(facts, containing: "cannot claim")
        XCTAssertTrue(names(denied.domains, facts.statements.vocabulary.domains).contains("income"))
        XCTAssertTrue(names(denied.about, facts.statements.vocabulary.about).contains("households"))
    }

    func testAFailNamesWhatWasLookedForAndTheNearestCandidatesWithWhyNot() throws {
        let rule = try XCTUnwrap(Self.pack.pack.rule(id: "survival-and-development"))
        let trace = Evaluator(pack: Self.pack).trace(
            rule,
            in: try proposal(
                """
                {"summary": "The proposal moves the bus depot beside a primary school where 300 pupils are taught.",
                 "impactAssessment": "Diesel fumes will worsen the health of older residents and pensioners with lung disease."}
                """))
        XCTAssertEqual(trace.result.outcome, .fail)
        let expect = try XCTUnwrap(trace.parts.first { $0.name == "expect" })
        XCTAssertFalse(expect.holds)
        XCTAssertTrue(expect.evidence.contains { $0.text.hasPrefix("looked for an effect statement about children") })
        let adults = try XCTUnwrap(expect.evidence.first { $0.text.contains("pensioners") })
        XCTAssertEqual(adults.note, "closest, did not qualify: about adults, not children")
    }

    func testAStatementConditionNamingAnUnknownKindIsALocatedError() throws {
        let pack = try TestPack.make(files: [
            "rules/test.yaml": TestPack.rulesFile(TestPack.rule(expect: "{statement: weighting, about: children}")),
            "statements.yaml": "about:\n  children: [children]\nkinds:\n  weighing: [children]\n",
        ])
        defer { pack.remove() }
        XCTAssertThrowsError(try pack.load()) { error in
            let text = "\(error)"
            XCTAssertTrue(text.contains("unknown statement kind 'weighting'"), text)
            XCTAssertTrue(text.contains("did you mean 'weighing'?"), text)
            XCTAssertTrue(text.contains("test.yaml:"), text)
        }
    }

    func testAWordForChildrenOrParentsBeforeANounForAThingNamesTheThing() throws {
        let facts = try facts(
            """
            <proposal><summary>The register links parent and child undertakings. Each child subsidiary files a return, child rows are archived after 12 years, and juvenile trout are counted at the weir.</summary></proposal>
            """)
        XCTAssertEqual(facts.relevanceJudgement.directMentions, 0)
        XCTAssertEqual(facts.relevanceJudgement.indirectMentions, 0)
        XCTAssertEqual(facts.relevance, .none)
    }

    /// A charity's or a commissioner's name that holds a word for children or families is the
    /// name of a body, not a statement about them; the same words in a sentence are.
    func testAnOrganisationsNameIsNotAStatementAboutChildren() throws {
        let named = try facts(
            """
            <proposal><summary>The panel's members are the Kids Welfare Alliance, the Young Families Association and Action for Orphaned Children.</summary><members>The Child Hunger Action Network</members><members>The Commissioner for Children's Play</members></proposal>
            """)
        XCTAssertEqual(named.relevanceJudgement.directMentions, 0)
        XCTAssertEqual(named.relevance, .none)
        let said = try facts(
            """
            <proposal><summary>The panel will take action for orphaned children and young families who go hungry in the holidays. The commissioner said children need safe places to play.</summary></proposal>
            """)
        XCTAssertEqual(said.relevance, .direct)
        XCTAssertEqual(names(try statement(said, containing: "orphaned children").about, Self.pack.pack.statements.about), ["children", "households"])
        // A comma ends a name: the title of a standard after a body's name is no part of it.
        let cited = try facts(
            "<proposal><summary>Nightwear is tested as set out by the Consumer Safety Commission, Flammability Standard for Children's Nightwear.</summary></proposal>")
        XCTAssertEqual(cited.relevanceJudgement.directMentions, 1)
    }

    /// "child elements" of a benefit are a children's service, though "elements" are also a
    /// thing's noun ("child elements" of a schema).
    func testTheChildElementOfABenefitSpeaksOfChildren() throws {
        let facts = try facts(
            """
            <proposal><summary>The child elements of Universal Credit will be paid on a fixed date each month. Claimants with a disabled child will get the higher rate.</summary></proposal>
            """)
        XCTAssertEqual(facts.relevanceJudgement.directMentions, 2)
        XCTAssertEqual(facts.relevance, .direct)
    }

    /// "its children", "its parent" are a thing's; "child catalogue entries" names the entries
    /// with one noun between.
    func testAThingsChildrenAndParentsAreNotPeople() throws {
        let facts = try facts(
            """
            <proposal><summary>The archive catalogue links parent and child catalogue entries. Each entry lists its children and shows its parent. An entry can be moved under a new parent.</summary></proposal>
            """)
        XCTAssertEqual(facts.relevanceJudgement.directMentions, 0)
        XCTAssertEqual(facts.relevanceJudgement.indirectMentions, 0)
    }

    /// Schools and nurseries named as a service's customers are bodies that buy it.
    func testSchoolsNamedAsCustomersAreOrganisations() throws {
        let facts = try facts(
            """
            <proposal><summary>The grounds maintenance service has 140 school customers. Prices for school customers rise by 4 per cent in April, and nursery customers move to a monthly invoice.</summary></proposal>
            """)
        XCTAssertEqual(facts.relevanceJudgement.directMentions, 0)
        XCTAssertEqual(facts.relevance, .none)
    }

    func testAThingBeforeAChildrensServiceWordMakesItAnotherService() throws {
        let facts = try facts(
            """
            <proposal><summary>Tree nurseries must register imported saplings. Plant nurseries keep a log of each batch.</summary></proposal>
            """)
        XCTAssertEqual(facts.relevanceJudgement.directMentions, 0)
    }

    func testWordsForYoungPeopleBesideAdultsAgesDoNotNameChildren() throws {
        let adults = try facts(
            """
            <proposal><summary>The youth visa lets young people aged 18 to 30 work for two years. The youth quota rises to 5,000 places.</summary></proposal>
            """)
        // Nor does "youth quota": nothing shows the child sense of "youth" (`RelevanceSenses`).
        XCTAssertEqual(adults.relevanceJudgement.directMentions, 0)
        XCTAssertEqual(adults.relevanceJudgement.termsInOtherSense, ["youth"])
        let children = try facts(
            """
            <proposal><summary>The youth pass lets young people aged 11 to 17 travel free. The youth pass starts in May.</summary></proposal>
            """)
        XCTAssertEqual(children.relevanceJudgement.directMentions, 3)
        // With no word for children standing alone, "youth" before "visa" every time names the visa.
        XCTAssertEqual(adults.relevanceJudgement.termsNamingThings, [])
    }

    func testAWordForChildrenOnlyBeforeANounNamesThatNounUnlessChildrenAreNamedAlone() throws {
        let things = try facts(
            """
            <proposal><summary>Minor repairs to the depot roof start in May. Minor repairs to the yard follow in June.</summary></proposal>
            """)
        XCTAssertEqual(things.relevanceJudgement.directMentions, 0)
        XCTAssertEqual(things.relevanceJudgement.termsNamingThings, ["minor"])
        // The same habit beside children named alone: the youth pass is theirs.
        let pass = try facts(
            """
            <proposal><summary>The youth pass gives children free travel. The youth pass starts in May for children aged 11 to 16.</summary></proposal>
            """)
        XCTAssertEqual(pass.relevanceJudgement.termsNamingThings, [])
        XCTAssertEqual(pass.relevance, .direct)
    }

    func testTheLongestTermAtAPlaceIsCountedAndAFamilyWordInsideAChildrensPhraseIsNotCountedAgain() throws {
        let facts = try facts(
            """
            <proposal><summary>Young carers will get a travel card. Young carers told us buses are late.</summary></proposal>
            """)
        // "young carers" for children; its "carers" is not counted again for families.
        XCTAssertEqual(facts.relevanceJudgement.directMentions, 2)
        XCTAssertEqual(facts.relevanceJudgement.indirectMentions, 0)
    }

    func testAQuestionAnsweredInTheNextSentenceIsAScreeningClaimLeftOutOfRelevance() throws {
        let facts = try facts(
            """
            <proposal><summary>The pension increment is paid as a weekly addition from 2028.</summary>
            <rights>We asked whether the change affects children or young people. It does not: only pensioners receive the increment.</rights></proposal>
            """)
        XCTAssertEqual(facts.screeningClaims.map(\.block), [1])
        XCTAssertEqual(facts.relevance, .none)
    }

    func testAServiceOrBudgetNotAffectedIsNoScreeningClaimButChildrenNotAffectedIs() throws {
        let services = try facts(
            """
            <proposal><summary>Pupils in years 7 to 9 will get a mentor from September, and children in care get two sessions a week.</summary>
            <decision>The neonatal unit is not affected. The early years grant will not be affected by the change.</decision></proposal>
            """)
        XCTAssertEqual(services.screeningClaims.map(\.block), [])
        let children = try facts(
            """
            <proposal><summary>Depot lorries will be serviced every six months instead of every year.</summary>
            <decision>The change does not affect young people or infants.</decision></proposal>
            """)
        XCTAssertEqual(children.screeningClaims.map(\.block), [1])
    }
}
