import XCTest

@testable import CriaKit

/// The byte- and scalar-level shortcuts of evaluation agree with the plain definitions they
/// stand in for.
final class EvaluationShortcutTests: XCTestCase {
    func testLatinWordsStemAsCharacterByCharacter() {
        let words = [
            "cafés", "Ysgolion", "plant’s", "Gweinidogion", "naïve", "façades", "ŵyr", "dŵr", "Ôl-16",
            "déjà", "rôles", "años", "straße", "İstanbul", "ĳssels", "planned", "ßß", "ÉTUDES", "niñoss",
            "cafés’", "éees", "ääing", "ŷŷed", "ĉĉing", "tries", "kıds", "KIDS", "e\u{301}tudes", "x\u{200D}s",
            "Children", "PEOPLE’S", "women", "mens", "parties’", "Carers", "babies", "party", "partners", "chills",
            "men", "me", "children's", "Families", "pets", "planning", "fussed", "passes", "watches", "bus",
            "ÇA", "Œuvres", "ÀÉÎÕÜS", "ÿs", "Ø×s", "ÉLÈVES’", "ÉTÉS", "Ñandúes", "ÞÆÐS",
        ]
        for word in words {
            XCTAssertEqual(Stemmer.stem(Substring(word)), Stemmer.characterStem(word.lowercased()), word)
        }
    }

    func testWantedKeysMatchLikeTheKeySet() {
        let keys: Set<String> = ["screening", "childimpact", "art", "article", ""]
        let wanted = WantedKeys(keys)
        let labels = [
            "Screening", "SCREENING", "screening_outcome", "child-impact", "Child Impact", "child.impact", "childImpactX",
            "Art", "ART", "a_r_t", "article", "Article", "p", "section", "", "_-", "Scréening", "scree ning", "S",
        ]
        for label in labels {
            let key = StructureVocabulary.key(label)
            XCTAssertEqual(wanted.match(label), keys.contains(key) ? key : nil, label)
        }
        let nonASCII = WantedKeys(["réponse"])
        XCTAssertEqual(nonASCII.match("Réponse"), "réponse")
        XCTAssertNil(nonASCII.match("reponse"))
    }

    func testWalkVisitsEveryNodeInDocumentOrder() {
        func node(_ label: String) -> DocumentNode { DocumentNode(kind: .element, label: label, path: "/\(label)", location: .unknown) }
        let root = node("root")
        var labels = 0
        func grow(_ parent: DocumentNode, depth: Int) {
            guard depth < 4 else { return }
            for _ in 0..<(depth % 2 == 0 ? 3 : 1) {
                labels += 1
                let child = node("n\(labels)")
                parent.appendChild(child)
                grow(child, depth: depth + 1)
            }
        }
        grow(root, depth: 0)
        root.appendChild(node("last"))
        func preorder(_ node: DocumentNode) -> [String] { [node.label] + node.children.flatMap(preorder) }
        var walked: [String] = []
        root.walk { walked.append($0.label) }
        XCTAssertEqual(walked, preorder(root))
        XCTAssertEqual(walked.count, labels + 2)
        XCTAssertEqual(Array(walked.prefix(4)), ["root", "n1", "n2", "n3"])
        var leaf: [String] = []
        node("alone").walk { leaf.append($0.label) }
        XCTAssertEqual(leaf, ["alone"])
    }

    func testTableLabelsAreFoundLikeLowercasing() {
        for label in ["table", "TABLE", "Table", "tAbLe", "tables", "tabl", "ta le", "täble", "TÁBLE", "Tabel", "xable", "", "t", "\u{212A}able"] {
            XCTAssertEqual(FieldCollector.isTable(label), label.lowercased() == "table", label)
        }
    }

    func testLeadingNumberReadsLikeTrimmingAndPrefix() {
        let values = [
            "28", " 28", "\t3 (education)", "12a", "3.5", "", "   ", "abc", "007", "99999999999999999999999",
            "\u{A0}24", "2\u{301}", "٣", "4½", " 5\n", "\n5", "+5", "54", "1 2",
        ]
        for value in values {
            let expected = Int(value.trimmingCharacters(in: .whitespaces).prefix { $0.isNumber })
            XCTAssertEqual(DocumentFacts.leadingNumber(value), expected, value)
        }
    }

    func testArticlePrefilterKeepsEveryReference() {
        let references = [
            "See Article 12.", "Art.\t3", "articles  12", "ARTICLE 3", "art.12", "arts.5", "(article 3)", "the art 9",
            "Article\u{A0}12", "article ٣", "Under Art. 12(1)", "x-art 4", "’article 7",
        ]
        for text in references { XCTAssertTrue(ArticleReferences.mayReferenceArticle(text), text) }
        let others = ["Art therapy for 12 children.", "artist 3", "article x", "articled 3", "smart 3", "Arts and crafts.", "art"]
        for text in others {
            XCTAssertFalse(ArticleReferences.mayReferenceArticle(text), text)
            XCTAssertEqual(ArticleReferences.find(in: text).count, 0, text)
        }
    }

    func testConventionPrefilterKeepsEveryMention() {
        let mentions = [
            "UNCRC", "the uncrc", "UN CRC", "a CRC report", "crc", "x Convention on the Rights of the Child",
            "RIGHTS OF THE CHILD", "children's rights convention", "childrens RIGHTS CONVENTION", "ſ", "the ﬁrst", "c crc",
            "rr rights of the child", "é the UNCRC",
        ]
        for text in mentions { XCTAssertTrue(ArticleReferences.mayMentionConvention(text), text) }
        let others = ["", "cr", "rights of the chil", "human rights act", "circus", "rights convent", "é"]
        for text in others { XCTAssertFalse(ArticleReferences.mayMentionConvention(text), text) }
    }

    /// Texts built from the pieces references are made of read the same with the byte reader
    /// as with the regular expressions.
    func testArticleReaderAgreesWithThePattern() {
        let pieces = [
            "Article", "article", "ARTICLES", "Art", "art.", "Arts", "arts.", "artic", "articled", " ", "  ", "\t", "\n", "\r\n",
            "1", "3", "12", "28", "54", "55", "123", "0", "(1)", "( 2 )", "(a)", "(B)", "(", ")", ",", ", ", " and ", "and",
            " & ", " or ", " to ", "to", "-", "--", " - ", "x", "smart", "_", "e.g.", ".", "the", "Convention", "9(100)",
            "\u{A0}", "\u{2002}", "–", "—", "’", "“", "é", "l’article", "Artículo", "ß", "ſ", "K", "\u{301}", "\u{FEFF}", "٣",
            "\u{B}", "\u{1C}", "\u{85}", "\u{2028}", "œ", "À",
        ]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3000 {
            var text = ""
            for _ in 0..<Int.random(in: 1...12, using: &generator) { text += pieces.randomElement(using: &generator)! }
            let read = ArticleReferences.find(in: text).map { ($0.article, text.utf8.distance(from: text.startIndex, to: $0.range.lowerBound), text.utf8.distance(from: text.startIndex, to: $0.range.upperBound)) }
            let matched = ArticleReferences.findWithPattern(in: text).map {
                ($0.article, text.utf8.distance(from: text.startIndex, to: $0.range.lowerBound), text.utf8.distance(from: text.startIndex, to: $0.range.upperBound))
            }
            XCTAssertEqual(read.map(\.0), matched.map(\.0), text)
            XCTAssertEqual(read.map(\.1), matched.map(\.1), text)
            XCTAssertEqual(read.map(\.2), matched.map(\.2), text)
        }
    }
}
