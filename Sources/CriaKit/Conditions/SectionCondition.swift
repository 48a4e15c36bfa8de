/// `section: ROLE` (+ `minWords`, `maxWords`): a section with this role exists, its words
/// (the largest such section's) in range.
struct SectionCondition: ConditionPrimitive {
    static let key = "section"
    static let options: Set<String> = ["minWords", "maxWords"]

    let role: String
    var roleNames: [String] { [role] }
    let minWords: Int?
    let maxWords: Int?

    static func parse(_ value: YAMLView, in condition: YAMLView, parser: inout ConditionParser) -> SectionCondition? {
        guard let role = value.string else {
            parser.problem(value.location, "`section` takes a role name")
            return nil
        }
        parser.roleReferences.append((role, value.location))
        return SectionCondition(role: role, minWords: parser.optionalInt(condition, "minWords"), maxWords: parser.optionalInt(condition, "maxWords"))
    }

    func evaluate(_ evaluator: ConditionEvaluator) -> ConditionOutcome {
        let memo = evaluator.memo
        let found: (section: Section, words: Int, quotes: Quotes)?
        if let known = memo.largestWithRole[role] {
            found = known
        } else {
            let withRole = evaluator.facts.proposal.sections.filter { $0.roles.contains(role) }
            found = ConditionMemo.ScopeFacts.largest(of: withRole).map { largest in
                let words = largest.wordCount
                return (
                    largest, words,
                    .deferred(
                        DeferredQuotes {
                            [Evidence(text: "\"\(largest.title)\" (\(words) words)", location: largest.location, path: largest.path, note: "section")]
                        })
                )
            }
            memo.largestWithRole[role] = .some(found)
        }
        guard let found else { return .of(false) }
        // An empty section (a blank template's) is not one that is there: at least one word,
        // unless only a maximum is asked (a thin section, which an empty one is too).
        let holds = found.words >= (minWords ?? (maxWords == nil ? 1 : 0)) && found.words <= (maxWords ?? Int.max)
        return .of(holds, focus: found.section, quotes: found.quotes)
    }

    func encode(_ encoder: inout PackEncoder) {
        encoder.string(role)
        encoder.optional(minWords) { $0.int($1) }
        encoder.optional(maxWords) { $0.int($1) }
    }

    static func decode(_ decoder: inout PackDecoder) throws -> SectionCondition {
        SectionCondition(role: try decoder.string(), minWords: try decoder.optional { try $0.int() }, maxWords: try decoder.optional { try $0.int() })
    }
}
