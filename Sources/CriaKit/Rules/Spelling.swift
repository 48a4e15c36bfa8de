/// "Did you mean ...?" for a mistyped key, rule id, command or value.
public enum Spelling {
    /// The known name closest to `word`: one or two edits away (a third for long names), or,
    /// for hyphenated ids, the one sharing most words with it ("child-views" ->
    /// "childrens-own-views": a word may be the start of the other's). Nil when none is close.
    public static func closest(to word: String, among known: some Sequence<String>) -> String? {
        let known = Array(known)
        let allowed = word.count >= 9 ? 3 : 2
        if let best = known.map({ ($0, editDistance(word, $0)) }).min(by: { ($0.1, $0.0) < ($1.1, $1.0) }), best.1 <= allowed {
            return best.0
        }
        let words: [String] = word.lowercased().split(separator: "-").map(String.init).filter { $0.count >= 3 }
        guard !words.isEmpty else { return nil }
        let shared = { (name: String) -> Int in
            let theirs: [String] = name.split(separator: "-").map(String.init)
            return words.filter { mine in
                theirs.contains { (their: String) in their.hasPrefix(mine) || (mine.hasPrefix(their) && their.count >= 4) }
            }.count
        }
        let scored = known.map { ($0, shared($0)) }.filter { $0.1 * 2 >= words.count && $0.1 > 0 }
        return scored.min { ($1.1, $0.0) < ($0.1, $1.0) }?.0
    }
}

/// "; did you mean 'expect'?" when a name is close to a known one (see `Spelling.closest`).
func suggestion(_ key: String, among known: Set<String>) -> String {
    Spelling.closest(to: key, among: known).map { "; did you mean '\($0)'?" } ?? ""
}

/// Edits between two names: insertions, deletions, substitutions and swaps of two
/// neighbouring letters ("lsit" is one edit from "list", two from "lint").
func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a), b = Array(b)
    if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
    var beforePrevious = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    for i in 1...a.count {
        var current = [i] + Array(repeating: 0, count: b.count)
        for j in 1...b.count {
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                current[j] = min(current[j], beforePrevious[j - 2] + 1)
            }
        }
        beforePrevious = previous
        previous = current
    }
    return previous[b.count]
}
