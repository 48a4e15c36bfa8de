extension Proposal {
    /// The titles of the files a published item attaches (a GOV.UK item's
    /// `details.attachments`, as its dialect records them); empty for anything else.
    var attachmentTitles: [String] {
        metadata.extra.first { $0.key == "attachment titles" }?.value.components(separatedBy: "; ") ?? []
    }

    /// What is published with a GOV.UK item: its attachments, then the documents it links to
    /// (related items, collections, its parent), each with where the item names it.
    var publishedWith: [PublishedDocument] {
        let attached = attachmentTitles.map { PublishedDocument(title: $0, path: "/details/attachments", relation: "attachment") }
        let linked = (metadata.extra.first { $0.key == "linked documents" }?.value.components(separatedBy: "; ") ?? []).compactMap { entry -> PublishedDocument? in
            guard let colon = entry.range(of: ": ") else { return nil }
            let list = String(entry[..<colon.lowerBound])
            return PublishedDocument(title: String(entry[colon.upperBound...]), path: "/links/\(list)", relation: "linked document (\(list))")
        }
        return attached + linked
    }

    /// A document published with this one, cited as evidence: it has no place in the text, so
    /// it points at the document and the list that names it.
    func evidence(_ published: PublishedDocument, note: String) -> Evidence {
        Evidence(text: published.title, location: document.root.location, path: published.path, note: note)
    }

    /// An attachment cited as evidence: it has no place in the text, so it points at the
    /// document and the attachments' path.
    func attachmentEvidence(_ title: String, note: String) -> Evidence {
        Evidence(text: title, location: document.root.location, path: "/details/attachments", note: note)
    }
}
