/// A statement in the document that a rule does not apply, or is addressed elsewhere, with
/// a reason and who decided:
///
/// - XML/HTML: `<cria-waiver rule="ID" by="WHO" reason="WHY"/>` anywhere (the reason may also
///   be the element's text), or `<waiver rule="ID" by="WHO">WHY</waiver>`;
/// - JSON: a `"criaWaivers": [{"rule": "ID", "by": "WHO", "reason": "WHY"}]` member anywhere.
///
/// A waived fail or review is reported as `waived`, never hidden.
public struct Waiver: Sendable, Equatable {
    public let rule: String
    public let by: String
    public let reason: String
    public let file: String
    public let location: SourceLocation
    public let path: String

    public init(rule: String, by: String, reason: String, file: String, location: SourceLocation, path: String) {
        self.rule = rule
        self.by = by
        self.reason = reason
        self.file = file
        self.location = location
        self.path = path
    }
}
