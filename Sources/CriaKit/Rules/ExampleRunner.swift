/// Runs each rule's own examples: what must fail fails, what must pass passes.
public struct ExampleRunner {
    public struct Mismatch: CustomStringConvertible {
        public let rule: Rule
        public let kind: String
        public let number: Int
        public let expected: Outcome
        public let actual: String

        public var description: String {
            "\(rule.file):\(rule.location.line):\(rule.location.column): error: rule '\(rule.id)': \(kind) example \(number) should be \(expected.rawValue) but is \(actual)"
        }
    }

    public let pack: CompiledPack

    public init(pack: CompiledPack) {
        self.pack = pack
    }

    /// Returns the number of examples run and every mismatch.
    public func run(only ruleIDs: Set<String>? = nil) -> (examples: Int, mismatches: [Mismatch]) {
        var count = 0
        var mismatches: [Mismatch] = []
        let evaluator = Evaluator(pack: pack)
        for rule in pack.rules where ruleIDs?.contains(rule.id) ?? true {
            let groups: [(String, Outcome, [String])] = [("fail", .fail, rule.examples.fail), ("pass", .pass, rule.examples.pass), ("review", .review, rule.examples.review)]
            for (kind, expected, examples) in groups {
                for (number, example) in examples.enumerated() {
                    count += 1
                    let name = "\(rule.id)/\(kind)[\(number + 1)]"
                    do {
                        let document = try DocumentLoader().read(bytes: Array(example.utf8), file: name)
                        let proposal = Proposal(document: document)
                        let facts = DocumentFacts(proposal: proposal, pack: pack)
                        // A rule held to provisions gives a result per provision: the worst counts.
                        let outcomes = evaluator.evaluateAll(rule, with: ConditionEvaluator(facts: facts), proposal: proposal).map(\.outcome)
                        let outcome = [Outcome.fail, .review, .pass].first(where: outcomes.contains) ?? outcomes.first ?? .notApplicable
                        if outcome != expected {
                            mismatches.append(Mismatch(rule: rule, kind: kind, number: number + 1, expected: expected, actual: outcome.rawValue))
                        }
                    } catch {
                        mismatches.append(Mismatch(rule: rule, kind: kind, number: number + 1, expected: expected, actual: "unreadable (\(error))"))
                    }
                }
            }
        }
        return (count, mismatches)
    }
}
