import XCTest

@testable import CriaKit

/// Rows that deny an effect on children, found among neighbouring nodes whose text is read
/// only as far as it takes to tell a label from a paragraph or a chapter.
final class ScreeningClaimsTests: XCTestCase {
    private let children: Set<String> = ["children", "young people"]

    private func paragraph(_ n: Int) -> String {
        "<p>Paragraph \(n): the operator must publish the timetable for each route, keep the published fares under review, and tell the authority within twenty-eight days of any change to the stops it serves or the hours it runs.</p>"
    }

    func testALabelBesideAChapterIsFoundWithoutTheChapterBeingALabel() throws {
        let document = try readDocument(
            """
            <proposal><part>
            <heading>Part 1 Travel</heading>
            <chapter>\((1...12).map(paragraph).joined())</chapter>
            <label>Children and young people</label>
            <answer>None. The scheme applies to adults only.</answer>
            </part></proposal>
            """)
        let row = try XCTUnwrap(ScreeningClaims.deniedRow(in: document.root, childrenWords: children))
        XCTAssertEqual(row.label, "Children and young people")
        XCTAssertEqual(row.answer, "None. The scheme applies to adults only.")
    }

    /// A form that says no child rights impact assessment is needed denies an effect on
    /// children, as a flag or as a question answered "No"; one that says none was done does not.
    func testAnAssessmentNotNeededIsADenial() throws {
        let flag = try readDocument(#"{"summary": "The pool closes in April.", "crwiaRequired": false}"#)
        XCTAssertEqual(ScreeningClaims.deniedFields(in: flag.root).map(\.answer), ["false"])
        let asked = try readDocument(#"{"form": [{"question": "Is a CRIA needed?", "answer": "No."}]}"#)
        XCTAssertEqual(ScreeningClaims.deniedFields(in: asked.root).map(\.label), ["Is a CRIA needed?"])
        let done = try readDocument(#"{"form": [{"question": "Has a CRIA been completed?", "answer": "No"}]}"#)
        XCTAssertEqual(ScreeningClaims.deniedFields(in: done.root).count, 0)
    }

    /// A label longer than the opening read, with few (long) words: its whole text decides.
    func testALongLabelOfFewWordsIsReadWhole() throws {
        let long = String(repeating: "x", count: ScreeningClaims.labelOpeningBytes + 100)
        let document = try readDocument(
            """
            <proposal><form>
            <question>Does the <b>\(long)</b> scheme affect children?</question>
            <reply>No.</reply>
            </form></proposal>
            """)
        let question = try XCTUnwrap(document.root.children.first?.children.first)
        XCTAssertFalse(question.fullTextOpening(bytes: ScreeningClaims.labelOpeningBytes).isWhole)
        let row = try XCTUnwrap(ScreeningClaims.deniedRow(in: document.root, childrenWords: children))
        XCTAssertEqual(row.label, "Does the \(long) scheme affect children?")
        XCTAssertEqual(row.answer, "No.")
    }

    func testAParagraphsOpeningHasMoreWordsThanALabel() {
        let text = (1...4).map { "Paragraph \($0): the operator must publish the timetable for each route and keep the fares under review." }.joined(separator: " ")
        XCTAssertTrue(ScreeningClaims.hasMoreWordsThanALabel(opening: text))
        XCTAssertFalse(ScreeningClaims.hasMoreWordsThanALabel(opening: "Children and young people: does the scheme affect them?"))
    }

    /// The opening never says "too many words" of a text that a label's own count would let
    /// through: texts of letters, hyphens, combining marks, joiners, prepended marks, flags,
    /// CR LF and letters that lowercase to more than one scalar, near the count and the cut.
    /// A text no longer than the opening read is counted exactly (plain text byte by byte).
    func testAnOpeningNeverCountsMoreWordsThanTheWholeText() {
        // Read byte by byte: ASCII and caseless punctuation.
        let plain = ["a", "B", "word", "-", " ", "  ", ".", ",", "1", "x", "hyphen-ated", "\r\n", "\t", "'", "Z@[`{", "“", "”", "‘", "’", "–", "—", "…", "£", "§", "\u{A0}", "«", "»", "\u{2010}", "\u{2027}"]
        // Read Character by Character.
        let beyond = ["é", "e\u{301}", "\u{301}", "ß", "İ", "Σ", "\u{600}", "\u{200D}", "🇬🇧", "日本", "\u{FE0F}", "ǅ", "\u{2028}", "\u{AD}", "¼"]
        var random = SplitMix64(seed: 0x5EED)
        var decided = 0
        for round in 0..<2_000 {
            let pieces = round % 2 == 0 ? plain : plain + beyond
            // Words long enough that about 30 of them fill the opening, in texts a little
            // shorter or longer than it.
            let wordLength = Int.random(in: 1...24, using: &random)
            let size = ScreeningClaims.labelOpeningBytes + Int.random(in: -200...64, using: &random)
            var text = ""
            while text.utf8.count < size {
                for _ in 0..<Int.random(in: 1...wordLength, using: &random) { text += "x" }
                text += pieces.randomElement(using: &random)!
                if Bool.random(using: &random) { text += " " }
            }
            let words = text.lowercased().split { !$0.isLetter && $0 != "-" }.count
            let tooMany = ScreeningClaims.hasMoreWordsThanALabel(opening: text)
            if text.utf8.count <= ScreeningClaims.labelOpeningBytes {
                XCTAssertEqual(tooMany, words > ScreeningClaims.questionWords + 1, text.debugDescription)
            } else if tooMany {
                XCTAssertGreaterThan(words, ScreeningClaims.questionWords, text.debugDescription)
            }
            if tooMany { decided += 1 }
        }
        // The property is not met by never deciding.
        XCTAssertGreaterThan(decided, 500)
    }

    /// The denial read from an answer's first bytes is FieldCondition's on the whole answer:
    /// hand-picked answers, then random ones made of denials, their near misses, spaces,
    /// punctuation, digits, capitals and scalars beyond ASCII.
    func testADenialToldFromTheOpeningIsTheWholeAnswers() {
        let picked = [
            "No", "no.", "  None identified", "NONE", "n/a", "N/A - adults", "Not applicable", "not  applicable", "nothing", "No1", "No-one", "nil",
            "Nilpotent", "false", "False.", "FALSE!", "The scheme has no impact", "No – payments go to adults", "\tno impact on children", "no impacts",
            "not relevant", "not relevantly", "na", "nay", "(No)", "¿No?", "Ｎo", "No\u{301}", "N\u{301}o", "no\r\n", "", "   ", "\u{212A}", "Nó",
        ]
        var random = SplitMix64(seed: 0xDE41)
        let pieces = ["no", "none", "n/a", "na", "not applicable", "not", "nil", "false", "No", "NA", " ", "\t", "\n", ".", "-", "x", "1", "é", "\u{301}", "–", "(", "?", "applicable", "impact"]
        let answers = random.texts(picked, plus: 3_000, of: pieces, count: 1...5)
        var told = 0
        for answer in answers {
            XCTAssertEqual(ScreeningClaims.denies(answer), FieldCondition.value(answer, isOneOf: ScreeningClaims.denials), answer.debugDescription)
            if ScreeningClaims.deniesByOpening(answer) != nil { told += 1 }
        }
        // Many are told from their opening (the rest open with spaces, punctuation or é).
        XCTAssertGreaterThan(told, answers.count / 3)
    }

    /// A first word is a denial's opening exactly when its lowercased String is one.
    func testADenialsOpeningWordIsToldAsItsLowercasedString() {
        let text = "No NONE n Na not Nil FALSE nope Kelvin \u{212A} ñ İ fa f nö NOT-applicable none’s nil1 Fa N"
        let tokens = Tokenizer.tokens(of: text)
        XCTAssertGreaterThan(tokens.count, 15)
        for token in tokens {
            let word = token.original(in: text)
            XCTAssertEqual(ScreeningClaims.isDenialOpening(token, in: text), ScreeningClaims.denialOpenings.contains(word.lowercased()), String(word))
        }
    }

    /// A label whose bytes rule out every word for children holds none once lowercased, as
    /// Foundation searches it: hand-picked labels (capitals, the Kelvin sign, dotted capital
    /// I, the Greek question mark, combining marks), then random ones.
    func testALabelRuledOutByItsBytesNamesNoChildren() {
        let words: Set<String> = ["children", "kids", "young people", "pupil;s", "ki"]
        let picked = [
            "Impact on CHILDREN", "Impact on adults", "\u{212A}IDS and families", "Young  people", "YOUNG PEOPLE – none", "p\u{130}", "pupil\u{37E}s",
            "Children\u{301}", "childrén", "Kids’ clubs", "", "xyz", "Chi", "Effect on learners", "\u{1FEF}",
        ]
        var random = SplitMix64(seed: 0xC41D)
        let pieces = ["child", "ren", "CHILD", "REN", "kid", "s", "K", "\u{212A}", "young", " ", "  ", "people", "PEOPLE", "é", "\u{301}", "–", "’", "\u{130}", "pupil", ";", "\u{37E}", "x", "I", "\u{131}"]
        let labels = random.texts(picked, plus: 3_000, of: pieces, count: 1...6)
        var ruledOut = 0
        for label in labels where !ScreeningClaims.mayName(anyOf: words, label) {
            ruledOut += 1
            let asked = label.lowercased()
            XCTAssertFalse(words.contains(where: asked.contains), label.debugDescription)
        }
        XCTAssertTrue(ScreeningClaims.mayName(anyOf: words, "\u{212A}IDS and families"))
        XCTAssertFalse(ScreeningClaims.mayName(anyOf: words, "Impact on adults"))
        // Words beyond ASCII are searched for the slow way.
        XCTAssertTrue(ScreeningClaims.mayName(anyOf: ["plant ŵyr"], "Impact on adults"))
        // The property is not met by never ruling out.
        XCTAssertGreaterThan(ruledOut, 300)
    }

    /// A label's words split on its bytes (plain text) are those its Characters split into:
    /// random texts of letters, hyphens, digits, spaces, CR LF and caseless punctuation, and
    /// (split as Characters) combining marks and letters beyond ASCII.
    func testALabelsWordsReadByBytesAreItsCharactersWords() {
        let pieces = ["a", "Word", "-", " ", "1", "\r\n", "\t", "'", "’", "–", "…", "£", "§", "\u{A0}", "«", "»", "\u{2010}", "\u{2027}", "é", "e\u{301}", "\u{301}", "ß", "\u{2028}", "日本"]
        var random = SplitMix64(seed: 0x1ABE)
        for _ in 0..<2_000 {
            let label = random.text(of: pieces, count: 0...12).lowercased()
            XCTAssertEqual(ScreeningClaims.labelWords(label), label.split { !$0.isLetter && $0 != "-" }, label.debugDescription)
        }
    }

    /// A question told from its last bytes is Foundation's trimmed text ending with "?".
    func testAQuestionToldFromItsLastBytesIsTheTrimmedTexts() {
        let pieces = ["?", " ", "\n", "\r\n", "\t", "\u{1C}", "x", "é", "\u{301}", "\u{600}", "\u{A0}", "\u{85}", "\u{2028}", "？", "Does it affect children"]
        var random = SplitMix64(seed: 0x3F3F)
        var asking = 0
        for _ in 0..<3_000 {
            let text = random.text(of: pieces, count: 0...6)
            let expected = text.trimmingCharacters(in: .whitespacesAndNewlines).hasSuffix("?")
            XCTAssertEqual(ScreeningClaims.endsWithQuestionMark(text), expected, text.debugDescription)
            if expected { asking += 1 }
        }
        XCTAssertGreaterThan(asking, 150)
    }
}
