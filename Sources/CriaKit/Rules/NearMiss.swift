/// When a rule's `expect` fails but the proposal holds a close candidate (`nearMiss:`): a
/// statement about the children concerned, on the rule's topic, lacking only the rule's own
/// act (a weighing word, a view acted on, a second option). Such a proposal may well have done
/// what the rule asks in words cria does not read, so the honest outcome is review, naming the
/// candidates and what they lack; a fail rests on nothing relevant found.
public struct NearMiss: Sendable {
    /// What makes a candidate close (`when:`), a condition like `expect`.
    public let when: Condition
    /// What such a candidate lacks, in words for the reader (`lacks:`): "a weighing of the
    /// children's interests against others' with a conclusion".
    public let lacks: String

    public init(when: Condition, lacks: String) {
        self.when = when
        self.lacks = lacks
    }
}
