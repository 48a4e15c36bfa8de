import Foundation
import Yams

/// Loads a rule pack from a folder of YAML files, validating everything before use.
public struct RuleLoader {
    /// Aliases can make a small YAML file describe an enormous tree; refuse past this.
    static let maxNodesPerFile = 200_000
    static let maxFileBytes = 4 * 1024 * 1024

    static let ruleKeys: Set<String> = [
        "id", "title", "articles", "references", "severity", "applies", "expect", "review",
        "message", "guidance", "examples", "provisions", "gate", "keeps", "assessedBy", "rightsEngaged", "nearMiss", "reviewArticles", "partOf",
    ]
    static let requiredRuleKeys = ["id", "title", "articles", "references", "severity", "expect", "message", "guidance", "examples"]

    public init() {}

    public func load(directory: String) throws -> RulePack {
        var problems: [RuleProblem] = []
        var rules: [Rule] = []
        var lexicons: [String: Lexicon] = [:]
        var roles: [SectionRole] = []
        var relevance = RelevanceSettings.empty
        var statements = StatementVocabulary.empty
        var legislation = LegislationSettings.empty
        var lexiconReferences: [(file: String, name: String, at: SourceLocation)] = []
        var roleReferences: [(file: String, name: String, at: SourceLocation)] = []
        var statementReferences: [(file: String, reference: (kinds: [String], about: [String], domains: [String], at: SourceLocation))] = []

        let files = yamlFiles(under: directory)
        if files.isEmpty {
            throw RuleLoadError(problems: [RuleProblem(file: directory, location: .unknown, message: "no rule files (*.yaml) found")])
        }
        // Parsing YAML is most of the cost of loading a pack: parse the files on all cores,
        // then read them in order, so problems come out in the same order every time.
        let parsed = parseAll(files)
        for (file, result) in zip(files, parsed) {
            let view: YAMLView
            switch result {
            case .success(let parsedView): view = parsedView
            case .failure(let problem):
                problems.append(problem)
                continue
            }
            let relative = file.hasPrefix(directory + "/") ? String(file.dropFirst(directory.count + 1)) : file
            if relative.hasPrefix("lexicons/") {
                let name = ((relative as NSString).lastPathComponent as NSString).deletingPathExtension
                if let lexicon = readLexicon(view, name: name, problems: &problems) { lexicons[name] = lexicon }
            } else if relative == "roles.yaml" {
                roles = readRoles(view, problems: &problems)
                for role in roles { if let name = role.contentLexicon { lexiconReferences.append((file, name, view.location)) } }
            } else if relative == "pack.yaml" {
                readPackInfo(view, problems: &problems)
            } else if relative == "legislation.yaml" {
                legislation = readLegislation(view, problems: &problems)
                let names =
                    legislation.childLexicons + legislation.notChildLexicons + legislation.kinLexicons + legislation.dependantLexicons + legislation.actingLexicons
                    + legislation.payingLexicons + legislation.payingExceptions
                    + legislation.childVictimLexicons
                    + legislation.engagements.flatMap { [$0.lexicon] + $0.except }
                for name in names { lexiconReferences.append((file, name, view.location)) }
            } else if relative == "relevance.yaml" {
                relevance = readRelevance(view, problems: &problems)
                for name in relevance.directLexicons + relevance.indirectLexicons { lexiconReferences.append((file, name, view.value("direct")?.location ?? view.location)) }
                for name in relevance.senseCues + relevance.sensePeople { lexiconReferences.append((file, name, view.value("otherSenses")?.location ?? view.location)) }
                for name in relevance.animalLexicons + relevance.animalPeople { lexiconReferences.append((file, name, view.value("animals")?.location ?? view.location)) }
            } else if relative == "statements.yaml" {
                statements = StatementVocabularyReader.read(view, problems: &problems)
                for name in statements.lexiconNames { lexiconReferences.append((file, name, view.location)) }
            } else if let list = view.value("rules") {
                guard let items = list.sequence else {
                    problems.append(RuleProblem(file: file, location: list.location, message: "`rules` must be a list of rules"))
                    continue
                }
                for item in items {
                    var parser = ConditionParser(file: file, ruleID: item.value("id")?.string ?? "?")
                    if let rule = readRule(item, parser: &parser) { rules.append(rule) }
                    problems += parser.problems
                    for inline in parser.inlineLexicons { lexicons[inline.name] = inline }
                    lexiconReferences += parser.lexiconReferences.map { (file, $0.name, $0.at) }
                    roleReferences += parser.roleReferences.map { (file, $0.name, $0.at) }
                    statementReferences += parser.statementReferences.map { (file, $0) }
                }
            } else if view.mapping != nil {
                problems.append(RuleProblem(file: file, location: view.location, message: "not a rule file: expected a top-level `rules:` list (lexicons belong in lexicons/, roles in roles.yaml)"))
            }
        }

        var seen: [String: Rule] = [:]
        for rule in rules {
            if let first = seen[rule.id] {
                problems.append(RuleProblem(file: rule.file, location: rule.location, message: "duplicate rule id '\(rule.id)' (first defined at \(first.file):\(first.location))"))
            } else {
                seen[rule.id] = rule
            }
        }
        let roleNames = Set(roles.map(\.name))
        for reference in lexiconReferences where lexicons[reference.name] == nil {
            problems.append(RuleProblem(file: reference.file, location: reference.at, message: "unknown lexicon '\(reference.name)'\(suggestion(reference.name, among: Set(lexicons.keys.filter { !$0.contains("#") })))"))
        }
        for reference in roleReferences where !roleNames.contains(reference.name) {
            problems.append(RuleProblem(file: reference.file, location: reference.at, message: "unknown section role '\(reference.name)'\(suggestion(reference.name, among: roleNames))"))
        }
        for reach in relevance.reach {
            statementReferences.append((directory + "/relevance.yaml", (reach.kinds, reach.about, reach.domains, .unknown)))
        }
        for (file, reference) in statementReferences {
            for (what, names, known) in [
                ("kind", reference.kinds, statements.kinds.map(\.name)), ("population", reference.about, statements.about.map(\.name)),
                ("domain", reference.domains, statements.domains.map(\.name)),
            ] {
                for name in names where !known.contains(name) {
                    problems.append(
                        RuleProblem(file: file, location: reference.at, message: "unknown statement \(what) '\(name)' (statements.yaml names: \(known.joined(separator: ", ")))\(suggestion(name, among: Set(known)))"))
                }
            }
        }
        if !problems.isEmpty { throw RuleLoadError(problems: problems) }
        var pack = RulePack(directory: directory, rules: rules, lexicons: lexicons, roles: roles, relevance: relevance, statements: statements)
        pack.legislation = legislation
        return pack
    }

    // MARK: - Files

    func yamlFiles(under directory: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: directory) else { return [] }
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            if relative.hasSuffix(".yaml") || relative.hasSuffix(".yml") { files.append(directory + "/" + relative) }
        }
        return files.sorted()
    }

    func parseAll(_ files: [String]) -> [Result<YAMLView, RuleProblem>] {
        let results = UnsafeMutableBufferPointer<Result<YAMLView, RuleProblem>?>.allocate(capacity: files.count)
        results.initialize(repeating: nil)
        defer {
            // Without this, the parsed trees copied out below were never released.
            results.deinitialize()
            results.deallocate()
        }
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            do {
                results[index] = .success(try parse(files[index]))
            } catch let problem as RuleProblem {
                results[index] = .failure(problem)
            } catch {
                results[index] = .failure(RuleProblem(file: files[index], location: .unknown, message: "\(error)"))
            }
        }
        return results.map { $0! }
    }

    func parse(_ file: String) throws -> YAMLView {
        // Read as documents are: a FIFO or device is refused unopened, the size checked first.
        var limits = ReadLimits()
        limits.maxFileBytes = Self.maxFileBytes
        let bytes: [UInt8]
        do { bytes = try DocumentLoader(limits: limits).readBytes(path: file) } catch let error as InputError {
            let tooLarge = error.message.hasPrefix("file is")
            throw RuleProblem(file: file, location: .unknown, message: tooLarge ? "rule file larger than \(Self.maxFileBytes / 1024 / 1024) MB" : error.message)
        }
        if let bad = Self.firstInvalidUTF8(bytes) {
            let location = bytes.withUnsafeBufferPointer { buffer in
                var counter = SourcePositionCounter(bytes: buffer)
                return counter.location(ofOffset: bad)
            }
            throw RuleProblem(file: file, location: location, message: String(format: "not UTF-8 text (invalid byte 0x%02X)", bytes[bad]))
        }
        let text = String(decoding: bytes, as: UTF8.self)
        let node: Node?
        // Every scalar is read as a string (`YAMLView`), so implicit typing (a regular
        // expression per scalar in Yams' default resolver) is skipped, and the encoding is
        // given rather than looked up in the environment for every file.
        do { node = try Yams.compose(yaml: text, .basic, .default, .utf8) } catch let error as YamlError {
            throw Self.problem(from: error, file: file, source: bytes)
        }
        guard let node else { throw RuleProblem(file: file, location: .unknown, message: "empty rule file") }
        let view = YAMLView(node: node, file: file)
        if view.nodeCount(limit: Self.maxNodesPerFile) >= Self.maxNodesPerFile {
            throw RuleProblem(file: file, location: .unknown, message: "more than \(Self.maxNodesPerFile) YAML nodes once aliases are expanded")
        }
        return view
    }

    /// Offset of the first byte that does not belong to valid UTF-8, if any.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var offset = 0
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }

    static func problem(from error: YamlError, file: String, source: [UInt8] = []) -> RuleProblem {
        switch error {
        case .reader(let problem, let offset, _, _):
            // libyaml's reader reports a byte offset (control characters, bad encodings).
            let location =
                offset.map { offset in
                    source.withUnsafeBufferPointer { buffer in
                        var counter = SourcePositionCounter(bytes: buffer)
                        return counter.location(ofOffset: offset)
                    }
                } ?? .unknown
            return RuleProblem(file: file, location: location, message: "invalid YAML: \(problem)")
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _), .composer(let context, let problem, let mark, _):
            var detail = context.map { "\(problem) \($0.text)" } ?? problem
            // libyaml's own bound on nesting (1,000 levels), which keeps Yams from recursing deeper.
            if problem.hasPrefix("Maximum nesting level reached") { detail = "nested deeper than 1000 levels" }
            return RuleProblem(file: file, location: SourceLocation(line: mark.line, column: mark.column), message: "invalid YAML: \(detail)")
        default:
            let first = "\(error)".split(whereSeparator: \.isNewline).first.map(String.init) ?? "unknown error"
            return RuleProblem(file: file, location: .unknown, message: "invalid YAML: \(first)")
        }
    }

    // MARK: - Rules

    /// `pack.yaml`: the pack's `name` and `version` (read by `RulePackInfo`), checked here.
    func readPackInfo(_ view: YAMLView, problems: inout [RuleProblem]) {
        guard let entries = view.mapping else {
            problems.append(RuleProblem(file: view.file, location: view.location, message: "pack.yaml needs a mapping with `name` and `version`"))
            return
        }
        for entry in entries {
            if !RulePackInfo.keys.contains(entry.key) {
                problems.append(
                    RuleProblem(file: view.file, location: entry.keyView.location, message: "unknown key '\(entry.key)' in pack.yaml; expected name, version\(suggestion(entry.key, among: RulePackInfo.keys))"))
            } else if entry.value.string == nil {
                problems.append(RuleProblem(file: view.file, location: entry.value.location, message: "`\(entry.key)` takes a single value"))
            }
        }
    }

    func readRule(_ view: YAMLView, parser: inout ConditionParser) -> Rule? {
        guard let entries = view.mapping else {
            parser.problem(view.location, "a rule must be a mapping")
            return nil
        }
        for entry in entries where !Self.ruleKeys.contains(entry.key) {
            parser.problem(entry.keyView.location, "unknown key '\(entry.key)'\(suggestion(entry.key, among: Self.ruleKeys))")
        }
        // A rule held to provisions says what it asks of each in `provisions:`, not `expect:`.
        for key in Self.requiredRuleKeys where view.value(key) == nil && !(key == "expect" && (view.value("provisions") != nil || view.value("assessedBy") != nil || view.value("rightsEngaged") != nil)) {
            parser.problem(view.location, "rule '\(view.value("id")?.string ?? "?")' has no `\(key)`")
        }
        let id = view.value("id")?.string ?? ""
        if !id.isEmpty && !Self.isKebabCase(id) {
            parser.problem(view.value("id")!.location, "rule id '\(id)' is not kebab-case (lowercase words joined by '-')")
        }
        let severityText = view.value("severity")?.string ?? "warning"
        let severity = Severity(rawValue: severityText)
        if severity == nil { parser.problem(view.value("severity")!.location, "unknown severity '\(severityText)'; expected error, warning or info") }
        let articles = view.value("articles").map { readArticles($0, key: "articles", parser: &parser) } ?? []
        let reviewArticles = view.value("reviewArticles").map { readArticles($0, key: "reviewArticles", parser: &parser) }
        if let list = view.value("reviewArticles"), view.value("review") == nil {
            parser.problem(list.location, "rule '\(id)' has `reviewArticles:` but no `review:`: they are the articles its review speaks for")
        }
        let (kinds, publishedOnly, applies) = readApplies(view.value("applies"), parser: &parser)
        let provisions = view.value("provisions").flatMap { readProvisionCheck($0, parser: &parser) }
        let assessedBy = view.value("assessedBy").flatMap { readAssessmentTrail($0, parser: &parser) }
        let rightsEngaged = view.value("rightsEngaged").flatMap { readRightsEngaged($0, parser: &parser) }
        let expect = view.value("expect").flatMap { parser.parse($0) } ?? (provisions != nil || assessedBy != nil || rightsEngaged != nil ? Condition.all([]) : nil)
        let review = view.value("review").flatMap { parser.parse($0) }
        let nearMiss = view.value("nearMiss").flatMap { readNearMiss($0, parser: &parser) }
        // A rule naming the rights a page engages never fails: its worst outcome is review.
        let examples = readExamples(view.value("examples"), ruleID: id, neverFails: view.value("rightsEngaged") != nil, parser: &parser)
        if let nearMiss = view.value("nearMiss"), examples.review.isEmpty, view.value("examples") != nil {
            parser.problem(nearMiss.location, "rule '\(id)' has `nearMiss:` but no example that must be review: give one whose close candidate makes it review")
        }
        guard let expect, let severity, !id.isEmpty else { return nil }
        var rule = Rule(
            id: id,
            title: view.value("title")?.string ?? id,
            articles: articles,
            references: view.value("references")?.strings ?? [],
            severity: severity,
            applies: applies,
            kinds: kinds,
            provisions: provisions,
            expect: expect,
            review: review,
            message: view.value("message")?.string ?? "",
            guidance: view.value("guidance")?.string ?? "",
            examples: examples,
            file: parser.file,
            location: view.location
        )
        rule.publishedOnly = publishedOnly
        rule.gate = view.value("gate")?.string == "true"
        rule.keeps = view.value("keeps")?.strings ?? []
        rule.assessedBy = assessedBy
        rule.rightsEngaged = rightsEngaged
        rule.nearMiss = nearMiss
        rule.reviewArticles = reviewArticles
        rule.partOf = view.value("partOf")?.strings ?? []
        return rule
    }

    /// `articles: [3, 4]` (or one number): UNCRC articles, 1 to 54.
    func readArticles(_ list: YAMLView, key: String, parser: inout ConditionParser) -> [Int] {
        var articles: [Int] = []
        if let items = list.sequence, items.allSatisfy({ $0.int != nil }) {
            articles = items.compactMap(\.int)
        } else if let one = list.int {
            articles = [one]
        } else {
            parser.problem(list.location, "`\(key)` takes a list of article numbers")
        }
        for article in articles where !(1...54).contains(article) {
            parser.problem(list.location, "UNCRC article \(article) does not exist (1-54)")
        }
        return articles
    }

    /// `nearMiss: {when: CONDITION, lacks: "what a candidate lacks"}`.
    func readNearMiss(_ view: YAMLView, parser: inout ConditionParser) -> NearMiss? {
        for entry in view.mapping ?? [] where !["when", "lacks"].contains(entry.key) {
            parser.problem(entry.keyView.location, "unknown key '\(entry.key)' in `nearMiss`; expected when, lacks")
        }
        guard let when = view.value("when"), let lacks = view.value("lacks")?.string, !lacks.isEmpty else {
            parser.problem(view.location, "`nearMiss` needs `when:` (the condition a close candidate meets) and `lacks:` (what such a candidate lacks, in words)")
            return nil
        }
        return parser.parse(when).map { NearMiss(when: $0, lacks: lacks) }
    }

    /// `applies:` is a condition, or `kinds: [...]` and `published: true` with or without one
    /// beside them: `applies: {kinds: [assessment, proposal], relevance: [direct, indirect]}`.
    func readApplies(_ view: YAMLView?, parser: inout ConditionParser) -> ([DocumentKind]?, Bool, Condition?) {
        guard let view else { return (nil, false, nil) }
        guard case .mapping(let mapping) = view.node, view.value("kinds") != nil || view.value("published") != nil else { return (nil, false, parser.parse(view)) }
        let published = view.value("published")?.string == "true"
        var kinds: [DocumentKind]?
        if let kindsView = view.value("kinds") { kinds = readKinds(kindsView, parser: &parser) }
        let rest = mapping.filter { !["kinds", "published"].contains(YAMLView(node: $0.key, file: view.file).string ?? "") }
        guard !rest.isEmpty else { return (kinds, published, nil) }
        let condition = Node.Mapping(rest.map { ($0.key, $0.value) }, mapping.tag, mapping.style, mapping.mark)
        return (kinds, published, parser.parse(YAMLView(node: .mapping(condition), file: view.file)))
    }

    func readKinds(_ kindsView: YAMLView, parser: inout ConditionParser) -> [DocumentKind] {
        var kinds: [DocumentKind] = []
        if let names = kindsView.strings, !names.isEmpty {
            for (name, item) in zip(names, kindsView.sequence ?? [kindsView]) {
                if let kind = DocumentKind(rawValue: name) {
                    kinds.append(kind)
                } else {
                    parser.problem(item.location, "unknown document kind '\(name)'; expected \(DocumentKind.spelled)")
                }
            }
        } else {
            parser.problem(kindsView.location, "`kinds` takes a list of document kinds (\(DocumentKind.spelled))")
        }
        return kinds
    }

    /// `provisions: {concerns: [lexicons], meets: lexicon, conflicts: lexicon, exceptions: lexicon,
    /// presupposedBy: [words], notUnderHeadings: lexicon}`.
    func readProvisionCheck(_ view: YAMLView, parser: inout ConditionParser) -> ProvisionCheck? {
        let keys: Set<String> = ["concerns", "meets", "conflicts", "exceptions", "presupposedBy", "notUnderHeadings"]
        guard let entries = view.mapping else {
            parser.problem(view.location, "`provisions` takes concerns, meets, conflicts and exceptions (lexicon names)")
            return nil
        }
        for entry in entries where !keys.contains(entry.key) {
            parser.problem(entry.keyView.location, "unknown key '\(entry.key)' in `provisions`\(suggestion(entry.key, among: keys))")
        }
        guard let concerns = view.value("concerns")?.strings, !concerns.isEmpty else {
            parser.problem(view.location, "`provisions` needs `concerns:`, the lexicons a provision must mention for the standard to concern it")
            return nil
        }
        // `presupposedBy` lists plain words, not lexicons.
        for key in keys.subtracting(["presupposedBy"]).sorted() {
            guard let value = view.value(key) else { continue }
            for name in value.strings ?? [] { parser.lexiconReferences.append((name, value.location)) }
        }
        return ProvisionCheck(
            concerns: concerns, meets: view.value("meets")?.string, conflicts: view.value("conflicts")?.string,
            exceptions: view.value("exceptions")?.string, presupposedBy: (view.value("presupposedBy")?.strings ?? []).map { $0.lowercased() },
            notUnderHeadings: view.value("notUnderHeadings")?.string)
    }

    /// `assessedBy: {childRights: lexicon, other: lexicon}`.
    func readAssessmentTrail(_ view: YAMLView, parser: inout ConditionParser) -> AssessmentTrail? {
        for entry in view.mapping ?? [] where !["childRights", "other"].contains(entry.key) {
            parser.problem(entry.keyView.location, "unknown key '\(entry.key)' in `assessedBy`; expected childRights, other")
        }
        guard let childRights = view.value("childRights")?.string else {
            parser.problem(view.location, "`assessedBy` needs `childRights:`, the lexicon that names a child rights impact assessment")
            return nil
        }
        let other = view.value("other")?.string
        for name in [childRights, other].compactMap({ $0 }) { parser.lexiconReferences.append((name, view.location)) }
        return AssessmentTrail(childRights: childRights, other: other)
    }

    /// `rightsEngaged: {about: [POPULATIONS], topics: [{topic, articles, domains, about}], atLeast, inPassing}`.
    func readRightsEngaged(_ view: YAMLView, parser: inout ConditionParser) -> RightsEngaged? {
        for entry in view.mapping ?? [] where !["about", "topics", "atLeast", "inPassing"].contains(entry.key) {
            parser.problem(entry.keyView.location, "unknown key '\(entry.key)' in `rightsEngaged`; expected about, topics, atLeast, inPassing")
        }
        guard let about = view.value("about")?.strings, !about.isEmpty, let items = view.value("topics")?.sequence, !items.isEmpty else {
            parser.problem(view.location, "`rightsEngaged` needs `about:` (populations) and `topics:` (each a topic, its articles and the domains or populations that show it)")
            return nil
        }
        parser.statementReferences.append(([], about, [], view.location))
        var topics: [RightsEngaged.Topic] = []
        for item in items {
            for entry in item.mapping ?? [] where !["topic", "articles", "domains", "about"].contains(entry.key) {
                parser.problem(entry.keyView.location, "unknown key '\(entry.key)' in a `rightsEngaged` topic; expected topic, articles, domains, about")
            }
            let domains = item.value("domains")?.strings ?? [], groups = item.value("about")?.strings ?? []
            guard let topic = item.value("topic")?.string, let articles = item.value("articles")?.sequence?.compactMap(\.int), !articles.isEmpty,
                !(domains.isEmpty && groups.isEmpty)
            else {
                parser.problem(item.location, "a `rightsEngaged` topic needs `topic:`, `articles:` and `domains:` or `about:`")
                continue
            }
            for article in articles where !(1...54).contains(article) {
                parser.problem(item.location, "UNCRC article \(article) does not exist (1-54)")
            }
            parser.statementReferences.append(([], groups, domains, item.location))
            topics.append(RightsEngaged.Topic(topic: topic, articles: articles, domains: domains, about: groups))
        }
        var rights = RightsEngaged(about: about, topics: topics)
        if let count = view.value("atLeast") {
            if let number = count.int, number >= 1 { rights.atLeast = number } else { parser.problem(count.location, "`atLeast` takes a number of statements, 1 or more") }
        }
        if let count = view.value("inPassing") {
            if let number = count.int, number >= 0 { rights.inPassing = number } else { parser.problem(count.location, "`inPassing` takes a number of statements, 0 or more") }
        }
        return rights
    }

    func readExamples(_ view: YAMLView?, ruleID: String, neverFails: Bool = false, parser: inout ConditionParser) -> RuleExamples {
        guard let view else { return RuleExamples() }
        guard let entries = view.mapping else {
            parser.problem(view.location, "`examples` takes `fail:` and `pass:` lists")
            return RuleExamples()
        }
        var examples = RuleExamples()
        for entry in entries {
            guard let items = entry.value.strings else {
                parser.problem(entry.value.location, "`examples.\(entry.key)` takes a list of documents")
                continue
            }
            switch entry.key {
            case "fail": examples.fail = items
            case "pass": examples.pass = items
            case "review": examples.review = items
            default: parser.problem(entry.keyView.location, "unknown key '\(entry.key)' in examples; expected fail, pass or review")
            }
        }
        if neverFails {
            if !examples.fail.isEmpty { parser.problem(view.location, "rule '\(ruleID)' names the rights engaged and never fails: give `review:` examples, not `fail:`") }
            if examples.review.isEmpty { parser.problem(view.location, "rule '\(ruleID)' has no example that must be review") }
        } else if examples.fail.isEmpty {
            parser.problem(view.location, "rule '\(ruleID)' has no example that must fail")
        }
        if examples.pass.isEmpty { parser.problem(view.location, "rule '\(ruleID)' has no example that must pass") }
        return examples
    }

    static func isKebabCase(_ id: String) -> Bool {
        guard let first = id.first, first.isLowercase || first.isNumber else { return false }
        return id.allSatisfy { ($0.isLowercase && $0.isASCII) || $0.isNumber || $0 == "-" }
            && !id.hasSuffix("-") && !id.contains("--")
    }

    // MARK: - Lexicons, roles, relevance

    func readLexicon(_ view: YAMLView, name: String, problems: inout [RuleProblem]) -> Lexicon? {
        guard let terms = view.value("terms")?.strings, !terms.isEmpty else {
            problems.append(RuleProblem(file: view.file, location: view.location, message: "lexicon '\(name)' needs a non-empty `terms:` list"))
            return nil
        }
        for entry in view.mapping ?? [] where entry.key != "terms" && entry.key != "description" {
            problems.append(RuleProblem(file: view.file, location: entry.keyView.location, message: "unknown key '\(entry.key)' in a lexicon; expected description, terms"))
        }
        return Lexicon(name: name, description: view.value("description")?.string ?? "", terms: terms)
    }

    func readRoles(_ view: YAMLView, problems: inout [RuleProblem]) -> [SectionRole] {
        guard let entries = view.value("roles")?.mapping else {
            problems.append(RuleProblem(file: view.file, location: view.location, message: "roles.yaml needs a `roles:` mapping"))
            return []
        }
        var roles: [SectionRole] = []
        for entry in entries {
            for key in entry.value.mapping ?? [] where !["titles", "content"].contains(key.key) {
                problems.append(RuleProblem(file: view.file, location: key.keyView.location, message: "unknown key '\(key.key)' in role '\(entry.key)'; expected titles, content"))
            }
            let titles = entry.value.value("titles")?.strings ?? []
            if titles.isEmpty {
                problems.append(RuleProblem(file: view.file, location: entry.keyView.location, message: "role '\(entry.key)' needs a non-empty `titles:` list"))
            }
            let content = entry.value.value("content")
            roles.append(
                SectionRole(
                    name: entry.key,
                    titles: titles,
                    contentLexicon: content?.value("lexicon")?.string,
                    contentAtLeast: content?.value("atLeast")?.int ?? 2
                ))
        }
        return roles
    }

    /// `legislation.yaml`: `children:` and `notChildren:` lexicons, `provisions:` element names,
    /// `dependants: {lexicons, share}`, `actsOnChildren` and `paysChildren: {lexicons, provisions}`, and `engages:` a list of `{topic, articles, lexicon, except}`.
    func readLegislation(_ view: YAMLView, problems: inout [RuleProblem]) -> LegislationSettings {
        var settings = LegislationSettings()
        func problem(_ at: YAMLView, _ message: String) { problems.append(RuleProblem(file: view.file, location: at.location, message: message)) }
        for entry in view.mapping ?? [] {
            switch entry.key {
            case "children": settings.childLexicons = entry.value.strings ?? []
            case "notChildren": settings.notChildLexicons = entry.value.strings ?? []
            case "childVictims": settings.childVictimLexicons = entry.value.strings ?? []
            case "offencesAgainstChildren": settings.offenceLexicons = entry.value.strings ?? []
            case "kin":
                for key in entry.value.mapping ?? [] where !["lexicons", "inList"].contains(key.key) {
                    problem(key.keyView, "unknown key '\(key.key)' in `kin`; expected lexicons, inList")
                }
                settings.kinLexicons = entry.value.value("lexicons")?.strings ?? []
                guard let count = entry.value.value("inList")?.int, count > 0 else {
                    problem(entry.value, "`kin` needs inList: a whole number above 0")
                    continue
                }
                settings.kinInList = count
            case "provisions": settings.provisionLabels = entry.value.strings ?? []
            case "enclosing": settings.enclosingLabels = entry.value.strings ?? []
            case "dependants":
                for key in entry.value.mapping ?? [] where !["lexicons", "share"].contains(key.key) {
                    problem(key.keyView, "unknown key '\(key.key)' in `dependants`; expected lexicons, share")
                }
                settings.dependantLexicons = entry.value.value("lexicons")?.strings ?? []
                let share = entry.value.value("share")?.string.flatMap(Double.init)
                if let share, share > 0, share <= 1 {
                    settings.dependantShare = share
                } else {
                    problem(entry.value, "`dependants` needs share: a number above 0 and at most 1")
                }
            case "actsOnChildren", "paysChildren":
                let keys = entry.key == "paysChildren" ? ["lexicons", "provisions", "except"] : ["lexicons", "provisions"]
                for key in entry.value.mapping ?? [] where !keys.contains(key.key) {
                    problem(key.keyView, "unknown key '\(key.key)' in `\(entry.key)`; expected \(keys.joined(separator: ", "))")
                }
                let lexicons = entry.value.value("lexicons")?.strings ?? []
                guard let count = entry.value.value("provisions")?.int, count > 0 else {
                    problem(entry.value, "`\(entry.key)` needs provisions: a whole number above 0")
                    continue
                }
                if entry.key == "actsOnChildren" {
                    (settings.actingLexicons, settings.actingProvisions) = (lexicons, count)
                } else {
                    (settings.payingLexicons, settings.payingProvisions) = (lexicons, count)
                    settings.payingExceptions = entry.value.value("except")?.strings ?? []
                }
            case "engages":
                for item in entry.value.sequence ?? [] {
                    for key in item.mapping ?? [] where !["topic", "articles", "lexicon", "except", "withChild"].contains(key.key) {
                        problem(key.keyView, "unknown key '\(key.key)' in `engages`; expected topic, articles, lexicon, except, withChild")
                    }
                    guard let topic = item.value("topic")?.string, let lexicon = item.value("lexicon")?.string,
                        let articles = item.value("articles")?.sequence?.compactMap(\.int), !articles.isEmpty
                    else {
                        problem(item, "an `engages` entry needs topic, articles (a list of numbers) and lexicon")
                        continue
                    }
                    for article in articles where !(1...54).contains(article) { problem(item, "UNCRC article \(article) does not exist (1-54)") }
                    settings.engagements.append(.init(topic: topic, articles: articles, lexicon: lexicon, except: item.value("except")?.strings ?? [], withChild: item.value("withChild")?.string == "true"))
                }
            default:
                let keys = "children, notChildren, childVictims, offencesAgainstChildren, kin, provisions, enclosing, dependants, actsOnChildren, paysChildren, engages"
                problem(entry.keyView, "unknown key '\(entry.key)' in legislation.yaml; expected \(keys)")
            }
        }
        if settings.childLexicons.isEmpty { problem(view, "legislation.yaml needs `children:`, the lexicons that name children") }
        return settings
    }

    func readRelevance(_ view: YAMLView, problems: inout [RuleProblem]) -> RelevanceSettings {
        var settings = RelevanceSettings.empty
        for entry in view.mapping ?? [] {
            if entry.key == "reach" {
                // One way through, or a list of them.
                for value in entry.value.sequence ?? [entry.value] {
                    let known = ["through", "about", "domains", "kinds", "atLeast", "perThousandWords"]
                    for key in value.mapping ?? [] where !known.contains(key.key) {
                        let message = "unknown key '\(key.key)' in relevance.yaml `reach`; expected \(known.joined(separator: ", "))"
                        problems.append(RuleProblem(file: view.file, location: key.keyView.location, message: message))
                    }
                    settings.reach.append(
                        RelevanceSettings.Reach(
                            through: value.value("through")?.string ?? "statements about \((value.value("about")?.strings ?? []).joined(separator: ", "))",
                            about: value.value("about")?.strings ?? [], domains: value.value("domains")?.strings ?? [],
                            kinds: value.value("kinds")?.strings ?? [], atLeast: value.value("atLeast")?.int ?? 1,
                            perThousandWords: value.value("perThousandWords")?.string.flatMap(Double.init) ?? 0))
                }
                continue
            }
            if entry.key == "otherSenses" {
                for key in entry.value.mapping ?? [] where !["words", "cues", "people"].contains(key.key) {
                    problems.append(RuleProblem(file: view.file, location: key.keyView.location, message: "unknown key '\(key.key)' in relevance.yaml `otherSenses`; expected words, cues, people"))
                }
                guard let words = entry.value.value("words")?.strings, !words.isEmpty else {
                    problems.append(RuleProblem(file: view.file, location: entry.keyView.location, message: "relevance.yaml `otherSenses` needs words: a list of terms (singular)"))
                    continue
                }
                settings.otherSenses = words.map { $0.lowercased() }
                settings.senseCues = entry.value.value("cues")?.strings ?? []
                settings.sensePeople = entry.value.value("people")?.strings ?? []
                continue
            }
            if entry.key == "animals" {
                for key in entry.value.mapping ?? [] where !["lexicons", "people"].contains(key.key) {
                    problems.append(RuleProblem(file: view.file, location: key.keyView.location, message: "unknown key '\(key.key)' in relevance.yaml `animals`; expected lexicons, people"))
                }
                guard let lexicons = entry.value.value("lexicons")?.strings, !lexicons.isEmpty else {
                    problems.append(RuleProblem(file: view.file, location: entry.keyView.location, message: "relevance.yaml `animals` needs lexicons: a list of lexicon names"))
                    continue
                }
                settings.animalLexicons = lexicons
                settings.animalPeople = entry.value.value("people")?.strings ?? []
                continue
            }
            if entry.key == "verbs" {
                settings.verbs = (entry.value.strings ?? []).map { $0.lowercased() }
                continue
            }
            if entry.key == "distinctTerms" {
                if let number = entry.value.int, number >= 1 {
                    settings.distinctTerms = number
                } else {
                    problems.append(RuleProblem(file: view.file, location: entry.keyView.location, message: "relevance.yaml `distinctTerms` must be a whole number of at least 1"))
                }
                continue
            }
            let lexicons = entry.value.value("lexicons")?.strings ?? []
            let atLeast = entry.value.value("atLeast")?.int ?? 1
            let density = entry.value.value("perThousandWords")?.string.flatMap(Double.init) ?? 0
            for key in entry.value.mapping ?? [] where !["lexicons", "atLeast", "perThousandWords"].contains(key.key) {
                problems.append(RuleProblem(file: view.file, location: key.keyView.location, message: "unknown key '\(key.key)' in relevance.yaml; expected lexicons, atLeast, perThousandWords"))
            }
            switch entry.key {
            case "direct": settings.directLexicons = lexicons; settings.directAtLeast = atLeast; settings.directPerThousandWords = density
            case "indirect": settings.indirectLexicons = lexicons; settings.indirectAtLeast = atLeast; settings.indirectPerThousandWords = density
            default:
                let expected = "direct, indirect, reach, distinctTerms, otherSenses, verbs"
                problems.append(RuleProblem(file: view.file, location: entry.keyView.location, message: "unknown key '\(entry.key)' in relevance.yaml; expected \(expected)"))
            }
        }
        return settings
    }
}
