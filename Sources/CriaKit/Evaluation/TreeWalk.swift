/// Walks over document trees for the evaluation's own reads (fields, article rows, waivers).
enum TreeWalk {
    /// `DocumentNode.walk`: every node in document order, the root first. Children are
    /// pushed last to first, with no reversed copy of each node's children.
    static func preorder(_ root: DocumentNode, _ visit: (DocumentNode) -> Void) {
        var stack: [DocumentNode] = [root]
        while let node = stack.popLast() {
            visit(node)
            let children = node.children
            var i = children.count
            while i > 0 {
                i -= 1
                stack.append(children[i])
            }
        }
    }
}
