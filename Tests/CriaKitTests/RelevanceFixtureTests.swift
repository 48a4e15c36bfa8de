import Foundation
import XCTest

@testable import CriaKit

/// Relevance and screening consistency on `Fixtures/relevance/`: proposals written for these
/// tests in words of their own. `irrelevant-*` set traps (schools as buyers, "child
/// undertakings", "juvenile salmon", "baby boomers", the Youth Mobility Scheme for adults aged
/// 18 to 35, a correct "no impact on children"); `inconsistent-*` deny an impact on children
/// in a field, a table cell, a heading over "Not applicable", a "No" to a question row or a
/// sentence, far from a body that changes things for children or their households;
/// `indirect-*` change income, working hours, housing, transport or a service families use
/// without naming children.
final class RelevanceFixtureTests: XCTestCase {
    static let folder = packageRoot + "/Tests/CriaKitTests/Fixtures/relevance/"
    static let evaluator = Evaluator(pack: CompiledPack(try! RuleLoader().load(directory: packageRoot + "/rules")))

    private func assess(_ file: String) throws -> Assessment {
        Self.evaluator.assess(Proposal(document: try DocumentLoader().load(path: Self.folder + file)))
    }

    private func screening(_ assessment: Assessment) throws -> RuleResult {
        try XCTUnwrap(assessment.results.first { $0.ruleID == "screening-consistent" })
    }

    /// Not about children: relevance none, the screening (if any) borne out, and no error.
    func testIrrelevantProposalsWithTrapsAreLeftClean() throws {
        let files = [
            "irrelevant-database-record-retention.json", "irrelevant-group-accounts-filing.json", "irrelevant-juvenile-salmon-netting.html",
            "irrelevant-pension-age-baby-boomers.xml", "irrelevant-plant-nursery-biosecurity.xml", "irrelevant-procurement-notice-thresholds.xml",
            "irrelevant-youth-mobility-visa-fees.html", "irrelevant-service-desk-ticket-hierarchy.xml",
            // Parks upkeep that names the play areas once, as work it leaves out.
            "irrelevant-grounds-maintenance-contract.json",
            // "a parent and its child records", "transferred to its new parent", "tenant farm".
            "irrelevant-parent-and-child-asset-records.json",
            // Schools and nurseries as members of an insurance pool: "per pupil", "school
            // buildings", "nursery premises", "academy insurance".
            "irrelevant-property-risk-pool-contributions.html",
            // Schools, academies and nurseries as the buyers and policy-holders of an energy
            // framework, and then in passing: "Schools pay monthly by direct debit".
            "irrelevant-energy-framework-school-buyers.json",
        ]
        for file in files {
            let assessment = try assess(file)
            XCTAssertEqual(assessment.relevance, .none, "\(file): \(assessment.relevanceJudgement.topTerms)")
            XCTAssertNotEqual(try screening(assessment).outcome, .fail, file)
            XCTAssertEqual(assessment.results.filter { $0.severity == .error && $0.outcome == .fail }.map(\.ruleID), [], file)
        }
    }

    /// Each names the screening claim it found, where it sits.
    func testScreeningsThatDenyWhatTheBodyShowsFail() throws {
        let expected: [(file: String, relevance: Relevance, claim: String)] = [
            ("inconsistent-field-school-bus-contracts.json", .direct, "None"),
            ("inconsistent-form-field-maternity-unit.xml", .direct, "No"),
            ("inconsistent-heading-housing-advice.html", .indirect, "Children and young people Not applicable."),
            ("inconsistent-question-no-council-tax-support.json", .indirect, "Does this affect children? No direct impact"),
            ("inconsistent-sentence-library-closures.xml", .direct, "Equalities and children's rights: The proposal will not have an impact on children."),
            ("inconsistent-table-cell-dispersal-powers.html", .direct, "Impact on children: None identified"),
            ("inconsistent-label-question-leisure-pass.json", .direct, "will this affect under 18 s: No - the pass is issued to the adult council tax payer."),
        ]
        for (file, relevance, claim) in expected {
            let assessment = try assess(file)
            XCTAssertEqual(assessment.relevance, relevance, file)
            let result = try screening(assessment)
            XCTAssertEqual(result.outcome, .fail, file)
            XCTAssert(
                result.evidence.contains { $0.note == "screening claims no impact" && $0.text.hasSuffix(claim) || $0.text.hasPrefix(claim) },
                "\(file): \(result.evidence.map(\.text))")
            XCTAssert(result.evidence.contains { $0.note?.hasPrefix("yet the body") == true }, "\(file): \(result.evidence.map(\.note))")
            // A wrong screening is still a screening: one error says so, not two.
            XCTAssertNotEqual(assessment.results.first { $0.ruleID == "screening-statement" }?.outcome, .fail, file)
        }
    }

    func testATableRowScreeningIsQuotedAtItsRow() throws {
        let result = try screening(try assess("inconsistent-table-cell-dispersal-powers.html"))
        let claim = try XCTUnwrap(result.evidence.first { $0.note == "screening claims no impact" })
        XCTAssertEqual(claim.text, "Impact on children: None identified")
        XCTAssertEqual(claim.location.line, 10)
    }

    /// Income, working hours, housing, energy, transport and GP access change for the
    /// households children live in, though none of these proposals names children.
    func testProposalsThatChangeWhatHouseholdsLiveOnReachChildrenIndirectly() throws {
        let files = [
            "indirect-gp-extended-hours.json", "indirect-prepayment-standing-charge.xml", "indirect-rural-bus-withdrawal.xml",
            "indirect-sanctions-escalation.json", "indirect-shift-notice-retail-workers.xml", "indirect-social-rent-formula.html",
            "indirect-swimming-pool-hours.html", "indirect-contact-centre-evening-rota.xml",
        ]
        for file in files {
            let assessment = try assess(file)
            XCTAssertEqual(assessment.relevance, .indirect, "\(file): \(assessment.relevanceJudgement.topTerms)")
            XCTAssertNotEqual(try screening(assessment).outcome, .fail, file)
        }
    }

    /// A rota that moves porters onto nights, weekends and shorter notice changes when they
    /// work, which is when their children are cared for, though it names no child or parent
    /// and only once a caring responsibility: working time alone reaches them, and says so.
    func testAChangeInWorkingTimeReachesChildrenThoughNoneIsNamed() throws {
        let assessment = try assess("indirect-hospital-porters-rotating-rota.html")
        let judgement = assessment.relevanceJudgement
        XCTAssertEqual(judgement.relevance, .indirect, "\(judgement.topTerms)")
        XCTAssertEqual(judgement.indirectMentions, 1)
        XCTAssertEqual(judgement.reachingStatements, 8)
        XCTAssertEqual(
            TextReport.relevanceNote(judgement),
            " (through 8 statements that change when people work or a service they use opens: shifts, rotas, hours, notice, leave)")
        XCTAssertNotEqual(try screening(assessment).outcome, .fail)
        XCTAssertEqual(assessment.results.first { $0.ruleID == "childrens-own-views" }?.outcome, .fail)
    }

    /// Relevance reached only through what changes for the public says so, with the count.
    func testRelevanceThroughReachSaysHowManyStatementsReachedThem() throws {
        let judgement = try assess("indirect-swimming-pool-hours.html").relevanceJudgement
        XCTAssertEqual(judgement.relevance, .indirect)
        XCTAssertEqual(judgement.reachingStatements, 3)
        XCTAssertEqual(TextReport.relevanceNote(judgement), " (through 3 statements that change what households, earners or the users of a public service have)")
        XCTAssertEqual(try assess("direct-age-band-dental-drop-in.json").relevanceJudgement.reachingStatements, 0)
    }

    /// Rules of use that ban skating, ball games and climbing where children play reach
    /// children though the decision never names them: "No person shall skate" restricts a
    /// pastime, it does not deny it; the effect on play is then a finding, not silence.
    func testRulesForPlacesChildrenPlayReachThemAndAskWhatTheyDoToPlay() throws {
        let assessment = try assess("indirect-skating-and-ball-game-byelaws.xml")
        let judgement = assessment.relevanceJudgement
        XCTAssertEqual(judgement.relevance, .indirect, "\(judgement.topTerms)")
        XCTAssertEqual(judgement.reachingStatements, 3)
        XCTAssertEqual(
            TextReport.relevanceNote(judgement),
            " (through 3 statements about places and pastimes that are children's: play areas, skate parks, school gates, youth clubs)")
        let play = try XCTUnwrap(assessment.results.first { $0.ruleID == "culture-play-art31-play-places-closed-or-cut" })
        XCTAssertEqual(play.outcome, .fail)
        XCTAssertEqual(assessment.results.first { $0.ruleID == "childrens-own-views" }?.outcome, .fail)
    }

    /// "the parent closes itself", "a child raised in error": a proposal that uses "parent" and
    /// "child" for tickets ("parent and child tickets") and never speaks of people in other
    /// words means the tickets by the bare words too.
    func testWordsUsedForThingsNameThemWhenTheyStandAlone() throws {
        let assessment = try assess("irrelevant-service-desk-ticket-hierarchy.xml")
        XCTAssertEqual(assessment.relevanceJudgement.directMentions, 0)
        XCTAssertEqual(assessment.relevanceJudgement.indirectMentions, 0)
    }

    /// "people aged 5 to 15" names children where it stands, though "people" does not
    /// elsewhere; "people aged 16 or over" is open upwards and does not.
    func testAChildsAgeBandAfterAGeneralWordNamesChildren() throws {
        let assessment = try assess("direct-age-band-dental-drop-in.json")
        XCTAssertEqual(assessment.relevance, .direct, "\(assessment.relevanceJudgement.topTerms)")
        XCTAssertEqual(assessment.relevanceJudgement.directMentions, 2)
    }

    /// "430 apprentices and trainees, nearly all aged 16 or 17": the trainees are children
    /// wherever the proposal names them, though it never says children or young people.
    func testAGroupMostlyOfAChildsAgeIsChildrenThroughout() throws {
        let assessment = try assess("direct-group-mostly-of-an-age-trainee-site.json")
        XCTAssertEqual(assessment.relevance, .direct, "\(assessment.relevanceJudgement.topTerms)")
        XCTAssertEqual(assessment.relevanceJudgement.directMentions, 4)
    }

    /// A proposal whose "child" names only records uses "parent" for the record's parent
    /// wherever it stands alone; its "tenant farm" is a farm.
    func testParentStandsForTheRecordWhenChildNamesOnlyRecords() throws {
        let judgement = try assess("irrelevant-parent-and-child-asset-records.json").relevanceJudgement
        XCTAssertEqual(judgement.directMentions, 0)
        XCTAssertEqual(judgement.indirectMentions, 0, "\(judgement.topTerms)")
    }

    /// "per pupil" is the unit a charge is set in; "school buildings", "nursery premises" and
    /// "academy insurance" are what the institutions own or buy.
    func testAnInstitutionsPropertyAndAChargePerPupilAreNotChildren() throws {
        let proposal = Proposal(document: try DocumentLoader().load(path: Self.folder + "irrelevant-property-risk-pool-contributions.html"))
        let basis = Evaluator.analyse(proposal, pack: Self.evaluator.pack)
        XCTAssertEqual(basis.judgement.relevance, .none)
        // "For schools this means 18.20 pounds per pupil": the pool's members, as the report
        // casts them everywhere else.
        XCTAssertEqual(basis.quotes.map(\.text), [])
        XCTAssertEqual(basis.summary, "none (0 mentions of children, 0 of families or people reached; 0 distinct terms)")
    }

    /// School buildings that close while their pupils are taught elsewhere: the buildings are
    /// property, the pupils and children are children, and the proposal stays direct.
    func testPupilsMovedOutOfSchoolBuildingsStayDirect() throws {
        let proposal = Proposal(document: try DocumentLoader().load(path: Self.folder + "direct-school-buildings-closed-for-repair.xml"))
        let basis = Evaluator.analyse(proposal, pack: Self.evaluator.pack)
        XCTAssertEqual(basis.judgement.relevance, .direct)
        XCTAssertFalse(basis.quotes.contains { $0.text.hasPrefix("The roofs of the school buildings") }, "\(basis.quotes.map(\.text))")
        XCTAssertEqual(basis.quotes.filter { $0.note == "speaks of children: pupils" }.count, 2)
    }

    /// A service the proposal casts as a party (buyers, policy-holders) at least as often as it
    /// names it in passing, and never beside people, names the institution in passing too;
    /// "Nurseries and colleges may also join" names nurseries nowhere else and is kept.
    func testServicesCastOnlyAsPartiesNameTheInstitutionThroughout() throws {
        let proposal = Proposal(document: try DocumentLoader().load(path: Self.folder + "irrelevant-energy-framework-school-buyers.json"))
        let basis = Evaluator.analyse(proposal, pack: Self.evaluator.pack)
        XCTAssertEqual(basis.judgement.relevance, .none)
        XCTAssertEqual(basis.quotes.map(\.text), ["Nurseries and colleges may also join"])
        // Nor in its sense of children: nothing in the proposal shows one (`RelevanceSenses`).
        XCTAssertEqual(
            basis.quotes.map(\.note),
            ["read in another sense: nurseries (nothing in the proposal shows a child or a family: no word with that sense alone, no child's age, no sentence about children's lives)"])
        XCTAssertEqual(basis.quotes.first?.location.line, 4)
        XCTAssertEqual(
            basis.summary, "none (0 mentions of children, 0 of families or people reached; 0 distinct terms; read in another sense, nothing showing a child or a family: \"nursery\")")
        // Schools beside the parents who drive to them stay schools.
        XCTAssertEqual(try assess("direct-school-buildings-closed-for-repair.xml").relevance, .direct)
    }

    // MARK: Traps in new words, written before the judgement below was built

    /// Kinds of trap no earlier fixture names, each in words of its own: fostering as a verb,
    /// client money "safeguarding", the "adoption" of e-invoicing, key information documents
    /// ("KIDs"), "minor works", "mother vessels", a heat pump "family", lorries "under 18
    /// tonnes". Since words with other senses are read in the sense the proposal shows
    /// (`RelevanceSenses`), three that were read as relevant are left clean too: commercial
    /// "tenants" and "rent", lorry "driving schools", "schools" of herring. Three still are, and
    /// are listed in the README: business "births" and "infant mortality" of firms "under five
    /// years old", the "Household Cavalry", the "pregnancy" of cows in "maternity pens".
    func testTrapsOfNewKindsAreLeftClean() throws {
        let files = [
            "irrelevant-fostering-competition-priorities.xml", "irrelevant-client-money-safeguarding-rules.html",
            "irrelevant-technology-adoption-e-invoicing.json", "irrelevant-investment-kids-disclosure.json", "irrelevant-minor-works-framework.xml",
            "irrelevant-mother-vessel-crew-transfer.json", "irrelevant-product-family-type-approval.json", "irrelevant-toll-bridge-lorries-under-18-tonnes.json",
            "irrelevant-commercial-lease-rent-reviews.html", "irrelevant-hgv-driving-schools-approval.html", "irrelevant-pelagic-schools-sonar.xml",
        ]
        for file in files {
            let assessment = try assess(file)
            XCTAssertEqual(assessment.relevance, .none, "\(file): \(assessment.relevanceJudgement.topTerms)")
            XCTAssertNotEqual(try screening(assessment).outcome, .fail, file)
            XCTAssertEqual(assessment.results.filter { $0.severity == .error && $0.outcome == .fail }.map(\.ruleID), [], file)
        }
    }

    /// Proposals that name children seldom, in one word, or only as a service's users stay
    /// relevant: pupils losing bus passes, babies' hearing tests moved, a young people's fare
    /// cap, council tenants' damp repairs.
    func testProposalsThatNameChildrenSeldomStayRelevant() throws {
        let expected: [(String, Relevance)] = [
            ("direct-bus-passes-walking-distance.json", .direct), ("direct-newborn-hearing-screening-clinics.xml", .direct),
            ("direct-under-19-fare-cap.xml", .direct), ("indirect-council-tenants-damp-repairs.html", .indirect),
        ]
        for (file, relevance) in expected { XCTAssertEqual(try assess(file).relevance, relevance, file) }
    }

    /// "minor works", "Minor variations": a word put before another noun every time names
    /// that noun; `cria inspect` quotes each mention it left out and says why.
    func testAWordOnlyEverBeforeANounNamesThatNoun() throws {
        let basis = Evaluator.analyse(
            Proposal(document: try DocumentLoader().load(path: Self.folder + "irrelevant-minor-works-framework.xml")), pack: Self.evaluator.pack)
        XCTAssertEqual(basis.judgement.relevance, .none)
        XCTAssertEqual(basis.judgement.termsNamingThings, ["minor"])
        XCTAssertEqual(
            basis.summary,
            "none (0 mentions of children, 0 of families or people reached; 0 distinct terms; only ever before another noun, so naming a thing: \"minor\")")
        XCTAssertEqual(basis.quotes.count, 5)
        XCTAssert(basis.quotes.allSatisfy { $0.note == "names a thing, not people: minor (only ever before another noun)" }, "\(basis.quotes.map(\.note))")
        XCTAssertEqual(basis.quotes.first?.location.line, 6)
        // "Fostering competition", "Fostering such innovation": a verb before its object.
        XCTAssertEqual(try assess("irrelevant-fostering-competition-priorities.xml").relevanceJudgement.termsNamingThings, ["fostering"])
    }

    /// "KIDs" in a sentence of lower-case words is an acronym (key information documents),
    /// not the word "kids" of the children lexicon.
    func testAnAcronymOfAWordIsNotTheWord() throws {
        let basis = Evaluator.analyse(
            Proposal(document: try DocumentLoader().load(path: Self.folder + "irrelevant-investment-kids-disclosure.json")), pack: Self.evaluator.pack)
        XCTAssertEqual(basis.judgement.directMentions, 0)
        XCTAssertEqual(basis.quotes.first?.note, "an acronym, not the word: KIDs")
        XCTAssertEqual(basis.quotes.first?.text, "Key information documents (KIDs) must accompany every packaged retail investment product sold in the UK")
    }

    // MARK: Words with other senses, read in the sense the proposal shows (`RelevanceSenses`)

    /// Goat "kids" in a "nursery pen" on "family farms" whose "tenants" pay "rent"; a kendo
    /// body's "schools" and "pupils", its "parent body" and "family of lineages": nothing in
    /// either names a child in a word with one sense, a child's age or a child's day, so every
    /// such word is read in its other sense. `cria inspect` says which and why.
    func testWordsWithOtherSensesAreReadInThemWhenNothingShowsAChild() throws {
        let expected: [(file: String, terms: [String])] = [
            ("irrelevant-dairy-goat-kid-rearing.xml", ["kid", "nursery", "tenant", "rent"]),
            ("irrelevant-martial-arts-grading-schools.json", ["school", "pupil", "parent", "family", "rent"]),
        ]
        for (file, terms) in expected {
            let assessment = try assess(file)
            XCTAssertEqual(assessment.relevance, .none, file)
            XCTAssertEqual(assessment.relevanceJudgement.termsInOtherSense, terms, file)
            XCTAssertNil(assessment.relevanceJudgement.childSense, file)
            XCTAssertEqual(assessment.results.filter { $0.severity == .error && $0.outcome == .fail }.map(\.ruleID), [], file)
        }
        let basis = Evaluator.analyse(
            Proposal(document: try DocumentLoader().load(path: Self.folder + "irrelevant-martial-arts-grading-schools.json")), pack: Self.evaluator.pack)
        XCTAssertEqual(
            basis.summary,
            "none (0 mentions of children, 0 of families or people reached; 0 distinct terms; read in another sense, nothing showing a child or a family: \"school\", \"pupil\", \"parent\", \"family\", \"rent\")")
        let first = try XCTUnwrap(basis.quotes.first)
        XCTAssertEqual(
            first.text,
            "From April 2028 the association will recognise a school only where its senior instructor holds the fourth grade or higher, and will raise the grading fee from 40 to 55 pounds")
        XCTAssertEqual(
            first.note,
            "read in another sense: school (nothing in the proposal shows a child or a family: no word with that sense alone, no child's age, no sentence about children's lives)")
    }

    /// The same words count where the proposal shows children: "pupils" taught by class
    /// teachers, with homework and a book read at bedtime, though "children" is never written;
    /// "parents", "tenants" and "rent" beside "lone parents" and "households" on Universal Credit.
    func testWordsWithOtherSensesCountWhereTheProposalShowsChildrenOrFamilies() throws {
        let reading = try assess("direct-pupils-and-teachers-reading-recovery.xml").relevanceJudgement
        XCTAssertEqual(reading.relevance, .direct)
        XCTAssertEqual(reading.termsInOtherSense, [])
        XCTAssertEqual(reading.childSense, "\"pupils\" in a sentence about children's lives")
        let arrears = try assess("indirect-lone-parent-rent-arrears-protocol.html").relevanceJudgement
        XCTAssertEqual(arrears.relevance, .indirect)
        XCTAssertEqual(arrears.termsInOtherSense, [])
        XCTAssertNil(arrears.childSense)
        // Words with one sense for children show it for the rest: "schools" beside "pupils"
        // and the parents who drive them stay children's.
        XCTAssertEqual(try assess("direct-school-buildings-closed-for-repair.xml").relevanceJudgement.termsInOtherSense, [])
    }

    /// One word for families repeated ("mother vessel", a product "family") is that word's own
    /// subject; a term of several words ("caring responsibilities") is specific enough alone.
    func testOneFamilyWordRepeatedIsNotEnough() throws {
        let judgement = try assess("irrelevant-mother-vessel-crew-transfer.json").relevanceJudgement
        XCTAssertEqual(judgement.relevance, .none)
        XCTAssertEqual(judgement.indirectMentions, 3)
        XCTAssertEqual(judgement.oneTermRepeated, "mother")
        let carers = try assess("indirect-contact-centre-evening-rota.xml").relevanceJudgement
        XCTAssertEqual(carers.relevance, .indirect)
        XCTAssertNil(carers.oneTermRepeated)
    }

    // MARK: Words said of animals (`RelevanceAnimals`)

    /// Ewes "late in pregnancy" in "mothering pens", "newborn lambs" and "flock welfare"; cows in
    /// "pregnancy" and "maternity pens"; the horses of the "Household Cavalry" and their "equine
    /// welfare": each word stands in a sentence about animals that names no people, so it is the
    /// animals' and reaches no child. `cria inspect` says which words and why.
    func testWordsSaidOfAnimalsAreTheAnimals() throws {
        let expected: [(file: String, terms: [String])] = [
            ("irrelevant-lambing-shed-hygiene-code.json", ["newborn", "pregnancy", "mothering", "welfare"]),
            ("irrelevant-newborn-calf-transport.xml", ["pregnancy", "maternity", "welfare"]),
            ("irrelevant-household-cavalry-stables.json", ["school", "household"]),
        ]
        for (file, terms) in expected {
            let assessment = try assess(file)
            XCTAssertEqual(assessment.relevance, .none, "\(file): \(assessment.relevanceJudgement.topTerms)")
            XCTAssertEqual(assessment.relevanceJudgement.termsOfAnimals, terms, file)
            XCTAssertEqual(assessment.results.filter { $0.severity == .error && $0.outcome == .fail }.map(\.ruleID), [], file)
        }
        let basis = Evaluator.analyse(
            Proposal(document: try DocumentLoader().load(path: Self.folder + "irrelevant-lambing-shed-hygiene-code.json")), pack: Self.evaluator.pack)
        XCTAssertEqual(
            basis.summary,
            "none (said of animals, not people: \"newborn\", \"pregnancy\", \"mothering\", \"welfare\") (1 mentions of children, 0 of families or people reached; 1 distinct terms)"
        )
        XCTAssertEqual(
            TextReport.relevanceNote(basis.judgement), " (said of animals, not people: \"newborn\", \"pregnancy\", \"mothering\", \"welfare\")")
        let pregnancy = try XCTUnwrap(basis.quotes.first { $0.note?.contains("pregnancy") == true })
        XCTAssertEqual(pregnancy.note, "the animals': pregnancy (a sentence about animals that names no people)")
        XCTAssertEqual(pregnancy.location.line, 7)
    }

    /// Animals beside children keep the children's words theirs: a city farm's lambing sessions
    /// for primary classes, where "children" feed the lambs and "pupils aged 5 to 11" visit.
    func testAnimalsBesideChildrenLeaveTheChildrenTheirs() throws {
        let judgement = try assess("direct-city-farm-school-visits.xml").relevanceJudgement
        XCTAssertEqual(judgement.relevance, .direct)
        XCTAssertEqual(judgement.termsOfAnimals, [])
        XCTAssertEqual(judgement.directMentions, 6)
    }
}
