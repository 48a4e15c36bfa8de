/// Where a Convention standard's concern may lie in a provision: the provision as the law
/// divides it (a section with its subsections, a scheduled convention's article), never a
/// mention far from the child the provision names.
extension ProvisionReader {
    /// The blocks of the provision (by its place in `affectingChildren`) in which a standard's
    /// concern counts. When the provision's heading or its opening (the first subsection or
    /// paragraph, the lead-in the rest completes) names a child, the whole provision speaks of
    /// the child: "(1) A court may make a parenting order in respect of a child of the marriage
    /// ... (4) The court may make the order for a definite period" is one decision about the
    /// child. When a child is named only further on (the fifth paragraph of a scheduled
    /// convention's article on where accused persons are detained: "special treatment due to
    /// minors"), only the parts that speak of the child (`childUnits`) do: the detention in the
    /// first paragraph is of other people.
    func concernUnits(_ position: Int) -> BlockSet {
        let found = affectingChildren[position]
        return opensWithChild(found) ? BlockSet(found.blocks, all: true) : childUnits[position]
    }

    /// Whether a child is named in the provision's own heading or in its opening.
    private func opensWithChild(_ found: Found) -> Bool {
        let provision = found.section.node
        // Only the nodes that hold prose (not a heading, label or marginal note) divide a
        // provision; an element that is itself a block of text is not looked into.
        var prose: [ObjectIdentifier: Int] = [:], blockNodes = Set<ObjectIdentifier>()
        var total = 0
        for number in found.blocks {
            let block = facts.index.block(number)
            blockNodes.insert(ObjectIdentifier(block.node))
            guard !Self.isHeading(block) else { continue }
            total += 1
            var node: DocumentNode? = block.node
            while let at = node, at !== provision {
                prose[ObjectIdentifier(at), default: 0] += 1
                node = at.parent
            }
        }
        // Down through a wrapper that holds nearly all the prose (a schedule's one document
        // beside its form heading and historical note) to the level where the provision
        // divides: its first part opens it.
        var node = provision
        let opening: DocumentNode
        while true {
            let parts = node.children.filter { prose[ObjectIdentifier($0)] != nil }
            // One paragraph of prose: the provision is all opening.
            guard let first = parts.first, !(parts.count == 1 && blockNodes.contains(ObjectIdentifier(first))) else { return true }
            if let wrapper = parts.first(where: { Double(prose[ObjectIdentifier($0)] ?? 0) >= Self.wrapperShare * Double(total) }),
                !blockNodes.contains(ObjectIdentifier(wrapper))
            {
                node = wrapper
                continue
            }
            opening = first
            break
        }
        var named = false
        for lexicon in childLexicons where !named {
            forEachMention(of: lexicon, in: found.blocks) { mention in
                guard namesChildren(mention) else { return true }
                let block = facts.index.block(mention.block)
                if Self.isHeading(block) {
                    named = isOwnHeading(block.node, of: provision)
                } else {
                    named = block.node === provision || lies(block.node, under: opening, within: provision)
                }
                return !named
            }
        }
        return named
    }

    /// The share of a provision's prose a part must hold to be a wrapper of it, not one of its parts.
    private static let wrapperShare = 0.9

    private static func isHeading(_ block: TextIndex.Block) -> Bool {
        let label = block.node.label.lowercased()
        return block.isTitle || label == "marginalnote" || numberLabels.contains(label)
    }

    /// A heading of the provision itself (its marginal note, title or heading element, two
    /// levels down at most), not of a part inside it (an article's heading in a schedule).
    private func isOwnHeading(_ node: DocumentNode, of provision: DocumentNode) -> Bool {
        node.parent === provision || node.parent?.parent === provision
    }

    private func lies(_ node: DocumentNode, under part: DocumentNode, within provision: DocumentNode) -> Bool {
        var current: DocumentNode? = node
        while let at = current, at !== provision {
            if at === part { return true }
            current = at.parent
        }
        return false
    }
}
