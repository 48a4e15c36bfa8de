/// Room for the tokens of one text at a time, reused from text to text (a document's), so
/// that reading a text allocates nothing but its array of tokens, at its size.
final class TokenBuffer {
    /// Tokens are plain values: the room is never initialised or deinitialised as a whole.
    private(set) var storage: UnsafeMutableBufferPointer<Token>

    init(capacity: Int = 256) {
        storage = .allocate(capacity: max(capacity, 1))
    }

    deinit { storage.deallocate() }

    /// Twice the room, with the first `count` tokens kept.
    func grow(keeping count: Int) {
        precondition(count >= 0 && count <= storage.count)
        let grown = UnsafeMutableBufferPointer<Token>.allocate(capacity: storage.count * 2)
        _ = grown.initialize(fromContentsOf: storage[0..<count])
        storage.deallocate()
        storage = grown
    }
}
