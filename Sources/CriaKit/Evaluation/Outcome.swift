public enum Outcome: String, Sendable, CaseIterable, Codable {
    /// `waived`: a fail or review that the document itself waives (`<cria-waiver>`,
    /// `"criaWaivers"`), with a reason and who decided; the result keeps its original
    /// outcome in `RuleResult.waivedOutcome`.
    case pass, fail, review, notApplicable, waived
}
