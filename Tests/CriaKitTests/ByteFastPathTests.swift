import Foundation
import XCTest

@testable import CriaKit

/// The byte-level fast paths (eight bytes at a time, packed keys) against the plain
/// definitions they replace, on edge cases and on random text.
final class ByteFastPathTests: XCTestCase {
    private static let alphabet: [String] = [
        "a", "Z", "q", "0", "9", " ", "  ", "\t", "\n", "'", "-", "’", "é", "Ж", "中", "😀", "\u{1}", "\"", "\\",
        ".", ",", "_", "@", "[", "`", "{", "/", ":", "\u{7F}", "A", "m", "\r\n",
    ]

    private func randomText(_ generator: inout SystemRandomNumberGenerator) -> String {
        let length = Int.random(in: 0...40, using: &generator)
        return (0..<length).map { _ in Self.alphabet.randomElement(using: &generator)! }.joined()
    }

    /// The definition `WordCounter.count` had before its ASCII fast path: runs of letters or
    /// digits, continued (never started) by `'`, `-` and `’`.
    private func referenceWordCount(_ text: String) -> Int {
        var count = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            let isWordCharacter: Bool
            if scalar.isASCII {
                let byte = UInt8(scalar.value)
                isWordCharacter =
                    (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
                    || ((byte == 0x27 || byte == 0x2D) && inWord)
            } else {
                isWordCharacter = scalar.properties.isAlphabetic || (scalar == "’" && inWord)
            }
            if isWordCharacter && !inWord { count += 1 }
            inWord = isWordCharacter
        }
        return count
    }

    func testWordCountMatchesItsDefinition() {
        let cases = [
            "", "a", "child's views", "11-16 year olds", "--a", "a--b", "'a' 'b'", "abcdefgh", "abcdefghi jklmnopq",
            "abcdefg-hijklmno", "x’s and y’s", "Département de l’État", "12345678 12345678", "a b c d e f g h i j",
            "        word", "word        ", "tab\tseparated\ttext here", "émigré", "2025-04-08T09:30",
        ]
        for text in cases {
            XCTAssertEqual(WordCounter.count(text), referenceWordCount(text), text)
        }
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3000 {
            let text = randomText(&generator)
            XCTAssertEqual(WordCounter.count(text), referenceWordCount(text), text.debugDescription)
            let limit = Int.random(in: 0...6, using: &generator)
            let bounded = WordCounter.count(text, stoppingAbove: limit)
            XCTAssertEqual(bounded <= limit, referenceWordCount(text) <= limit, text.debugDescription)
        }
    }

    func testWordRunsAlphabeticMatchesTheUnicodeProperty() {
        for value in UInt32(0x80)...0x2FFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            XCTAssertEqual(WordRuns.isAlphabetic(scalar), scalar.properties.isAlphabetic, "U+\(String(value, radix: 16))")
        }
    }

    func testJSONStringsEscapeAsBefore() {
        func reference(_ text: String) -> String {
            var out: [UInt8] = [0x22]
            for byte in text.utf8 {
                switch byte {
                case 0x22: out += Array("\\\"".utf8)
                case 0x5C: out += Array("\\\\".utf8)
                case 0x0A: out += Array("\\n".utf8)
                case 0x0D: out += Array("\\r".utf8)
                case 0x09: out += Array("\\t".utf8)
                case 0..<0x20: out += Array(String(format: "\\u%04x", byte).utf8)
                default: out.append(byte)
                }
            }
            return String(decoding: out + [0x22], as: UTF8.self)
        }
        let cases = [
            "", "plain", "\"quoted\"", "back\\slash", "line\nbreak and more text", "\u{1}spool:x", "0123456\"",
            "01234567\"", "012345678\u{1F}", "é\"é\"é\"é\"", "tab\there\r\n", "😀 \u{0}",
        ]
        for text in cases {
            XCTAssertEqual(JSONValue.string(text).serialized(), reference(text), text.debugDescription)
        }
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let text = randomText(&generator)
            XCTAssertEqual(JSONValue.string(text).serialized(), reference(text), text.debugDescription)
        }
    }

    func testJSONIntegersAsStringDescribesThem() {
        for value in [0, 7, 10, 99, 100, 12345, -1, -10, -987_654_321, Int.max, Int.min] {
            XCTAssertEqual(JSONValue.int(value).serialized(), String(value))
        }
    }

    func testRolesOfLabelsMatchRolesOfKeys() {
        var labels = [
            "", "_", "Title", "SECTION_TITLE", "section-heading", "P", "p", "para1", "Para.1", "Body", "xmlns",
            "documentInformation", "document_information_x", "averyveryverylonglabelnamethatisnokey",
            "lin\u{212A}s", "Département", "criaWaivers", "cria-waiver", "Waiver", "blockType", "TEXT", "level",
            "title\u{0}", "Heading", "CAPTION", "name", "Label", "num", "Questionnumber", "frontMatter",
        ]
        for (set, _) in StructureVocabulary.roleSets { labels.append(contentsOf: set.map { $0.uppercased() }) }
        labels.append(contentsOf: StructureVocabulary.titleAttributes)
        for label in labels {
            let key = StructureVocabulary.key(label)
            XCTAssertEqual(StructureVocabulary.roles(ofLabel: label), StructureVocabulary.roles(ofKey: key), label.debugDescription)
            XCTAssertEqual(StructureVocabulary.titleAttributeRank(ofName: label), StructureVocabulary.titleAttributes.firstIndex(of: key), label.debugDescription)
        }
    }

    func testPresentationAttributesIgnoreCase() {
        for name in ["id", "ID", "Class", "XML:LANG", "tabIndex", "data-id", "title", "", "ıd", "İd", "rowspan", "rowspans"] {
            XCTAssertEqual(StructureVocabulary.isPresentationAttribute(name), StructureVocabulary.presentationAttributes.contains(name.lowercased()), name)
        }
    }

    /// Vocabulary keys spelled as labels: random case, separators, and bytes next to `A`-`Z`.
    func testRolesOfSpelledKeysMatchRolesOfKeys() {
        var keys = StructureVocabulary.roleSets.flatMap { $0.keys } + StructureVocabulary.titleAttributes
        keys += ["@title", "[p]", "`body`", "{li}", "averyveryverylongkeyname", "exactlytwentyfourletters", "twentyfivelettersaltogeth"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3000 {
            var label = ""
            for character in keys.randomElement(using: &generator)! {
                if Int.random(in: 0..<6, using: &generator) == 0 { label += ["_", "-", ".", " "].randomElement(using: &generator)! }
                label += Bool.random(using: &generator) ? character.uppercased() : String(character)
            }
            let key = StructureVocabulary.key(label)
            XCTAssertEqual(StructureVocabulary.roles(ofLabel: label), StructureVocabulary.roles(ofKey: key), label.debugDescription)
            XCTAssertEqual(StructureVocabulary.titleAttributeRank(ofName: label), StructureVocabulary.titleAttributes.firstIndex(of: key), label.debugDescription)
        }
    }

    /// `LabelMemo` answers as the vocabulary does, for more names than it has slots, for
    /// names met again, and for equal names in other storage.
    func testLabelMemoAnswersAsTheVocabulary() {
        var memo = LabelMemo()
        var names = StructureVocabulary.roleSets.flatMap { $0.keys }.map { $0.uppercased() }
        names += ["xmlns", "xmlns:dc", "ID", "Class", "voiceOfTheChild", "Département", "a-very-long-attribute-name-indeed"]
        names += (0..<600).map { "field\($0)Name" }
        for round in 0..<3 {
            for name in names {
                let asked = round == 2 ? String(decoding: Array(name.utf8), as: UTF8.self) : name
                XCTAssertEqual(memo.roles(asked), StructureVocabulary.roles(ofLabel: name), name)
                XCTAssertEqual(memo.titleAttributeRank(asked), StructureVocabulary.titleAttributeRank(ofName: name), name)
                XCTAssertEqual(memo.words(asked), LabelWords.words(name), name)
                XCTAssertEqual(memo.key(asked), StructureVocabulary.key(name), name)
                XCTAssertEqual(memo.isFactAttribute(asked), !name.hasPrefix("xmlns") && !StructureVocabulary.isPresentationAttribute(name), name)
            }
        }
    }

    /// What `TextAccumulator` builds: the words of its runs (split at whitespace and at block
    /// breaks), one space between each two.
    private func referenceCollapsed(_ runs: [String?]) -> String {
        var words: [String] = []
        var current = ""
        for run in runs {
            guard let run else {
                if !current.isEmpty { words.append(current) }
                current = ""
                continue
            }
            for scalar in run.unicodeScalars {
                if scalar.properties.isWhitespace {
                    if !current.isEmpty { words.append(current) }
                    current = ""
                } else {
                    current.unicodeScalars.append(scalar)
                }
            }
        }
        if !current.isEmpty { words.append(current) }
        return words.joined(separator: " ")
    }

    func testTextAccumulatorCollapsesAsItsDefinition() {
        let alphabet = Self.alphabet + ["\u{A0}", "\u{2003}", "\u{3000}", "\u{85}", "«", "abcdefgh", "a b c d ", "words and words"]
        let cases: [[String?]] = [
            [], [""], ["  "], ["one line of plain words"], ["  padded  "], [nil, "a", nil, "b", nil], ["a", "b"], ["a ", " b"],
            ["eight ch", "ars"], ["abcdefg ", "x"], ["abcdefg  x"], ["abcdefgh\u{A0}ijklmnop"], ["abcdefg\n"], ["trailing "],
        ]
        var generator = SystemRandomNumberGenerator()
        let random: [[String?]] = (0..<3000).map { _ in
            (0..<Int.random(in: 0...4, using: &generator)).map { _ -> String? in
                if Int.random(in: 0..<4, using: &generator) == 0 { return nil }
                let length = Int.random(in: 0...12, using: &generator)
                return (0..<length).map { _ in alphabet.randomElement(using: &generator)! }.joined()
            }
        }
        for runs in cases + random {
            var accumulator = TextAccumulator()
            for run in runs {
                if let run { accumulator.append(run) } else { accumulator.breakBlock() }
            }
            XCTAssertEqual(accumulator.result, referenceCollapsed(runs), runs.debugDescription)
        }
    }

    func testWhitespaceBeyondASCIIMatchesTheUnicodeProperty() {
        for value in UInt32(0x80)...0x3FFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            XCTAssertEqual(TextAccumulator.isWhitespaceBeyondASCII(value), scalar.properties.isWhitespace, "U+\(String(value, radix: 16))")
        }
    }

    func testTrimmingWhitespaceMatchesFoundation() {
        let edges = [
            "", " ", "\n\t", " a ", "\u{00A0}guidance\u{3000}", "\u{2028}x\u{2029}", "\u{200B}x\u{200B}",
            " \u{301}x", "x\u{85}", "Line one\n  line two\n\n", "\r\n😀\r\n",
        ]
        for text in edges {
            XCTAssertEqual(text.trimmingWhitespace, text.trimmingCharacters(in: .whitespacesAndNewlines), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let text = randomText(&generator) + ["\u{2003}", "\u{A0}", "", "\u{1680}"].randomElement(using: &generator)!
            XCTAssertEqual(text.trimmingWhitespace, text.trimmingCharacters(in: .whitespacesAndNewlines), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    func testCamelNameOfASCIIIdsMatchesTheGeneralSpelling() {
        let edges = [
            "", "-", "--", "a", "views", "childrens-own-views", "-leading", "trailing-", "a--b", "art-12-views",
            "x-1a", "already-Upper", "under_score-z", "q-é",
        ]
        for id in edges {
            XCTAssertEqual(SARIFReport.camelName(id), SARIFReport.camelNameOfAnyText(id), id)
        }
        XCTAssertEqual(SARIFReport.camelName("childrens-own-views"), "childrensOwnViews")
        let characters = Array("ab-z09-_A")
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let id = String((0..<Int.random(in: 0...12, using: &generator)).map { _ in characters.randomElement(using: &generator)! })
            XCTAssertEqual(SARIFReport.camelName(id), SARIFReport.camelNameOfAnyText(id), id)
        }
    }

    func testLowercasedWordSetAnswersAsLoweringTheToken() {
        // The Kelvin sign lowercases to "k": "WEE\u{212A}" is the word "week".
        let sets = [MoneyRates.rateWords, MoneyRates.currencyWords, ["its", "per", "a"], ["wee\u{212A}", "été"]]
        let pieces = [
            "week", "WEEK", "Weekly", "wee\u{212A}", "WEE\u{212A}", "pounds", "Pound", "PENCE", "per", "Per", "its", "It's", "ÉTÉ", "été",
            "eté", "annually", "each", "eachs", "£5", "12", " ", ", ", "-", "a", "A", "year-", "day’s",
        ]
        var generator = SystemRandomNumberGenerator()
        for words in sets {
            let set = LowercasedWordSet(Set(words))
            for _ in 0..<400 {
                let text = (0..<Int.random(in: 1...8, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined(separator: " ")
                var bytes = text
                bytes.withUTF8 { bytes in
                    for token in Tokenizer.tokens(of: text) {
                        let expected = Set(words).contains(token.original(in: text).lowercased())
                        XCTAssertEqual(set.contains(token, in: bytes, text: text), expected, "\(token.original(in: text)) in \(words)")
                    }
                }
            }
        }
        let text = "£5 a WEE\u{212A} or 3 Pounds"
        var bytes = text
        let found = bytes.withUTF8 { bytes in Tokenizer.tokens(of: text).filter { LowercasedWordSet(MoneyRates.rateWords.union(MoneyRates.currencyWords)).contains($0, in: bytes, text: text) } }
        XCTAssertEqual(found.map { String($0.original(in: text)) }, ["WEE\u{212A}", "Pounds"])
    }

    /// `ScreeningClaims.mayHoldTick` as it was read byte by byte, before eight bytes at a time.
    private func referenceMayHoldTick(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            switch previous {
            case 0xE2 where (0x88...0x8B).contains(byte) || (0x94...0x9F).contains(byte): return true
            case UInt8(ascii: "["), UInt8(ascii: "("):
                if [UInt8(ascii: "x"), UInt8(ascii: "X"), UInt8(ascii: " "), UInt8(ascii: "]"), UInt8(ascii: ")"), 0xE2].contains(byte) { return true }
            default: break
            }
            previous = byte
        }
        return false
    }

    /// `ScreeningClaims.inlineRow` as it was read, stepping the UTF-8 view index by index.
    private func referenceInlineRow(_ text: String) -> (label: String, answer: String)? {
        let utf8 = text.utf8
        var split: (start: String.Index, end: String.Index)?
        var index = utf8.startIndex, read = 0
        while index != utf8.endIndex, read < ScreeningClaims.labelOpeningBytes {
            let byte = utf8[index]
            let next = utf8.index(after: index)
            if byte == UInt8(ascii: ":") {
                split = (index, next)
            } else if byte == 0xE2, utf8[next...].starts(with: [0x80]), let third = utf8[utf8.index(after: next)...].first, third == 0x93 || third == 0x94 {
                split = (index, utf8.index(next, offsetBy: 2))
            } else if byte == UInt8(ascii: " "), utf8[next...].starts(with: [UInt8(ascii: "-"), UInt8(ascii: " ")]) {
                split = (index, utf8.index(next, offsetBy: 2))
            }
            if split != nil { break }
            index = next
            read += 1
        }
        guard let split else { return nil }
        let label = text[..<split.start], answer = text[split.end...].drop { $0 == "-" || $0 == " " }
        guard !label.isEmpty, !answer.isEmpty, ScreeningClaims.labelWords(String(label)).count <= ScreeningClaims.questionWords else { return nil }
        return (String(label), String(answer))
    }

    func testScreeningScansOfBytesMatchTheirDefinitions() {
        let pieces = [
            "a", "children", " ", "  ", "[", "]", "(", ")", "x", "X", "[x]", "( )", "☒", "☐", "✓", "■", "–", "—", "’", "“", "é", ":", " - ", "-", "No",
            "Impact on children", "none", "\u{301}", "\r\n", "abcdefgh",
        ]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3000 {
            let text = (0..<Int.random(in: 0...24, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            XCTAssertEqual(ScreeningClaims.mayHoldTick(text), referenceMayHoldTick(text), text.debugDescription)
            let row = ScreeningClaims.inlineRow(text), expected = referenceInlineRow(text)
            XCTAssertEqual(row?.label, expected?.label, text.debugDescription)
            XCTAssertEqual(row?.answer, expected?.answer, text.debugDescription)
        }
        // A split past the opening a label can fill is not looked for.
        let long = String(repeating: "a", count: ScreeningClaims.labelOpeningBytes) + ": none"
        XCTAssertNil(ScreeningClaims.inlineRow(long))
        XCTAssertEqual(ScreeningClaims.inlineRow("Impact on children – none")?.answer, "none")
        XCTAssertTrue(ScreeningClaims.mayHoldTick("abcdefghijklmnop [x] Yes"))
        XCTAssertFalse(ScreeningClaims.mayHoldTick("abcdefghijklmnop (see above) “quoted”"))
    }
}
