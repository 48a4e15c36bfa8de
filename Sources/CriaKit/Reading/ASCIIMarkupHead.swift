/// The first bytes of a markup file up to the first byte beyond ASCII, lowercased:
/// `FormatDetector` reads the doctype, root and XML declaration from them byte by byte. On
/// ASCII this answers as the Unicode-aware string reading does (lowercasing, whitespace and
/// search all agree there), without building and lowercasing a string for every file read.
/// Where the answer would depend on what comes after the ASCII bytes (a combining mark
/// joining the last of them, whitespace or a match beyond them), it is left undecided.
struct ASCIIMarkupHead {
    enum Reading: Equatable {
        case syntax(FormatDetector.Syntax)
        /// The head names nothing: the file name decides.
        case byFileName
        /// For the string reading to answer.
        case undecided
    }

    /// Thrown when the answer depends on bytes beyond the ASCII ones.
    private struct BeyondASCII: Error {}

    private let bytes: [UInt8]
    /// Whether a byte beyond ASCII follows `bytes` in the head.
    private let isCut: Bool

    init(_ head: ArraySlice<UInt8>) {
        var lowered: [UInt8] = []
        lowered.reserveCapacity(head.count)
        for byte in head {
            guard byte < 0x80 else { break }
            lowered.append(byte.asciiLowercased)
        }
        bytes = lowered
        isCut = lowered.count < head.count
    }

    /// `.html` for an HTML doctype or root, also after an XML declaration and comments
    /// (XHTML); `.xml` for another declaration, comment or doctype first.
    var reading: Reading {
        do {
            if try startsHTML(at: 0) { return .syntax(.html) }
            let declared = try starts(with: "<?xml", at: 0)
            if declared, let end = try offset(of: "?>", from: 0) {
                var rest = try skippingWhitespace(from: end + 2)
                while try starts(with: "<!--", at: rest), let close = try offset(of: "-->", from: rest) {
                    rest = try skippingWhitespace(from: close + 3)
                }
                if try startsHTML(at: rest) { return .syntax(.html) }
            }
            if try declared || starts(with: "<!--", at: 0) || starts(with: "<!doctype", at: 0) { return .syntax(.xml) }
            return .byFileName
        } catch {
            return .undecided
        }
    }

    private func startsHTML(at offset: Int) throws -> Bool {
        try starts(with: "<!doctype html", at: offset) || starts(with: "<html", at: offset)
    }

    private func starts(with text: StaticString, at offset: Int) throws -> Bool {
        let count = text.utf8CodeUnitCount
        for k in 0..<count {
            guard offset + k < bytes.count else {
                if isCut { throw BeyondASCII() }
                return false
            }
            if bytes[offset + k] != text.utf8Start[k] { return false }
        }
        // A combining mark right after would make the last byte part of another character.
        if isCut && offset + count == bytes.count { throw BeyondASCII() }
        return true
    }

    /// Where `text` next starts at or after `start`.
    private func offset(of text: StaticString, from start: Int) throws -> Int? {
        var i = start
        while i + text.utf8CodeUnitCount <= bytes.count {
            if try starts(with: text, at: i) { return i }
            i += 1
        }
        if isCut { throw BeyondASCII() }
        return nil
    }

    /// Past the whitespace at `start`: tab, line feed, vertical tab, form feed, carriage
    /// return and space, as `Character.isWhitespace` has them in ASCII.
    private func skippingWhitespace(from start: Int) throws -> Int {
        var i = start
        while i < bytes.count, bytes[i].isASCIIWhitespace { i += 1 }
        // Whitespace beyond ASCII may follow.
        if isCut && i == bytes.count { throw BeyondASCII() }
        return i
    }
}
