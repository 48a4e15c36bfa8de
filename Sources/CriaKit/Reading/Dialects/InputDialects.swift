/// Every input dialect, once, in the order they are tried.
enum InputDialects {
    static let registered: [any InputDialect.Type] = [
        GOVUKContentItemDialect.self,
        CLMLDialect.self,
        AkomaNtosoDialect.self,
        USLMDialect.self,
    ]

    /// The dialect of a document parsed as `syntax`, if any.
    static func detect(_ root: DocumentNode, syntax: DocumentFormat) -> (any InputDialect.Type)? {
        registered.first { $0.syntax == syntax && $0.matches(root) }
    }

    static func dialect(of format: DocumentFormat) -> (any InputDialect.Type)? {
        registered.first { $0.format == format }
    }
}
