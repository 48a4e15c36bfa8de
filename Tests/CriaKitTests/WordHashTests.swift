import XCTest

@testable import CriaKit

/// `ByteKind.word` reads ASCII words eight bytes at a time; the hash and prefix it makes must
/// be those `WordTable` makes of the same bytes, or one word would take two entries.
final class WordHashTests: XCTestCase {
    private let texts = [
        "a", "ab cd", "children", "childrens", "consultation period", "well-being of pupils",
        "children's rights", "pupils' views", "trailing- hyphen", "a-", "x'--", "end",
        "internationalisation and counterterrorism", "abcdefgh", "abcdefghijklmnop", "abcdefghijklmnopq",
        "s 12(3)", "Art. 12 e.g. 3.5", "ÉCOLE école", "word\u{00A0}next", "1234567 12345678 123456789",
    ]

    func testWordHashAndPrefixMatchTheTable() {
        let seed: UInt64 = 0x1234_5678_9ABC_DEF1
        for text in texts {
            for padding in ["", " ", "        ", "                 "] {
                for layout in [text, padding + text, text + padding] {
                    let bytes = Array(layout.utf8)
                    bytes.withUnsafeBufferPointer { buffer in
                        ByteKind.table.withUnsafeBufferPointer { kinds in
                            var i = 0
                            while i < buffer.count {
                                guard kinds[Int(buffer[i])] == ByteKind.letterOrDigit else { i += 1; continue }
                                let word = ByteKind.word(in: buffer, from: i, kinds: kinds, seed: seed)
                                XCTAssertEqual(word.hash, WordTable.hash(buffer, i..<word.end, seed: seed), "\(layout) at \(i)")
                                XCTAssertEqual(word.prefix, WordTable.prefix(buffer, i..<word.end), "\(layout) at \(i)")
                                var end = i
                                while end < buffer.count && kinds[Int(buffer[end])] &- ByteKind.letterOrDigit < 2 { end += 1 }
                                XCTAssertEqual(word.run, end, "\(layout) at \(i)")
                                while kinds[Int(buffer[end - 1])] == ByteKind.apostropheOrHyphen { end -= 1 }
                                XCTAssertEqual(word.end, end, "\(layout) at \(i)")
                                i = word.run
                            }
                        }
                    }
                }
            }
        }
    }

    func testEachDistinctWordTakesOneEntry() {
        var words = WordTable(vocabulary: .base)
        var sentence = 0, clause = 0
        let text = "counterterrorism well-being children children's counterterrorism well-being children children's"
        _ = Tokenizer.tokenize(text, words: &words, sentence: &sentence, clause: &clause)
        _ = Tokenizer.tokenize("children", words: &words, sentence: &sentence, clause: &clause)
        XCTAssertEqual(words.count, 4)
    }
}
