/// A document published with a GOV.UK item: an attachment, or a document it links to.
struct PublishedDocument {
    let title: String
    /// JSON Pointer of the list that names it: `/details/attachments`, `/links/related`.
    let path: String
    /// "attachment", "linked document (related)".
    let relation: String
}
