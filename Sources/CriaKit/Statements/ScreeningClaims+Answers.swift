import Foundation

/// How forms answer the screening question besides a plain "No": a ticked box among the
/// options ("☐ Yes ☒ No", "[ ] Yes [x] No", "Yes ☐ No ☑"); "Neutral" or "Not required" to a
/// label that asks only whether children are affected ("Impact on children and young people"
/// | "Neutral"); and a label and its answer in one line ("Impact on children: none").
extension ScreeningClaims {
    /// Marks of a ticked box, and of an empty one (which separate the options).
    static let tickedMarks = ["☒", "☑", "✓", "✔", "✅", "⊠", "■", "[x]", "[X]", "(x)", "(X)", "[✓]", "[✔]"]
    static let emptyMarks = ["☐", "□", "[ ]", "( )", "[]", "()"]

    /// Answers that deny only when the label asks nothing but whether children are affected:
    /// "Neutral" beside "Effect on pupils' reading" grades one effect among others, and a
    /// per-article row ("Best interests of the child" | "Neutral") grades a right.
    static let plainQuestionDenials = ["neutral", "not required", "not needed", "not necessary"]

    private static let plainDenialBytes: [[UInt8]] = plainQuestionDenials.map { Array($0.utf8) }

    /// Words a label may hold beside words for children and for an effect and still ask only
    /// whether children are affected: "Will the proposal have any impact on children and young
    /// people under 18?", "Children's rights screening".
    static let plainQuestionWords: Set<String> = [
        "on", "upon", "for", "of", "the", "and", "or", "to", "any", "with", "in", "is", "are", "will", "would", "could", "may", "be", "there", "an", "a",
        "do", "does", "did", "this", "these", "proposal", "policy", "decision", "scheme", "change", "changes", "people", "persons", "aged", "under",
        "s", "including", "overall", "likely", "expected", "young", "rights", "right", "screening", "cria", "crwia", "assessment", "have", "has",
        "directly", "indirectly", "affected", "impacts", "effects", "who", "whether",
        // The protected characteristic of an equality screening: "Age: children and young people".
        "age", "protected", "characteristic", "group", "groups",
    ]

    /// Words that may follow "No" or "None" in a one-line answer ("None identified", "No direct
    /// impact"); any other word makes it a sentence ("No longer needed", "None of the clubs"),
    /// and "No adverse impact" denies a harm, not that children are affected.
    static let inlineDenialFollowers: Set<String> = [
        "impact", "impacts", "effect", "effects", "identified", "expected", "anticipated", "known", "direct", "significant", "material", "specific",
        "particular", "applicable", "relevant", "affected", "foreseen",
    ]

    /// Whether `answer` denies an effect on children, as the answer to `label`.
    static func deniesEffect(_ answer: String, to label: String?, childrenWords: Set<String> = []) -> Bool {
        let answer = tickedOption(answer) ?? answer
        if denies(answer) { return true }
        guard let label, opensWith(answer, oneOf: plainDenialBytes) ?? FieldCondition.value(answer, isOneOf: plainQuestionDenials) else { return false }
        return asksOnlyWhetherChildrenAreAffected(label, childrenWords: childrenWords)
    }

    /// Words of a label that names the protected characteristic age and nothing else.
    static let ageLabelWords: Set<String> = ["age", "ages", "protected", "characteristic", "group", "groups", "range"]

    /// Whether a label names only the protected characteristic age: "Age", "Age group",
    /// "Protected characteristic: age" (not "Age: older people").
    static func isAgeLabel(_ label: String) -> Bool {
        let words = labelWords(label.lowercased())
        return words.contains("age") && words.allSatisfy { ageLabelWords.contains(String($0)) }
    }

    /// Whether a text opens with "age" or "protected", in any case: told from its first bytes.
    static func opensWithAgeWord(_ text: String) -> Bool {
        // Asked of every block: compared byte by byte in the text's own storage, with nothing
        // allocated (two iterators over the UTF-8 view cost about 90 instructions a block).
        var text = text
        return text.withUTF8 { bytes in
            func opens(with word: StaticString) -> Bool {
                guard bytes.count >= word.utf8CodeUnitCount else { return false }
                for index in 0..<word.utf8CodeUnitCount where bytes[index] | 0x20 != word.utf8Start[index] { return false }
                return true
            }
            return opens(with: "age") || opens(with: "protected")
        }
    }

    /// Whether every word of a label names children, names an effect or is a word of a plain
    /// question, and one names children.
    static func asksOnlyWhetherChildrenAreAffected(_ label: String, childrenWords: Set<String>) -> Bool {
        let words = labelWords(label.lowercased()).map { String($0).replacingOccurrences(of: "'", with: "") }
        let childWords = childLabelWords.union(childrenWords.flatMap { $0.split(separator: " ").map(String.init) })
        var namesChildren = false
        for word in words {
            if childWords.contains(word) || childWords.contains(Stemmer.stem(Substring(word))) {
                namesChildren = true
            } else if !plainQuestionWords.contains(word), !Negation.effectWords.contains(Stemmer.stem(Substring(word))), Int(word) == nil {
                return false
            }
        }
        return namesChildren
    }

    /// The option a ticked box marks ("☐ Yes ☒ No" → "No"), or nil when the answer ticks none.
    /// Boxes go before their options when the answer opens with one, else after them.
    static func tickedOption(_ answer: String) -> String? {
        guard mayHoldTick(answer) else { return nil }
        var marks: [(range: Range<String.Index>, ticked: Bool)] = []
        for (list, ticked) in [(tickedMarks, true), (emptyMarks, false)] {
            for mark in list {
                var from = answer.startIndex
                while let found = answer.range(of: mark, range: from..<answer.endIndex) {
                    if !marks.contains(where: { $0.range.overlaps(found) }) { marks.append((found, ticked)) }
                    from = found.upperBound
                }
            }
        }
        marks.sort { $0.range.lowerBound < $1.range.lowerBound }
        guard let tick = marks.firstIndex(where: \.ticked) else { return nil }
        let trimmed = answer.drop { $0.isWhitespace }
        let boxesFirst = marks.first.map { $0.range.lowerBound == trimmed.startIndex } ?? false
        let option: Substring
        if boxesFirst {
            let end = tick + 1 < marks.count ? marks[tick + 1].range.lowerBound : answer.endIndex
            option = answer[marks[tick].range.upperBound..<end]
        } else {
            let start = tick > 0 ? marks[tick - 1].range.upperBound : answer.startIndex
            option = answer[start..<marks[tick].range.lowerBound]
        }
        let text = option.trimmingCharacters(in: .whitespacesAndNewlines.union(.punctuationCharacters))
        return text.isEmpty ? nil : text
    }

    /// Whether a text may hold a box: a bracket opening one of the bracketed marks ("[x]",
    /// "( )", "[]", "[✓]"), or a scalar of the blocks the other marks are in (U+2200 to U+22FF,
    /// U+2500 to U+25FF, U+2600 to U+27FF: 0xE2 then 0x88 to 0x8B or 0x94 to 0x9F). Asked of
    /// every answer, on the bytes: a bare 0xE2 or bracket is no test, as curly quotes, dashes
    /// and parentheses are in most prose, and the search for each mark costs far more.
    static func mayHoldTick(_ text: String) -> Bool {
        var text = text
        return text.withUTF8(mayHoldTick)
    }

    private static func mayHoldTick(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var previous: UInt8 = 0
        // Only a byte after "[", "(" or 0xE2 can make a box: eight bytes holding none of them
        // are passed over at once (the test is asked of every short block, about 10 million
        // instructions a round of the bench corpus byte by byte). The byte before the next
        // eight is then none of them either, as `previous` = 0 stands for.
        var start = 0
        if let base = bytes.baseAddress {
            while start + 8 <= bytes.count {
                let eight = UInt64(littleEndian: UnsafeRawPointer(base + start).loadUnaligned(as: UInt64.self))
                if holds(eight, UInt8(ascii: "[")) || holds(eight, UInt8(ascii: "(")) || holds(eight, 0xE2) { break }
                start += 8
            }
        }
        for byte in UnsafeBufferPointer(rebasing: bytes[start...]) {
            switch previous {
            case 0xE2 where (0x88...0x8B).contains(byte) || (0x94...0x9F).contains(byte): return true
            case UInt8(ascii: "["), UInt8(ascii: "("):
                if byte == UInt8(ascii: "x") || byte == UInt8(ascii: "X") || byte == UInt8(ascii: " ")
                    || byte == UInt8(ascii: "]") || byte == UInt8(ascii: ")") || byte == 0xE2
                {
                    return true
                }
            default: break
            }
            previous = byte
        }
        return false
    }

    /// Whether any of the eight bytes of `eight` is `byte`: a byte of `eight ^ byte×8` is 0
    /// exactly where they are equal, and subtracting 1 from each byte borrows into the high
    /// bit only out of a 0 (the first borrow comes from the lowest zero byte).
    @inline(__always)
    private static func holds(_ eight: UInt64, _ byte: UInt8) -> Bool {
        let differences = eight ^ (UInt64(byte) &* 0x0101_0101_0101_0101)
        return (differences &- 0x0101_0101_0101_0101) & ~differences & 0x8080_8080_8080_8080 != 0
    }

    /// A label and its answer in one line, split at its first colon or spaced dash: "Impact on
    /// children: none", "Children and young people – not applicable". Nil when there is no
    /// such split in the line's first `questionWords` words.
    static func inlineRow(_ text: String) -> (label: String, answer: String)? {
        // Found on the bytes, in the opening a label can fill: splitting a paragraph's
        // Characters to find that it holds no such split cost more than the rest of the reading,
        // and stepping the UTF-8 view index by index about 12,000 instructions a block.
        var contiguous = text
        let found = contiguous.withUTF8 { bytes -> (start: Int, end: Int)? in
            for i in 0..<min(bytes.count, labelOpeningBytes) {
                switch bytes[i] {
                case UInt8(ascii: ":"):
                    return (i, i + 1)
                case 0xE2 where i + 2 < bytes.count && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0x93 || bytes[i + 2] == 0x94):
                    return (i, i + 3)
                case UInt8(ascii: " ") where i + 2 < bytes.count && bytes[i + 1] == UInt8(ascii: "-") && bytes[i + 2] == UInt8(ascii: " "):
                    return (i, i + 3)
                default:
                    continue
                }
            }
            return nil
        }
        let utf8 = text.utf8
        let split = found.map { (start: utf8.index(utf8.startIndex, offsetBy: $0.start), end: utf8.index(utf8.startIndex, offsetBy: $0.end)) }
        guard let split else { return nil }
        let label = text[..<split.start], answer = text[split.end...].drop { $0 == "-" || $0 == " " }
        guard !label.isEmpty, !answer.isEmpty, labelWords(String(label)).count <= questionWords else { return nil }
        return (String(label), String(answer))
    }

    /// Whether a one-line answer denies and stops there ("None.", "None identified", "No
    /// direct impact", "☒ No"), rather than opening a sentence ("No longer needed").
    static func inlineAnswerDenies(_ answer: String, to label: String, childrenWords: Set<String>) -> Bool {
        if let ticked = tickedOption(answer) { return deniesEffect(ticked, to: label, childrenWords: childrenWords) }
        guard deniesEffect(answer, to: label, childrenWords: childrenWords) else { return false }
        let words = answer.lowercased().split { !$0.isLetter && $0 != "/" }
        guard let first = words.first else { return false }
        guard first == "no" || first == "none", words.count > 1 else { return true }
        // "No." or "No, it concerns adults": a denial followed by punctuation stands alone.
        let afterFirst = answer.drop { $0.isWhitespace }.dropFirst(first.count).first
        if let next = afterFirst, !next.isLetter && !next.isWhitespace { return true }
        return inlineDenialFollowers.contains(String(words[1]))
    }
}
