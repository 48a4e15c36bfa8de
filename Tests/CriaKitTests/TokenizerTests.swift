import XCTest

@testable import CriaKit

/// The tokeniser reads bytes, with fast paths for ASCII; it must split words, sentences and
/// clauses exactly where reading the text character by character does.
final class TokenizerTests: XCTestCase {
    private struct Read: Equatable, CustomStringConvertible {
        let start: Int, end: Int, stem: Int32, flags: UInt16, sentence: Int, clause: Int
        var description: String { "\(start)..<\(end) stem \(stem) flags \(flags) s\(sentence) c\(clause)" }
    }

    private func tokens(_ text: String, _ words: inout WordTable) -> [Read] {
        var sentence = 0, clause = 0
        return Tokenizer.tokenize(text, words: &words, sentence: &sentence, clause: &clause).map {
            Read(start: $0.start, end: $0.end, stem: $0.stem, flags: $0.flags.rawValue, sentence: $0.sentence, clause: $0.clause)
        }
    }

    /// The tokeniser's rules, one `Character` at a time.
    private func referenceTokens(_ text: String, _ words: inout WordTable) -> [Read] {
        var read: [Read] = []
        var sentence = 0, clause = 0
        let characters = Array(text.indices)
        func offset(_ index: String.Index) -> Int { text.utf8.distance(from: text.startIndex, to: index) }
        var wordStart: Int?  // position in `characters`
        func finishWord(at end: Int) {
            guard let first = wordStart else { return }
            wordStart = nil
            var last = end
            while last > first, ["'", "’", "-"].contains(text[characters[last - 1]]) { last -= 1 }
            guard last > first else { return }
            let lower = offset(characters[first]), upper = last == characters.count ? text.utf8.count : offset(characters[last])
            let word = Array(text.utf8).withUnsafeBufferPointer { words.word($0, lower..<upper, in: text) }
            if word.flags.contains(.clauseBreak) { clause += 1 }
            read.append(Read(start: lower, end: upper, stem: word.stem, flags: word.flags.rawValue, sentence: sentence, clause: clause))
        }
        for (position, index) in characters.enumerated() {
            let character = text[index]
            let joins = ["'", "’", "-"].contains(character) && wordStart != nil
            if character.isLetter || character.isNumber || joins {
                if wordStart == nil { wordStart = position }
                continue
            }
            finishWord(at: position)
            switch character {
            case ".", "!", "?":
                let endsSentence = position + 1 == characters.count || text[characters[position + 1]].isWhitespace
                let afterAbbreviation = read.last.map { WordFlags(rawValue: $0.flags).contains(.abbreviation) } ?? false
                if endsSentence && !afterAbbreviation {
                    sentence += 1
                    clause += 1
                }
            case ";", ":", "(", ")":
                clause += 1
            default:
                break
            }
        }
        finishWord(at: characters.count)
        return read
    }

    private func assertAgrees(_ text: String, file: StaticString = #filePath, line: UInt = #line) {
        var words = WordTable.numberingStems()
        let fast = tokens(text, &words)
        let reference = referenceTokens(text, &words)
        XCTAssertEqual(fast, reference, text.debugDescription, file: file, line: line)
    }

    func testHandPickedTexts() {
        let texts = [
            "", " ", "a", "Art. 12 applies. Children's views", "e.g. this; that (and) the other: x!", "a--b 'quoted' -x y- z'",
            "line\r\nnext\rthird", "tab\there", "3.5 per cent. Next", "However, but yet", "café naïve – “quoted” it’s parties’",
            "é\u{301}tude e\u{301} a\u{301}b .\u{301} x'\u{301} y-\u{301}", "x.\u{A0}Y", "end.", "end. ", "two  spaces\u{2028}sep",
            "CR\r", "\r\n", "word\u{2019}s", "A1-B2 2024-25 -- '' ''a", "£5 €10 ¥ naïve’", "Ünïcödé Wörds; ÄÖÜ.",
        ]
        for text in texts { assertAgrees(text) }
    }

    func testRandomTexts() {
        let alphabet: [String] = [
            "a", "B", "z", "7", "'", "-", " ", " ", ".", "!", "?", ";", ":", "(", ")", ",", "\r", "\n", "\t",
            "é", "’", "–", "“", "\u{301}", "\u{A0}", "€", "漢", "🙂", "ß", "\u{2028}", "e.g", "Art", "but",
        ]
        var generator = SplitMix64(seed: 20_261_129)
        for _ in 0..<3000 {
            let length = Int.random(in: 0...24, using: &generator)
            let text = (0..<length).map { _ in alphabet.randomElement(using: &generator)! }.joined()
            assertAgrees(text)
        }
    }

    func testTokensContinueTheCounters() {
        var words = WordTable.numberingStems()
        var sentence = 4, clause = 9
        let read = Tokenizer.tokenize("One. Two", words: &words, sentence: &sentence, clause: &clause)
        XCTAssertEqual(read.map(\.sentence), [4, 5])
        XCTAssertEqual(read.map(\.clause), [9, 10])
        XCTAssertEqual(sentence, 6)
        XCTAssertEqual(clause, 11)
    }

    /// A token's word told from its bytes is the lowercased String's: "its" in capitals, with
    /// a dotless or dotted I, a Kelvin sign, a combining mark, an apostrophe or one letter more.
    func testAWordLowercasedIsToldAsItsString() {
        let text = "its ITS Its iTs ıts İts \u{212A}its its\u{301} it’s itss it s ITS. its-its ts i Its’"
        let read = Tokenizer.tokens(of: text)
        XCTAssertGreaterThan(read.count, 15)
        var matched = 0
        for token in read {
            for word in ["its", "ts", "i", "it’s", "İts"] {
                let expected = token.original(in: text).lowercased() == word
                XCTAssertEqual(token.lowercased(in: text, is: word), expected, "\(token.original(in: text)) \(word)")
                if expected { matched += 1 }
            }
        }
        XCTAssertEqual(matched, 9)
    }
}

/// A seeded generator, so that a failing random text comes back on the next run.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A text of pieces drawn at random from `pieces`, as many as drawn from `count`.
    mutating func text(of pieces: [String], count: ClosedRange<Int>) -> String {
        (0..<Int.random(in: count, using: &self)).map { _ in pieces.randomElement(using: &self)! }.joined()
    }

    /// `picked`, then `extra` random texts of `pieces` (`text(of:count:)`).
    mutating func texts(_ picked: [String], plus extra: Int, of pieces: [String], count: ClosedRange<Int>) -> [String] {
        picked + (0..<extra).map { _ in text(of: pieces, count: count) }
    }
}

extension Tokenizer {
    /// The tokens of one text read alone, with a fresh table of words.
    static func tokens(of text: String) -> [Token] {
        var words = WordTable.numberingStems()
        var sentence = 0, clause = 0
        return tokenize(text, words: &words, sentence: &sentence, clause: &clause)
    }
}
