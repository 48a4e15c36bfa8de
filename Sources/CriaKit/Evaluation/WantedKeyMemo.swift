/// `WantedKeys.match` with the answers for the names met so far remembered, for one walk:
/// every node's label and attribute names are matched (see `StringBitsMemo`).
struct WantedKeyMemo {
    let wanted: WantedKeys
    private var memo = StringBitsMemo<String?>()

    init(_ wanted: WantedKeys) {
        self.wanted = wanted
    }

    mutating func match(_ name: String) -> String? {
        if let key = memo.remembered(name) { return key }
        let key = wanted.match(name)
        memo.remember(key, for: name)
        return key
    }
}
