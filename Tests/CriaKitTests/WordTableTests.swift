import XCTest

@testable import CriaKit

final class WordTableTests: XCTestCase {
    private func tokens(_ text: String, _ words: inout WordTable) -> [Token] {
        var sentence = 0, clause = 0
        return Tokenizer.tokenize(text, words: &words, sentence: &sentence, clause: &clause)
    }

    func testTheSameSpellingGetsTheSameStem() {
        var words = WordTable.numberingStems()
        let read = tokens("Children consulted children’s children's CHILDREN", &words)
        XCTAssertEqual(read.map { words.stem($0.stem) }, ["child", "consult", "child", "child", "child"])
        XCTAssertEqual(Set(read.map(\.stem)).count, 2)
    }

    func testASCIITextStemsAsTheTokenizerStemsIt() {
        var words = WordTable.numberingStems()
        let texts = [
            "", " ", "voice of the child", "  Children  consulted 2024 ", "x", "ab12cd 9", "child's views", "a-b",
            "e.g. art. 12", "impact: article 28, direction positive", "'quoted' -- x- -y y'' 2024-25", "line\r\nnext", "a\tb;c(d)",
        ]
        for text in texts {
            XCTAssertEqual(Tokenizer.stemsOfASCIIText(text, words: &words), tokens(text, &words).map(\.stem), text)
        }
        for text in ["café", "naïve – x", "it’s"] {
            XCTAssertNil(Tokenizer.stemsOfASCIIText(text, words: &words), text)
        }
    }

    func testStemsLookedUpByBytesMatchTheStringLookup() {
        let matcher = TermMatcher(lexicons: [Lexicon(name: "x", description: "", terms: ["children's views", "planning", "parties", "GCSE", "café", "K\u{212A}"])])
        let vocabulary = matcher.vocabulary
        var words = WordTable(vocabulary: vocabulary)
        let text = "Children’s VIEWS planned plans parties’ party GCSEs gcse café kk KK not but etc zebra 240 e.g"
        for token in tokens(text, &words) {
            let spelled = token.original(in: text)
            XCTAssertEqual(token.stem, vocabulary.ids[Stemmer.stem(spelled)] ?? Token.unknownStem, String(spelled))
        }
    }

    func testCurlyApostropheStemsLikeTheStraightOne() {
        for (curly, straight) in [("don’t", "don't"), ("parties’", "parties'"), ("people’s", "people's"), ("GCSE’s", "GCSE's")] {
            XCTAssertEqual(Stemmer.stem(Substring(curly)), Stemmer.stem(Substring(straight)), curly)
        }
    }

    func testWordsOutsideTheVocabularyAreUnknownButKeepTheirFlags() {
        let matcher = TermMatcher(lexicons: [Lexicon(name: "x", description: "", terms: ["pupil"])])
        var words = WordTable(vocabulary: matcher.vocabulary)
        let read = tokens("Pupils are not 240 zebras", &words)
        XCTAssertEqual(words.stem(read[0].stem), "pupil")
        XCTAssertEqual(read[4].stem, Token.unknownStem)
        XCTAssertTrue(read[1].flags.contains(.auxiliary))
        XCTAssertTrue(read[2].flags.contains(.negationCue))
        XCTAssertTrue(read[3].flags.contains(.number))
    }

    /// Non-ASCII characters read without `Character` (one scalar next to ASCII) break words
    /// where reading character by character does.
    func testNonASCIIWordsAndBreaks() {
        var words = WordTable.numberingStems()
        let text = "Naïve café – “quoted” text; é\u{301}tude, £5 e\u{301}"
        let read = tokens(text, &words)
        XCTAssertEqual(read.map { String($0.original(in: text)) }, ["Naïve", "café", "quoted", "text", "é\u{301}tude", "5", "e\u{301}"])
        XCTAssertEqual(read.map(\.clause), [0, 0, 0, 0, 1, 1, 1])
    }
}
