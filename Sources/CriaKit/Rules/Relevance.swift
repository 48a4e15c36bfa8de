public enum Relevance: String, Sendable, CaseIterable, Codable {
    case direct, indirect, none
}
