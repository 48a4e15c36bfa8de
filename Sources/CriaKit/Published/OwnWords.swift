extension DocumentFacts {
    /// The words of prose the document holds of its own. A GOV.UK body renders each attachment
    /// as a box (`<section class="attachment embedded">`) whose title is the attachment's and
    /// whose other text is GOV.UK's own: the file's type and size and the same notice on every
    /// page ("This file may not be suitable for users of assistive technology. Request a
    /// different format..."). Those words are not the page's, so a landing page with three
    /// attachments is as thin as it reads. Anything else: every word of prose.
    var ownWordCount: Int {
        guard proposal.format == .govukContentItem, !proposal.attachmentTitles.isEmpty else { return index.wordCount }
        var boxed = 0
        for block in index.allBlocks() where !block.isTitle && Self.insideAttachmentBox(block.node) {
            boxed += block.tokens.count
        }
        return index.wordCount - boxed
    }

    static func insideAttachmentBox(_ node: DocumentNode) -> Bool {
        var current: DocumentNode? = node
        while let node = current {
            if node.label == "section", let classes = node.attribute("class"), classes.split(separator: " ").contains("attachment") { return true }
            current = node.parent
        }
        return false
    }
}
