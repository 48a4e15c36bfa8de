/// A member name compared by its exact code points: JSON keys `"é"` and `"e\u{301}"` are
/// different, although Swift's `String ==` treats them as equal.
struct ExactKey: Hashable {
    let text: String
    init(_ text: String) { self.text = text }

    static func == (a: ExactKey, b: ExactKey) -> Bool { a.text.utf8.elementsEqual(b.text.utf8) }

    func hash(into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
