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
            stringList(lexicon.termList)
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
        int(relevance.distinctTerms)
        strings(relevance.otherSenses)
        strings(relevance.senseCues)
        strings(relevance.sensePeople)
        strings(relevance.animalLexicons)
        strings(relevance.animalPeople)
        strings(relevance.verbs)
        count(relevance.reach.count)
        for reach in relevance.reach {
            string(reach.through)
            strings(reach.about)
            strings(reach.domains)
            strings(reach.kinds)
            int(reach.atLeast)
            double(reach.perThousandWords)
        }
        let statements = pack.statements
        for group in [statements.about, statements.kinds, statements.domains] {
            count(group.count)
            for entry in group {
                string(entry.name)
                strings(entry.lexicons)
            }
        }
        strings(statements.notAbout)
        strings(statements.conditional)
        strings(statements.ageMarkers)
        strings(statements.thingHeads)
        strings(statements.organisationNames)
        strings(statements.premisesHeads)
        strings(statements.counts)
        count(statements.together.count)
        for entry in statements.together {
            string(entry.name)
            strings(entry.lexicons)
        }
        strings(statements.moneyRates)
        strings(statements.yieldToChildren)
        strings(statements.calibration.kinds)
        strings(statements.calibration.about)
        strings(statements.calibration.exceptAbout)
        int(statements.calibration.atLeast)
        count(statements.calibration.articles.count)
        for entry in statements.calibration.articles {
            int(entry.article)
            strings(entry.domains)
        }
        let legislation = pack.legislation
        strings(legislation.childLexicons)
        strings(legislation.provisionLabels)
        count(legislation.engagements.count)
        for engagement in legislation.engagements {
            string(engagement.topic)
            ints(engagement.articles)
            string(engagement.lexicon)
            strings(engagement.except)
            bool(engagement.withChild)
        }
        strings(legislation.dependantLexicons)
        double(legislation.dependantShare)
        strings(legislation.notChildLexicons)
        strings(legislation.actingLexicons)
        int(legislation.actingProvisions)
        strings(legislation.childVictimLexicons)
        strings(legislation.payingLexicons)
        int(legislation.payingProvisions)
        strings(legislation.payingExceptions)
        strings(legislation.kinLexicons)
        int(legislation.kinInList)
        strings(legislation.offenceLexicons)
        strings(legislation.enclosingLabels)
    }

    private mutating func rule(_ rule: Rule) {
        string(rule.id)
        string(rule.title)
        ints(rule.articles)
        strings(rule.references)
        tag(UInt8(PackTag.severities.firstIndex(of: rule.severity)!))
        optional(rule.applies) { $0.condition($1) }
        optional(rule.kinds) { encoder, kinds in
            encoder.count(kinds.count)
            for kind in kinds { encoder.tag(UInt8(PackTag.kinds.firstIndex(of: kind)!)) }
        }
        optional(rule.provisions) { encoder, check in
            encoder.strings(check.concerns)
            encoder.strings([check.meets, check.conflicts, check.exceptions, check.notUnderHeadings].map { $0 ?? "" })
            encoder.strings(check.presupposedBy)
        }
        bool(rule.publishedOnly)
        bool(rule.gate)
        strings(rule.keeps)
        optional(rule.assessedBy) { encoder, trail in
            encoder.string(trail.childRights)
            encoder.string(trail.other ?? "")
        }
        optional(rule.rightsEngaged) { encoder, rights in
            encoder.strings(rights.about)
            encoder.int(rights.atLeast)
            encoder.count(rights.topics.count)
            for topic in rights.topics {
                encoder.string(topic.topic)
                encoder.ints(topic.articles)
                encoder.strings(topic.domains)
                encoder.strings(topic.about)
            }
            encoder.int(rights.inPassing)
        }
        condition(rule.expect)
        optional(rule.review) { $0.condition($1) }
        optional(rule.nearMiss) { encoder, nearMiss in
            encoder.condition(nearMiss.when)
            encoder.string(nearMiss.lacks)
        }
        optional(rule.reviewArticles) { $0.ints($1) }
        strings(rule.partOf)
        string(rule.message)
        string(rule.guidance)
        examples(rule.examples)
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
        case .primitive(let primitive):
            tag(UInt8(ConditionPrimitives.tag(of: primitive.condition)))
            primitive.condition.encode(&self)
        }
    }

    private mutating func conditions(_ items: [Condition]) {
        count(items.count)
        for item in items { condition(item) }
    }

    mutating func termSource(_ source: TermSource) {
        switch source {
        case .lexicon(let name): tag(PackTag.lexicon); string(name)
        case .inline(let name): tag(PackTag.inline); string(name)
        }
    }

    mutating func scope(_ scope: Scope) {
        switch scope {
        case .document: tag(PackTag.document)
        case .roles(let roles): tag(PackTag.roles); strings(roles)
        }
    }

    // MARK: - Primitives

    mutating func tag(_ value: UInt8) { bytes.append(value) }
    mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }
    mutating func count(_ value: Int) { int(value) }

    mutating func int(_ value: Int) { uint64(UInt64(bitPattern: Int64(value))) }
    mutating func uint64(_ value: UInt64) { withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) } }
    mutating func double(_ value: Double) { uint64(value.bitPattern) }

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
    mutating func int32s(_ values: [Int32]) { numbers(values) }

    /// A count and each number in 8 little-endian bytes.
    mutating func uint64s(_ values: [UInt64]) { numbers(values) }

    /// A count and the bytes.
    mutating func uint8s(_ values: [UInt8]) { numbers(values) }

    private mutating func numbers<Number: FixedWidthInteger>(_ values: [Number]) {
        count(values.count)
        for value in values { withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) } }
    }

    mutating func optional<Value>(_ value: Value?, _ write: (inout PackEncoder, Value) -> Void) {
        bool(value != nil)
        if let value { write(&self, value) }
    }
}
