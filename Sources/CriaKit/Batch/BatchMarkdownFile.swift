/// `cria batch --markdown` (and the report on stdout when no file is asked for): each
/// document's row and each unreadable input's row spooled as they come; at the end the
/// summary tables, then the two spooled tables.
final class BatchMarkdownFile: BatchReportStream {
    private let file: AtomicFile
    private let documents: AtomicFile
    private let failed: AtomicFile
    /// Each document's provisions or rights engaged, after the table of documents.
    private let engagement: AtomicFile
    private var engages = false

    init(path: String) throws {
        file = try AtomicFile(destination: path)
        documents = try AtomicFile(destination: path, purpose: "spool-documents")
        failed = try AtomicFile(destination: path, purpose: "spool-failed")
        engagement = try AtomicFile(destination: path, purpose: "spool-engagement")
    }

    func add(_ entry: BatchEntry) throws {
        switch entry.outcome {
        case .assessed(let assessment):
            try documents.write(BatchMarkdown.documentRow(assessment, department: entry.department))
            let engaged = BatchMarkdown.engagement(assessment)
            if !engaged.isEmpty {
                try engagement.write(engaged)
                engages = true
            }
        case .failed(let error): try failed.write(BatchMarkdown.failedRow(error, department: entry.department))
        }
    }

    func finish(_ view: BatchView) throws {
        try file.write(BatchMarkdown.head(view))
        if view.aggregate.failed > 0 {
            try file.write("\n## Inputs that could not be read\n\n| File | Department | Line:column | Reason |\n|---|---|---|---|\n")
            try file.append(contentsOf: failed)
        }
        if view.aggregate.assessed > 0 {
            try file.write("\n## Documents\n\n| File | Format | Kind | Department | Title | Relevance | Fails | Reviews |\n|---|---|---|---|---|---|---:|---:|\n")
            try file.append(contentsOf: documents)
        }
        if engages {
            try file.write("\n## What each document engages\n\nProvisions of legislation that affect children, and the rights guidance, news and statistics engage, with the articles.\n")
            try file.append(contentsOf: engagement)
        }
        documents.discard(); failed.discard(); engagement.discard()
        try file.commit()
    }

    func discard() { file.discard(); documents.discard(); failed.discard(); engagement.discard() }
}
