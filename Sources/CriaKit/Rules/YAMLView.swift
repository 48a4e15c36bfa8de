import Yams

/// A YAML node with its file and position, and typed accessors that report located problems.
struct YAMLView {
    let node: Node
    let file: String

    var location: SourceLocation {
        guard let mark = node.mark else { return .unknown }
        return SourceLocation(line: mark.line, column: mark.column)
    }

    var string: String? {
        if case .scalar(let scalar) = node { return scalar.string }
        return nil
    }

    var int: Int? { string.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) } }

    var sequence: [YAMLView]? {
        if case .sequence(let items) = node { return items.map { YAMLView(node: $0, file: file) } }
        return nil
    }

    /// Mapping entries in file order, keys as strings with their own positions.
    var mapping: [(key: String, keyView: YAMLView, value: YAMLView)]? {
        guard case .mapping(let pairs) = node else { return nil }
        return pairs.map { pair in
            let keyView = YAMLView(node: pair.key, file: file)
            return (keyView.string ?? "", keyView, YAMLView(node: pair.value, file: file))
        }
    }

    /// The value of the first entry with this key (what `mapping` would give), without
    /// building the whole list of entries.
    func value(_ key: String) -> YAMLView? {
        guard case .mapping(let pairs) = node else { return nil }
        for pair in pairs where YAMLView(node: pair.key, file: file).string ?? "" == key {
            return YAMLView(node: pair.value, file: file)
        }
        return nil
    }

    /// A list of strings, also accepting a single scalar.
    var strings: [String]? {
        if let items = sequence { return items.compactMap(\.string).count == items.count ? items.compactMap(\.string) : nil }
        return string.map { [$0] }
    }

    /// Counts the nodes under this one, stopping at `limit`: aliases can make a small file
    /// describe an exponentially large tree.
    func nodeCount(limit: Int) -> Int {
        var count = 0
        var stack = [node]
        while let next = stack.popLast() {
            count += 1
            if count >= limit { return count }
            switch next {
            case .sequence(let items): stack.append(contentsOf: items)
            case .mapping(let pairs): for pair in pairs { stack.append(pair.key); stack.append(pair.value) }
            default: break
            }
        }
        return count
    }
}

extension Node {
    var mark: Mark? {
        switch self {
        case .scalar(let scalar): scalar.mark
        case .mapping(let mapping): mapping.mark
        case .sequence(let sequence): sequence.mark
        case .alias(let alias): alias.mark
        }
    }
}
