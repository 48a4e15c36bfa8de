/// The tokens of every text of a document, one text after another, so that reading a text
/// allocates nothing of its own: each text's tokens are a `TokenRun` of the buffer.
final class TokenBuffer {
    /// Tokens are plain values: the room is never initialised or deinitialised as a whole.
    private(set) var storage: UnsafeMutableBufferPointer<Token>
    /// Tokens written so far: `storage[0..<count]`.
    var count = 0 {
        didSet { precondition(count >= 0 && count <= storage.count) }
    }

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

    /// The tokens written in `range`, valid until the buffer next grows.
    func tokens(_ range: Range<Int>) -> UnsafeBufferPointer<Token> {
        precondition(range.lowerBound >= 0 && range.upperBound <= count)
        return UnsafeBufferPointer(rebasing: storage[range])
    }
}

/// The tokens of one text, numbered from 0: a run of its document's `TokenBuffer`.
struct TokenRun: RandomAccessCollection {
    private let buffer: TokenBuffer
    private let first: Int
    let count: Int

    /// The tokens of `buffer` in `range`, which are written.
    init(_ buffer: TokenBuffer, _ range: Range<Int>) {
        precondition(range.lowerBound >= 0 && range.upperBound <= buffer.count)
        self.buffer = buffer
        first = range.lowerBound
        count = range.count
    }

    var startIndex: Int { 0 }
    var endIndex: Int { count }

    subscript(position: Int) -> Token {
        precondition(position >= 0 && position < count)
        return buffer.storage[first &+ position]
    }

    /// `body` given the run's tokens in place, for a reader passing over every token of a
    /// block for the few it wants (numbers): the subscript checks the position and reads the
    /// buffer's storage anew for each token. The buffer no longer grows once its document is
    /// read, so the tokens stay where they are for as long as `body` runs.
    func withUnsafeBufferPointer<R>(_ body: (UnsafeBufferPointer<Token>) throws -> R) rethrows -> R {
        try withExtendedLifetime(buffer) { try body(buffer.tokens(first..<first + count)) }
    }
}
