/// What a file was read as: a syntax (`xml`, `json`, `html`, `docx`), or an input dialect of
/// one whose metadata and structure cria knows (each dialect declares its own).
public struct DocumentFormat: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    public static let xml = DocumentFormat(rawValue: "xml")
    public static let json = DocumentFormat(rawValue: "json")
    public static let html = DocumentFormat(rawValue: "html")
    public static let docx = DocumentFormat(rawValue: "docx")

    public var description: String { rawValue }
}
