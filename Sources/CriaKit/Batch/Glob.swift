/// A shell-style pattern over `/`-separated relative paths: `*` and `?` stay within one
/// path component, `**` spans any number of components (`**/` may match none), `[abc]` and
/// `[!a-z]` are character classes. A pattern without `/` is matched against the file name
/// alone (as in .gitignore), so `*.xml` finds XML files at any depth.
public struct Glob: Sendable, CustomStringConvertible {
    public let pattern: String
    private let tokens: [Token]
    private let nameOnly: Bool

    enum Token: Sendable, Equatable {
        case literal(Character)
        case any  // ?
        case star  // *
        case globstar(slash: Bool)  // **, and whether it absorbed a following /
        case set([ClosedRange<Character>], negated: Bool)
    }

    public init(_ pattern: String) {
        self.pattern = pattern
        var text = pattern
        if text.hasPrefix("./") { text.removeFirst(2) }
        nameOnly = !text.contains("/")
        var tokens: [Token] = []
        let chars = Array(text)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            switch c {
            case "*":
                if i + 1 < chars.count, chars[i + 1] == "*" {
                    i += 2
                    let slash = i < chars.count && chars[i] == "/"
                    if slash { i += 1 }
                    tokens.append(.globstar(slash: slash))
                    continue
                }
                tokens.append(.star)
            case "?": tokens.append(.any)
            case "[":
                var j = i + 1
                var negated = false
                if j < chars.count, chars[j] == "!" || chars[j] == "^" { negated = true; j += 1 }
                var ranges: [ClosedRange<Character>] = []
                var first = true
                while j < chars.count, chars[j] != "]" || first {
                    first = false
                    if j + 2 < chars.count, chars[j + 1] == "-", chars[j + 2] != "]" {
                        if chars[j] <= chars[j + 2] { ranges.append(chars[j]...chars[j + 2]) }
                        j += 3
                    } else {
                        ranges.append(chars[j]...chars[j])
                        j += 1
                    }
                }
                if j < chars.count {
                    tokens.append(.set(ranges, negated: negated))
                    i = j
                } else {
                    tokens.append(.literal("["))  // unterminated: a literal bracket
                }
            case "\\" where i + 1 < chars.count:
                i += 1
                tokens.append(.literal(chars[i]))
            default: tokens.append(.literal(c))
            }
            i += 1
        }
        self.tokens = tokens
    }

    public var description: String { pattern }

    /// Whether the relative path (components separated by `/`) matches.
    public func matches(_ relativePath: String) -> Bool {
        var path = relativePath
        if path.hasPrefix("./") { path.removeFirst(2) }
        if nameOnly, let slash = path.lastIndex(of: "/") { path = String(path[path.index(after: slash)...]) }
        return match(Array(path), 0, 0)
    }

    private func match(_ s: [Character], _ si: Int, _ ti: Int) -> Bool {
        var si = si, ti = ti
        while ti < tokens.count {
            switch tokens[ti] {
            case .literal(let c):
                guard si < s.count, s[si] == c else { return false }
            case .any:
                guard si < s.count, s[si] != "/" else { return false }
            case .set(let ranges, let negated):
                guard si < s.count, s[si] != "/" else { return false }
                if ranges.contains(where: { $0.contains(s[si]) }) == negated { return false }
            case .star:
                var k = si
                while true {
                    if match(s, k, ti + 1) { return true }
                    if k >= s.count || s[k] == "/" { return false }
                    k += 1
                }
            case .globstar(let slash):
                // `**/`: zero or more whole components; a bare `**`: anything at all.
                var k = si
                while true {
                    if !slash || k == si || s[k - 1] == "/", match(s, k, ti + 1) { return true }
                    if k >= s.count { return false }
                    k += 1
                }
            }
            si += 1
            ti += 1
        }
        return si == s.count
    }
}
