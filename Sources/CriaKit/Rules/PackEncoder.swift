/// Writes a `RulePack` in the cache's binary form: little-endian 64-bit integers, strings
/// as a length and UTF-8 bytes, enums as a one-byte tag, optionals as a presence byte.
/// `PackDecoder` reads it back in the same order.
struct PackEncoder {
    private(set) var bytes: [UInt8] = []

    mutating func pack(_ pack: RulePack) {
        string(pack.directory)
        count(pack.rules.count)
        for rule in pack.rules { self.rule(rule) }
        count(pack.lexicons.count)
        for (key, lexicon) in pack.lexicons {
            string(key)
            string(lexicon.name)
            string(lexicon.description)
            strings(lexicon.terms)
        }
        count(pack.roles.count)
        for role in pack.roles {
            string(role.name)
            strings(role.titles)
            optional(role.contentLexicon) { $0.string($1) }
            int(role.contentAtLeast)
        }
        let relevance = pack.relevance
        strings(relevance.directLexicons)
        int(relevance.directAtLeast)
        strings(relevance.indirectLexicons)
        int(relevance.indirectAtLeast)
        double(relevance.directPerThousandWords)
        double(relevance.indirectPerThousandWords)
    }

    private mutating func rule(_ rule: Rule) {
        string(rule.id)
        string(rule.title)
        ints(rule.articles)
        strings(rule.references)
        tag(PackTag.severities.firstIndex(of: rule.severity)!)
        optional(rule.applies) { $0.condition($1) }
        condition(rule.expect)
        optional(rule.review) { $0.condition($1) }
        string(rule.message)
        string(rule.guidance)
        strings(rule.examples.fail)
        strings(rule.examples.pass)
        strings(rule.examples.review)
        string(rule.file)
        int(rule.location.line)
        int(rule.location.column)
    }

    private mutating func condition(_ condition: Condition) {
        switch condition {
        case .all(let items):
            tag(PackTag.all)
            conditions(items)
        case .any(let items):
            tag(PackTag.any)
            conditions(items)
        case .not(let inner):
            tag(PackTag.not)
            self.condition(inner)
        case .someOf(let items, let atLeast):
            tag(PackTag.someOf)
            conditions(items)
            int(atLeast)
        case .section(let role, let minWords, let maxWords):
            tag(PackTag.section)
            string(role)
            optional(minWords) { $0.int($1) }
            optional(maxWords) { $0.int($1) }
        case .mentions(let source, let scope, let atLeast, let distinct, let perThousandWords):
            tag(PackTag.mentions)
            termSource(source)
            self.scope(scope)
            int(atLeast)
            bool(distinct)
            optional(perThousandWords) { $0.double($1) }
        case .cites(let articles, let scope, let matchAll):
            tag(PackTag.cites)
            ints(articles)
            self.scope(scope)
            bool(matchAll)
        case .field(let names, let test):
            tag(PackTag.field)
            strings(names)
            switch test {
            case .isOneOf(let values): tag(PackTag.isOneOf); strings(values)
            case .atLeast(let number): tag(PackTag.fieldAtLeast); double(number)
            case .atMost(let number): tag(PackTag.fieldAtMost); double(number)
            }
        case .near(let first, let second, let within, let scope, let atLeast):
            tag(PackTag.near)
            termSource(first)
            termSource(second)
            tag(PackTag.proximities.firstIndex(of: within)!)
            self.scope(scope)
            int(atLeast)
        case .relevance(let levels):
            tag(PackTag.relevance)
            count(levels.count)
            for level in levels { tag(PackTag.relevances.firstIndex(of: level)!) }
        case .screeningConsistent(let flag):
            tag(PackTag.screeningConsistent)
            bool(flag)
        case .hasText(let minWords):
            tag(PackTag.hasText)
            int(minWords)
        }
    }

    private mutating func conditions(_ items: [Condition]) {
        count(items.count)
        for item in items { condition(item) }
    }

    private mutating func termSource(_ source: TermSource) {
        switch source {
        case .lexicon(let name): tag(PackTag.lexicon); string(name)
        case .inline(let name): tag(PackTag.inline); string(name)
        }
    }

    private mutating func scope(_ scope: Scope) {
        switch scope {
        case .document: tag(PackTag.document)
        case .roles(let roles): tag(PackTag.roles); strings(roles)
        }
    }

    // MARK: - Primitives

    private mutating func tag(_ value: Int) { bytes.append(UInt8(value)) }
    private mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }
    mutating func count(_ value: Int) { int(value) }

    mutating func int(_ value: Int) { uint64(UInt64(bitPattern: Int64(value))) }
    mutating func uint64(_ value: UInt64) { withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) } }
    private mutating func double(_ value: Double) { uint64(value.bitPattern) }

    mutating func string(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            int(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    mutating func strings(_ values: [String]) {
        count(values.count)
        for value in values { string(value) }
    }

    mutating func ints(_ values: [Int]) {
        count(values.count)
        for value in values { int(value) }
    }

    /// A count and each number in 4 little-endian bytes.
    mutating func int32s(_ values: [Int32]) {
        count(values.count)
        for value in values { withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) } }
    }

    private mutating func optional<Value>(_ value: Value?, _ write: (inout PackEncoder, Value) -> Void) {
        bool(value != nil)
        if let value { write(&self, value) }
    }
}

/// The one-byte tags of the cache's binary form; changing any means a new `PackCache.formatVersion`.
enum PackTag {
    static let all = 0, any = 1, not = 2, someOf = 3, section = 4, mentions = 5, cites = 6
    static let field = 7, near = 8, relevance = 9, screeningConsistent = 10, hasText = 11
    static let isOneOf = 0, fieldAtLeast = 1, fieldAtMost = 2
    static let lexicon = 0, inline = 1
    static let document = 0, roles = 1
    static let severities: [Severity] = [.info, .warning, .error]
    static let proximities: [Proximity] = [.sentence, .paragraph]
    static let relevances: [Relevance] = [.direct, .indirect, .none]
}
