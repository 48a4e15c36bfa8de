/// A named list of terms: words and phrases matched as whole words.
public struct Lexicon: Sendable {
    public let name: String
    public let description: String
    /// Read back from the cache, the terms are strings only once asked for: a check matches
    /// them through the term matcher, by number.
    let termList: StringList

    public var terms: [String] { termList.strings }

    public init(name: String, description: String, terms: [String]) {
        self.init(name: name, description: description, termList: StringList(terms))
    }

    init(name: String, description: String, termList: StringList) {
        self.name = name
        self.description = description
        self.termList = termList
    }
}

/// Printed (`"\(lexicon)"`) with its terms, as before they were held in a `StringList`.
extension Lexicon: CustomReflectable {
    public var customMirror: Mirror {
        Mirror(self, children: ["name": name, "description": description, "terms": terms], displayStyle: .struct)
    }
}
