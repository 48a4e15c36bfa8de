/// `cria batch --html`: each document's part and each unreadable input's row spooled as they
/// come, with a short index entry per document; at the end the page around them, its ranked
/// index first.
final class BatchHTMLFile: BatchReportStream {
    private let file: AtomicFile
    private let documents: AtomicFile
    private let failed: AtomicFile
    /// One short entry per assessed document, for the ranked index.
    private var index: [DocumentIndexEntry] = []

    init(path: String) throws {
        file = try AtomicFile(destination: path)
        documents = try AtomicFile(destination: path, purpose: "spool-documents")
        failed = try AtomicFile(destination: path, purpose: "spool-failed")
    }

    func add(_ entry: BatchEntry) throws {
        switch entry.outcome {
        case .assessed(let assessment):
            index.append(DocumentIndexEntry(assessment, department: entry.department, position: entry.index))
            try documents.write(BatchHTML.document(assessment, department: entry.department, anchor: DocumentIndexEntry.anchor(entry.index)))
        case .failed(let error):
            try failed.write(BatchHTML.failedRow(error, department: entry.department))
        }
    }

    func finish(_ view: BatchView) throws {
        var view = view
        view.index = DocumentIndexEntry.ranked(index)
        let context = BatchHTML.pageContext(view)
        try file.write(BatchHTML.templates.start.render(context))
        if view.aggregate.failed > 0 {
            try file.write(BatchHTML.templates.failedStart.render(context))
            try file.append(contentsOf: failed)
        }
        try file.write(BatchHTML.templates.middle.render(context))
        try file.append(contentsOf: documents)
        try file.write(BatchHTML.templates.end.render(context))
        documents.discard(); failed.discard()
        try file.commit()
    }

    func discard() { file.discard(); documents.discard(); failed.discard() }
}
