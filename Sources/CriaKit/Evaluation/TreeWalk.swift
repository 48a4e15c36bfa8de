/// Walks over document trees for the evaluation's own reads (fields, article rows, waivers).
enum TreeWalk {
    /// `DocumentNode.walk`: every node in document order, the root first. The walk keeps
    /// each level's array of children with its place in it, rather than pushing every node.
    static func preorder(_ root: DocumentNode, _ visit: (DocumentNode) -> Void) {
        visit(root)
        var levels: [(siblings: [DocumentNode], next: Int)] = []
        let children = root.children
        if !children.isEmpty { levels.append((children, 0)) }
        while let top = levels.indices.last {
            let position = levels[top].next
            guard position < levels[top].siblings.count else {
                levels.removeLast()
                continue
            }
            levels[top].next = position + 1
            let node = levels[top].siblings[position]
            visit(node)
            let children = node.children
            if !children.isEmpty { levels.append((children, 0)) }
        }
    }
}
