/// `cria batch --json`: the documents, unreadable inputs and (with a baseline) added documents
/// spooled as they come; `BatchJSON.skeleton` around them at the end.
final class BatchJSONFile: BatchReportStream {
    private let file: AtomicFile
    private let documents: JSONArraySpool
    private let failed: JSONArraySpool
    private let added: JSONArraySpool?
    private let resultHeads = ResultHeads()

    init(path: String, setup: BatchStreamSetup) throws {
        file = try AtomicFile(destination: path)
        documents = try JSONArraySpool(next: path, name: "documents", indentLevel: 2)
        failed = try JSONArraySpool(next: path, name: "failed", indentLevel: 2)
        added = setup.hasBaseline ? try JSONArraySpool(next: path, name: "added", indentLevel: 3) : nil
    }

    func add(_ entry: BatchEntry) throws {
        switch entry.outcome {
        case .assessed(let assessment):
            try documents.append { [resultHeads] out, level in JSONReport.writeDocument(assessment, at: level, into: &out, heads: resultHeads) }
        case .failed(let error):
            try failed.append { out, level in JSONReport.writeError(error, at: level, into: &out) }
        }
    }

    func addedSinceBaseline(_ path: String) throws {
        try added?.append(.string(path))
    }

    func finish(_ view: BatchView) throws {
        let skeleton = BatchJSON.skeleton(view)
        try Splicer.write(skeleton, spools: ["documents": documents, "failed": failed, "added": added].compactMapValues { $0 }, into: file)
        documents.file.discard(); failed.file.discard(); added?.file.discard()
        try file.commit()
    }

    func discard() {
        file.discard(); documents.file.discard(); failed.file.discard(); added?.file.discard()
    }
}
