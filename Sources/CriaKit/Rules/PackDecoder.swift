/// Reads what `PackEncoder` wrote. Every length and count is checked against the bytes left
/// and every tag against its enum, so a truncated or damaged cache file is refused
/// (`PackDecoder.Damaged`) rather than read out of bounds.
struct PackDecoder {
    struct Damaged: Error {}

    /// Conditions nest no deeper than YAML does (libyaml stops at 1,000 levels).
    static let maxConditionDepth = 1_000

    private let bytes: UnsafeRawBufferPointer
    private var offset = 0

    init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    var isAtEnd: Bool { offset == bytes.count }

    mutating func pack() throws -> RulePack {
        let directory = try string()
        let ruleCount = try count()
        var rules: [Rule] = []
        rules.reserveCapacity(ruleCount)
        for _ in 0..<ruleCount { rules.append(try rule()) }
        let lexiconCount = try count()
        var lexicons: [String: Lexicon] = [:]
        lexicons.reserveCapacity(lexiconCount)
        for _ in 0..<lexiconCount {
            let key = try string()
            lexicons[key] = Lexicon(name: try string(), description: try string(), termList: try stringList())
        }
        var roles: [SectionRole] = []
        for _ in 0..<(try count()) {
            roles.append(SectionRole(name: try string(), titles: try strings(), contentLexicon: try optional { try $0.string() }, contentAtLeast: try int()))
        }
        var relevance = RelevanceSettings(directLexicons: try strings(), directAtLeast: try int(), indirectLexicons: try strings(), indirectAtLeast: try int())
        relevance.directPerThousandWords = try double()
        relevance.indirectPerThousandWords = try double()
        relevance.distinctTerms = try int()
        relevance.otherSenses = try strings()
        relevance.senseCues = try strings()
        relevance.sensePeople = try strings()
        relevance.animalLexicons = try strings()
        relevance.animalPeople = try strings()
        relevance.verbs = try strings()
        for _ in 0..<(try count()) {
            relevance.reach.append(
                RelevanceSettings.Reach(
                    through: try string(), about: try strings(), domains: try strings(), kinds: try strings(), atLeast: try int(),
                    perThousandWords: try double()))
        }
        var groups: [[(name: String, lexicons: [String])]] = []
        for _ in 0..<3 {
            var group: [(name: String, lexicons: [String])] = []
            for _ in 0..<(try count()) { group.append((try string(), try strings())) }
            groups.append(group)
        }
        var statements = StatementVocabulary(about: groups[0], kinds: groups[1], domains: groups[2], notAbout: try strings(), conditional: try strings())
        statements.ageMarkers = try strings()
        statements.thingHeads = try strings()
        statements.organisationNames = try strings()
        statements.premisesHeads = try strings()
        statements.counts = try strings()
        for _ in 0..<(try count()) { statements.together.append((try string(), try strings())) }
        statements.moneyRates = try strings()
        statements.yieldToChildren = try strings()
        statements.calibration.kinds = try strings()
        statements.calibration.about = try strings()
        statements.calibration.exceptAbout = try strings()
        statements.calibration.atLeast = try int()
        for _ in 0..<(try count()) { statements.calibration.articles.append((try int(), try strings())) }
        var legislation = LegislationSettings()
        legislation.childLexicons = try strings()
        legislation.provisionLabels = try strings()
        for _ in 0..<(try count()) {
            let topic = try string(), articles = try ints(), lexicon = try string(), except = try strings(), withChild = try bool()
            legislation.engagements.append(.init(topic: topic, articles: articles, lexicon: lexicon, except: except, withChild: withChild))
        }
        legislation.dependantLexicons = try strings()
        legislation.dependantShare = try double()
        legislation.notChildLexicons = try strings()
        legislation.actingLexicons = try strings()
        legislation.actingProvisions = try int()
        legislation.childVictimLexicons = try strings()
        legislation.payingLexicons = try strings()
        legislation.payingProvisions = try int()
        legislation.payingExceptions = try strings()
        legislation.kinLexicons = try strings()
        legislation.kinInList = try int()
        legislation.offenceLexicons = try strings()
        legislation.enclosingLabels = try strings()
        var pack = RulePack(directory: directory, rules: rules, lexicons: lexicons, roles: roles, relevance: relevance, statements: statements)
        pack.legislation = legislation
        return pack
    }

    private mutating func rule() throws -> Rule {
        let id = try string(), title = try string(), articles = try ints(), references = try strings()
        let severity = try element(of: PackTag.severities)
        let applies = try optional { try $0.condition(depth: 0) }
        let kinds = try optional { decoder in try (0..<(try decoder.count())).map { _ in try decoder.element(of: PackTag.kinds) } }
        let provisions = try optional { decoder -> ProvisionCheck in
            let concerns = try decoder.strings(), others = try decoder.strings()
            guard others.count == 4 else { throw Damaged() }
            let named = others.map { $0.isEmpty ? nil : $0 }
            return ProvisionCheck(
                concerns: concerns, meets: named[0], conflicts: named[1], exceptions: named[2], presupposedBy: try decoder.strings(), notUnderHeadings: named[3])
        }
        let publishedOnly = try bool(), gate = try bool(), keeps = try strings()
        let assessedBy = try optional { decoder -> AssessmentTrail in
            let childRights = try decoder.string(), other = try decoder.string()
            return AssessmentTrail(childRights: childRights, other: other.isEmpty ? nil : other)
        }
        let rightsEngaged = try optional { decoder -> RightsEngaged in
            let about = try decoder.strings(), atLeast = try decoder.int()
            let topics = try (0..<(try decoder.count())).map { _ in
                RightsEngaged.Topic(topic: try decoder.string(), articles: try decoder.ints(), domains: try decoder.strings(), about: try decoder.strings())
            }
            var rights = RightsEngaged(about: about, topics: topics)
            rights.atLeast = atLeast
            rights.inPassing = try decoder.int()
            return rights
        }
        let expect = try condition(depth: 0)
        let review = try optional { try $0.condition(depth: 0) }
        let nearMiss = try optional { decoder in NearMiss(when: try decoder.condition(depth: 0), lacks: try decoder.string()) }
        let reviewArticles = try optional { try $0.ints() }
        let partOf = try strings()
        let message = try string(), guidance = try string()
        let examples = try self.examples()
        let file = try string()
        let location = SourceLocation(line: try int(), column: try int())
        var rule = Rule(
            id: id, title: title, articles: articles, references: references, severity: severity,
            applies: applies, kinds: kinds, provisions: provisions, expect: expect, review: review, message: message, guidance: guidance,
            examples: examples, file: file, location: location)
        rule.publishedOnly = publishedOnly
        rule.gate = gate
        rule.keeps = keeps
        rule.assessedBy = assessedBy
        rule.rightsEngaged = rightsEngaged
        rule.nearMiss = nearMiss
        rule.reviewArticles = reviewArticles
        rule.partOf = partOf
        return rule
    }

    private mutating func condition(depth: Int) throws -> Condition {
        guard depth < Self.maxConditionDepth else { throw Damaged() }
        let tag = try byte()
        switch tag {
        case PackTag.all: return .all(try conditions(depth: depth))
        case PackTag.any: return .any(try conditions(depth: depth))
        case PackTag.not: return .not(try condition(depth: depth + 1))
        case PackTag.someOf: return .someOf(try conditions(depth: depth), atLeast: try int())
        default:
            guard let kind = ConditionPrimitives.kind(tag: Int(tag)) else { throw Damaged() }
            return .primitive(Condition.Primitive(try kind.decode(&self)))
        }
    }

    private mutating func conditions(depth: Int) throws -> [Condition] {
        var items: [Condition] = []
        for _ in 0..<(try count()) { items.append(try condition(depth: depth + 1)) }
        return items
    }

    mutating func termSource() throws -> TermSource {
        switch try byte() {
        case PackTag.lexicon: return .lexicon(try string())
        case PackTag.inline: return .inline(name: try string())
        default: throw Damaged()
        }
    }

    mutating func scope() throws -> Scope {
        switch try byte() {
        case PackTag.document: return .document
        case PackTag.roles: return .roles(try strings())
        default: throw Damaged()
        }
    }

    // MARK: - Primitives

    mutating func byte() throws -> UInt8 {
        guard offset < bytes.count else { throw Damaged() }
        defer { offset += 1 }
        return bytes[offset]
    }

    mutating func bool() throws -> Bool {
        switch try byte() {
        case 0: return false
        case 1: return true
        default: throw Damaged()
        }
    }

    mutating func element<Value>(of values: [Value]) throws -> Value {
        let index = Int(try byte())
        guard index < values.count else { throw Damaged() }
        return values[index]
    }

    mutating func uint64() throws -> UInt64 {
        guard bytes.count - offset >= 8 else { throw Damaged() }
        defer { offset += 8 }
        return UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }

    mutating func int() throws -> Int { Int(Int64(bitPattern: try uint64())) }

    mutating func double() throws -> Double { Double(bitPattern: try uint64()) }

    /// A count of items still to read: each takes at least a byte, so a count larger than
    /// the bytes left is damage (and never reserves memory).
    mutating func count() throws -> Int {
        let value = try int()
        guard value >= 0, value <= bytes.count - offset else { throw Damaged() }
        return value
    }

    mutating func string() throws -> String {
        let length = try count()
        defer { offset += length }
        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + length]), as: UTF8.self)
    }

    mutating func strings() throws -> [String] {
        let total = try count()
        var values: [String] = []
        values.reserveCapacity(total)
        for _ in 0..<total { values.append(try string()) }
        return values
    }

    mutating func ints() throws -> [Int] {
        let total = try int()
        guard total >= 0, total <= (bytes.count - offset) / 8 else { throw Damaged() }
        var values: [Int] = []
        values.reserveCapacity(total)
        for _ in 0..<total { values.append(try int()) }
        return values
    }

    /// Numbers written by `PackEncoder.int32s`: a count and 4 bytes each.
    mutating func int32s() throws -> [Int32] { try numbers() }

    /// Numbers written by `PackEncoder.uint64s`: a count and 8 bytes each.
    mutating func uint64s() throws -> [UInt64] { try numbers() }

    /// Bytes written by `PackEncoder.uint8s`: a count and the bytes.
    mutating func uint8s() throws -> [UInt8] { try numbers() }

    /// A count and each number's little-endian bytes, copied into the array at once.
    private mutating func numbers<Number: FixedWidthInteger>() throws -> [Number] {
        let total = try int()
        let size = MemoryLayout<Number>.size
        guard total >= 0, total <= (bytes.count - offset) / size else { throw Damaged() }
        let source = UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + total * size])
        offset += total * size
        return [Number](unsafeUninitializedCapacity: total) { buffer, initialized in
            UnsafeMutableRawBufferPointer(buffer).copyMemory(from: source)
            #if _endian(big)
                for index in 0..<total { buffer[index] = Number(littleEndian: buffer[index]) }
            #endif
            initialized = total
        }
    }

    mutating func optional<Value>(_ read: (inout PackDecoder) throws -> Value) throws -> Value? {
        try bool() ? try read(&self) : nil
    }
}
