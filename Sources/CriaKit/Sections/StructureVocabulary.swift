/// Which labels play which structural part, across XML dialects, JSON shapes and HTML.
/// Compared in lowercase with `_`, `-` and spaces removed.
enum StructureVocabulary {
    static func key(_ label: String) -> String {
        switch asciiKey(label) {
        case .unchanged: return label
        case .changed(let key): return key
        case .notASCII: return String(label.lowercased().filter { $0 != "_" && $0 != "-" && $0 != " " && $0 != "." })
        }
    }

    private enum ASCIIKey {
        case unchanged
        case changed(String)
        case notASCII
    }

    /// `key` for ASCII labels (nearly all), byte by byte. Most labels are already keys
    /// (`section`, `p`), and are returned as they are rather than copied.
    private static func asciiKey(_ label: String) -> ASCIIKey {
        let result = label.utf8.withContiguousStorageIfAvailable { bytes -> ASCIIKey in
            var i = 0
            while i < bytes.count {
                let byte = bytes[i]
                guard byte < 0x80 else { return .notASCII }
                if isDropped(byte) || (byte >= 0x41 && byte <= 0x5A) { break }
                i += 1
            }
            if i == bytes.count { return .unchanged }
            // Written on the stack: most keys are short enough to be small Strings.
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { out -> ASCIIKey in
                var n = 0
                for byte in bytes {
                    guard byte < 0x80 else { return .notASCII }
                    if isDropped(byte) { continue }
                    out[n] = byte.asciiLowercased
                    n += 1
                }
                return .changed(String(decoding: UnsafeBufferPointer(rebasing: out[..<n]), as: UTF8.self))
            }
        }
        return result ?? .notASCII
    }

    /// `_`, `-`, space and `.`: left out of keys.
    private static func isDropped(_ byte: UInt8) -> Bool {
        byte == 0x5F || byte == 0x2D || byte == 0x20 || byte == 0x2E
    }

    /// A child with one of these labels names its parent section.
    static let titleLabels: Set<String> = [
        "title", "heading", "headingtext", "caption", "sectiontitle", "sectionheading",
        "question", "prompt", "longtitle", "shorttitle", "name", "label", "subject", "doctitle",
        "hdr", "headline",
    ]

    /// A number shown before a title (legislation, numbered questions).
    static let numberLabels: Set<String> = ["num", "number", "pnumber", "no", "questionnumber"]

    /// Attributes that title their element.
    static let titleAttributes: [String] = ["title", "heading", "name", "label", "caption"]

    /// Text blocks that belong to the section around them, never sections of their own.
    static let blockLabels: Set<String> = [
        "p", "para", "paragraph", "text", "li", "listitem", "item", "br", "td", "th", "tr",
        "table", "tbody", "thead", "tfoot", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre",
        "body", "value", "answer", "response", "content", "contents", "figure", "figcaption",
        "note", "list", "bullet", "bullets", "point", "points", "entry", "row", "cell",
        "comment", "detail", "statement", "para1", "text1", "unorderedlist", "orderedlist",
        "paragraphs", "paras",
    ]

    /// Containers that group sections without being one: their sections are the parent's.
    static let transparentLabels: Set<String> = [
        "", "sections", "body", "content", "contents", "main", "div", "details", "parts",
        "items", "entries", "fields", "data", "document", "root", "article", "html",
        "wrapper", "container", "children", "subsections", "chapters", "questions", "answers",
        "primary", "secondary", "maincontent", "span", "form", "center",
    ]

    /// Leaves that are facts about the document, not prose sections.
    static let metadataLabels: Set<String> = [
        "id", "ref", "reference", "date", "version", "lang", "language", "locale", "url", "href",
        "uri", "type", "status", "basepath", "contentid", "schemaname", "documenttype",
        "publishingapp", "renderingapp", "updatedat", "publicupdatedat", "firstpublishedat",
        "department", "organisation", "organization", "owner", "author", "email", "phone",
    ]

    /// Waivers (`<cria-waiver>`, `"criaWaivers"`; `<waiver>` with a `rule` attribute): read
    /// by `WaiverReader`, never prose sections.
    static let waiverLabels: Set<String> = ["criawaiver", "criawaivers"]

    /// A JSON member that annotates rather than holds the author's prose: a scalar whose
    /// name starts with `_` or `$` (`"_guidance"` in `cria init` templates, `"$comment"`).
    static func isAnnotation(_ node: DocumentNode) -> Bool {
        guard node.kind == .value, node.parent?.kind == .object, let first = node.label.first else { return false }
        return first == "_" || first == "$"
    }

    static let htmlSkipped: Set<String> = ["script", "style", "noscript", "template", "nav", "header", "footer", "head"]

    /// Containers of facts about the document (read by `MetadataDeriver`), not prose.
    static let metadataContainers: Set<String> = [
        "meta", "metadata", "documentdetails", "documentinformation", "documentinfo", "docinfo",
        "documentproperties", "properties", "frontmatter", "cover", "coverpage", "admin",
        "administration", "head", "links", "control", "changehistory", "attachments",
        "identification",
    ]

    /// The parts a key plays, found with one lookup rather than one per set.
    struct Roles: OptionSet {
        let rawValue: UInt16
        static let title = Roles(rawValue: 1 << 0)
        static let number = Roles(rawValue: 1 << 1)
        static let block = Roles(rawValue: 1 << 2)
        static let transparent = Roles(rawValue: 1 << 3)
        static let metadata = Roles(rawValue: 1 << 4)
        static let metadataContainer = Roles(rawValue: 1 << 5)
        static let htmlSkipped = Roles(rawValue: 1 << 6)
        static let blockType = Roles(rawValue: 1 << 7)
        static let blockText = Roles(rawValue: 1 << 8)
        /// A label `WaiverReader` may accept (`waiverLabels`, or `waiver` with a rule).
        static let waiver = Roles(rawValue: 1 << 9)
    }

    static let roleSets: [(keys: Set<String>, role: Roles)] = [
        (titleLabels, .title), (numberLabels, .number), (blockLabels, .block), (transparentLabels, .transparent),
        (metadataLabels, .metadata), (metadataContainers, .metadataContainer), (htmlSkipped, .htmlSkipped),
        (blockTypeKeys, .blockType), (blockTextKeys, .blockText), (waiverLabels.union(["waiver"]), .waiver),
    ]

    private static let rolesByKey: [String: Roles] = {
        var roles: [String: Roles] = [:]
        for (keys, role) in roleSets {
            for key in keys { roles[key, default: []].insert(role) }
        }
        return roles
    }()

    static func roles(ofKey key: String) -> Roles { rolesByKey[key] ?? [] }

    /// `roles(ofKey: key(label))`, found without making the key.
    static func roles(ofLabel label: String) -> Roles {
        facts(ofLabel: label).roles
    }

    /// `titleAttributes.firstIndex(of: key(name))`, found without making the key.
    static func titleAttributeRank(ofName name: String) -> Int? {
        let rank = facts(ofLabel: name).titleAttributeRank
        return rank < 0 ? nil : rank
    }

    static func facts(ofLabel label: String) -> KeyFacts {
        switch label.utf8.withContiguousStorageIfAvailable(PackedKey.init) {
        case .some(.some(let packed)): return keyFactsTable.facts(of: packed)
        case .some(nil) where label.utf8.allSatisfy({ $0 < 0x80 }): return KeyFacts()  // too long for any key
        default: return keyFacts(ofKey: key(label))
        }
    }

    private static func keyFacts(ofKey key: String) -> KeyFacts {
        KeyFacts(roles: roles(ofKey: key), titleAttributeRank: titleAttributes.firstIndex(of: key) ?? -1)
    }

    /// Built straight from the word lists (no `rolesByKey`, no Set unions): every run, even
    /// `cria check` on one small file, builds it.
    private static let keyFactsTable: KeyFactsTable = {
        var table = KeyFactsTable()
        for (keys, role) in roleSets {
            for key in keys { table.update(packed(key)) { $0.roles.insert(role) } }
        }
        for (rank, key) in titleAttributes.enumerated() {
            table.update(packed(key)) { $0.titleAttributeRank = rank }
        }
        return table
    }()

    /// A vocabulary key, packed; all are ASCII and short enough.
    private static func packed(_ key: String) -> PackedKey {
        key.utf8.withContiguousStorageIfAvailable(PackedKey.init)!!
    }

    /// Attributes about presentation or identity, never part of a title.
    static let presentationAttributes: Set<String> = ["id", "class", "style", "href", "src", "lang", "xml:lang", "dir", "role", "width", "height", "align", "colspan", "rowspan", "tabindex"]

    private static let presentationAttributeBytes = presentationAttributes.map { Array($0.utf8) }

    /// `presentationAttributes.contains(name.lowercased())`; ASCII names (nearly all) are
    /// compared byte by byte, with no lowercased copy and no hashing.
    static func isPresentationAttribute(_ name: String) -> Bool {
        let utf8 = name.utf8
        let decided =
            utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
                guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
                return presentationAttributeBytes.contains { candidate in
                    candidate.count == bytes.count
                        && zip(candidate, bytes).allSatisfy { $0 == $1.asciiLowercased }
                }
            } ?? nil
        return decided ?? presentationAttributes.contains(name.lowercased())
    }

    static let blockTypeKeys: Set<String> = ["type", "kind", "style", "blocktype", "role"]
    static let blockTextKeys: Set<String> = ["text", "content", "value", "title", "heading"]

    /// The heading level of an HTML heading (`h2`) or of a heading block in a JSON list
    /// (`{"type": "heading", "level": 2, "text": "..."}`); nil for anything else.
    static func headingLevel(of node: DocumentNode) -> Int? {
        if let level = headingLevel(node.label) { return level }
        guard node.kind == .object,
            let type = node.children.first(where: { roles(ofLabel: $0.label).contains(.blockType) && $0.kind == .value })?.fullText.lowercased()
        else { return nil }
        if let level = headingLevel(type) { return level }
        guard ["heading", "header", "title", "subheading", "sectionheading"].contains(key(type)) || type.hasPrefix("heading") else { return nil }
        if let digit = type.last?.wholeNumberValue, (1...6).contains(digit) { return digit }
        let level = node.children.first { key($0.label) == "level" }.flatMap { Int($0.fullText) }
        return min(max(level ?? (type == "title" ? 1 : 2), 1), 6)
    }

    /// What a heading says: all its text for HTML, its text field for a JSON heading block.
    static func headingText(of node: DocumentNode) -> String {
        if node.kind == .object, let text = node.children.first(where: { roles(ofLabel: $0.label).contains(.blockText) }) {
            return text.fullText
        }
        return node.fullText
    }

    static func headingLevel(_ label: String) -> Int? {
        let utf8 = label.utf8
        // Two bytes are two ASCII characters or one character; longer ASCII labels are not
        // headings. Other labels may be (`h¹`), and are asked about character by character.
        if utf8.count < 2 { return nil }
        if utf8.count == 2 {
            let first = utf8.first!, last = utf8.last!
            guard first | 0x20 == 0x68, last >= 0x31 && last <= 0x36 else { return nil }
            return Int(last - 0x30)
        }
        // Only `h` and `H` lowercase to a lone "h", so other labels need no closer look.
        if utf8.first! | 0x20 != 0x68 { return nil }
        if utf8.allSatisfy({ $0 < 0x80 }) { return nil }
        let lower = label.lowercased()
        guard lower.count == 2, lower.first == "h", let digit = lower.last?.wholeNumberValue,
            (1...6).contains(digit)
        else { return nil }
        return digit
    }
}
