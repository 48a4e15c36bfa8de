/// A part of a proposal as a person would name it ("Children's views", "Best interests"),
/// found from headings, title fields or labels, whatever shape the department used.
public final class Section {
    public enum TitleSource: String, Sendable {
        case document   // the whole document
        case heading    // an HTML or Word heading
        case field      // a title/heading/name child or attribute
        case label      // the element name or JSON key, split into words
    }

    public let title: String
    public let titleSource: TitleSource
    public let node: DocumentNode
    /// Heading level for heading-made sections (1-6); 0 otherwise.
    public let level: Int
    /// Text blocks (paragraphs, list items, scalar values) that belong to this section and
    /// not to a subsection, in reading order.
    public internal(set) var segments: [TextSegment] = []
    public internal(set) var children: [Section] = []
    public weak internal(set) var parent: Section?
    /// Roles assigned by the rule pack's section roles (see `SectionRoleMatcher`).
    public internal(set) var roles: Set<String> = []
    /// Index in `Proposal.allSections` (document order).
    public internal(set) var index = 0

    init(title: String, titleSource: TitleSource, node: DocumentNode, level: Int = 0) {
        self.title = title
        self.titleSource = titleSource
        self.node = node
        self.level = level
    }

    public var location: SourceLocation { node.location }
    public var path: String { node.path }

    /// Words of this section's own segments.
    public var ownWordCount: Int { segments.reduce(0) { $0 + $1.wordCount } }

    /// Words of this section and every subsection.
    public var wordCount: Int { children.reduce(ownWordCount) { $0 + $1.wordCount } }

    /// The section's own text followed by its subsections' text.
    public var text: String {
        var parts = segments.map(\.text)
        for child in children {
            let childText = child.text
            if !child.title.isEmpty && child.titleSource != .label { parts.append(child.title) }
            if !childText.isEmpty { parts.append(childText) }
        }
        return parts.joined(separator: " ")
    }

    public func appendChild(_ section: Section) {
        section.parent = self
        children.append(section)
    }

    /// This section and all below it, in document order.
    public var subtree: [Section] {
        var out: [Section] = []
        var stack = [self]
        while let section = stack.popLast() {
            out.append(section)
            stack.append(contentsOf: section.children.reversed())
        }
        return out
    }
}

/// One block of text: a paragraph, list item, table cell or scalar value.
public struct TextSegment {
    public let text: String
    public let node: DocumentNode
    public let wordCount: Int

    init(text: String, node: DocumentNode) {
        self.text = text
        self.node = node
        self.wordCount = WordCounter.count(text)
    }

    public var location: SourceLocation { node.location }
}

public enum WordCounter {
    /// Words with at least one letter: "2025-04-08T09:30" is not prose.
    public static func countLetterWords(_ text: String) -> Int {
        text.split(whereSeparator: { $0.isWhitespace }).filter { $0.contains(where: \.isLetter) && $0.filter(\.isLetter).count >= 2 }.count
    }

    /// `countLetterWords(text) >= minimum`, reading only as far as it must.
    public static func hasLetterWords(_ text: String, atLeast minimum: Int) -> Bool {
        guard minimum > 0 else { return true }
        // ASCII bytes are characters (`\r\n` is one, but both halves are whitespace), and a
        // character's first scalar says whether it is a letter or whitespace, so whatever is
        // decided before the first other byte stands.
        let decided = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            var words = 0
            var letters = 0
            for byte in bytes {
                guard byte < 0x80 else { return nil }
                if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                    letters = 0
                } else if byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A {
                    letters += 1
                    if letters == 2 {
                        words += 1
                        if words == minimum { return true }
                    }
                }
            }
            return false
        } ?? nil
        if let decided { return decided }
        var words = 0
        var letters = 0
        for character in text {
            if character.isWhitespace {
                letters = 0
            } else if character.isLetter {
                letters += 1
                if letters == 2 {
                    words += 1
                    if words == minimum { return true }
                }
            }
        }
        return false
    }

    /// Counts runs of letters or digits; "child's" and "11-16" count as one word each.
    public static func count(_ text: String) -> Int {
        var count = 0
        var inWord = false
        var text = text
        // Byte by byte for ASCII; other scalars are decoded to ask for their properties.
        text.withUTF8 { bytes in
            var i = 0
            while i < bytes.count {
                let byte = bytes[i]
                let isWordCharacter: Bool
                if byte < 0x80 {
                    isWordCharacter = (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
                        || ((byte == 0x27 || byte == 0x2D) && inWord)
                    i += 1
                } else {
                    let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                    var value = UInt32(byte) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
                    for k in 1..<length { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
                    let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
                    isWordCharacter = scalar.properties.isAlphabetic || (scalar == "’" && inWord)
                    i += length
                }
                if isWordCharacter && !inWord { count += 1 }
                inWord = isWordCharacter
            }
        }
        return count
    }
}
