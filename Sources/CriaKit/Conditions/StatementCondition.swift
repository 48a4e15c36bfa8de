/// `statement: KIND` (+ `about`, `domain`, `with`, `except`, `exceptAbout`, `in`, `atLeast`):
/// statements of a kind (or `any`), about a population, on a domain, also of every `with`
/// kind, not also of the `except`
/// kinds nor also about the `exceptAbout` populations, as the
/// statement reading (`Statements/`) finds them.
/// When too few qualify, it says what it looked for and the nearest statements that did not
/// qualify, with why.
struct StatementCondition: ConditionPrimitive {
    static let key = "statement"
    static let options: Set<String> = ["about", "domain", "with", "except", "exceptAbout", "in", "atLeast"]

    let query: StatementQuery
    static let screeningClaimKind = "screening-claim"

    static func parse(_ value: YAMLView, in condition: YAMLView, parser: inout ConditionParser) -> StatementCondition? {
        guard let kinds = value.strings, !kinds.isEmpty else {
            parser.problem(value.location, "`statement` takes a kind (or `any`) or a list of kinds")
            return nil
        }
        let about = condition.value("about").flatMap(\.strings) ?? []
        let domains = condition.value("domain").flatMap(\.strings) ?? []
        let except = condition.value("except").flatMap(\.strings) ?? []
        let exceptAbout = condition.value("exceptAbout").flatMap(\.strings) ?? []
        let with = condition.value("with").flatMap(\.strings) ?? []
        let named = kinds.filter { $0 != "any" }
        parser.statementReferences.append((named + with + except, about + exceptAbout, domains, value.location))
        var query = StatementQuery(
            kinds: named, about: about, domains: domains, except: except, exceptAbout: exceptAbout,
            scope: parser.scope(condition), atLeast: parser.optionalInt(condition, "atLeast") ?? 1)
        query.with = with
        return StatementCondition(query: query)
    }

    func evaluate(_ evaluator: ConditionEvaluator) -> ConditionOutcome {
        let facts = evaluator.facts, query = query
        let inScope = evaluator.memo.scope(query.scope, index: facts.index)
        let reading = facts.statements
        let ranges = inScope.ranges
        // A screening claim in a form or table row ("Impact on children | No impact") is a
        // claim wherever `ScreeningClaims` found it, though its words read as an effect.
        let claims = query.except.contains(Self.screeningClaimKind) ? facts.screeningClaimBlocks : []
        let found = reading.answer(query, in: ranges).filter { !claims.contains($0.block) }
        let holds = found.count >= query.atLeast
        let quotes = DeferredQuotes {
            let quoted = found.prefix(3).map { facts.evidence(for: $0, note: reading.description(of: $0)) }
            if holds { return quoted }
            if !found.isEmpty {
                // Too few: what was found, then what was asked for.
                let short = Evidence(
                    text: "looked for \(query.description) (at least \(query.atLeast)): \(found.count) found",
                    location: facts.proposal.root.location, path: facts.proposal.root.path, note: Evidence.searchNote)
                return quoted + [short]
            }
            let looked = Evidence(
                text: "looked for \(query.description)" + (query.atLeast > 1 ? " (at least \(query.atLeast))" : "") + ": none found",
                location: facts.proposal.root.location, path: facts.proposal.root.path, note: Evidence.searchNote)
            return [looked] + reading.closest(query, in: ranges).map { facts.evidence(for: $0.statement, note: "closest, did not qualify: \($0.why)") }
        }
        return .of(holds, focus: inScope.largest, quotes: .deferred(quotes))
    }

    func encode(_ encoder: inout PackEncoder) {
        encoder.strings(query.kinds)
        encoder.strings(query.about)
        encoder.strings(query.domains)
        encoder.strings(query.except)
        encoder.strings(query.exceptAbout)
        encoder.scope(query.scope)
        encoder.int(query.atLeast)
        encoder.strings(query.with)
    }

    static func decode(_ decoder: inout PackDecoder) throws -> StatementCondition {
        var query = StatementQuery(
            kinds: try decoder.strings(), about: try decoder.strings(), domains: try decoder.strings(),
            except: try decoder.strings(), exceptAbout: try decoder.strings(), scope: try decoder.scope(), atLeast: try decoder.int())
        query.with = try decoder.strings()
        return StatementCondition(query: query)
    }
}
