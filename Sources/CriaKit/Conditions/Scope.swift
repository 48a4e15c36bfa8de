/// Where in a document a condition looks (`in:`).
public enum Scope: Sendable, Hashable {
    case document
    case roles([String])
}
