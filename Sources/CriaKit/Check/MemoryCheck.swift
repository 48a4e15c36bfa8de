import Foundation

/// Checks documents that are held in memory rather than in files (`cria serve`'s uploads),
/// with the same reading, sections, evaluation and waivers as `cria check`. One value serves
/// every request: what it makes from the pack is made once. Unchecked `Sendable` because
/// an `Evaluator` is only read once made: `BatchRunner`'s worker threads share one too.
public struct MemoryCheck: @unchecked Sendable {
    public let pack: CompiledPack
    public let limits: ReadLimits
    private let evaluator: Evaluator

    public init(pack: CompiledPack, limits: ReadLimits = .default) {
        self.pack = pack
        self.limits = limits
        evaluator = Evaluator(pack: pack)
    }

    /// Reads `bytes` (format detected by content; `name` names them in every message and
    /// report) and assesses them. Throws a located `InputError` for a document that cannot
    /// be read or holds a malformed waiver.
    public func proposal(bytes: [UInt8], name: String) throws -> Proposal {
        guard bytes.count <= limits.maxFileBytes else {
            throw InputError(file: name, message: "file is \(bytes.count) bytes, larger than the limit of \(limits.maxFileBytes) bytes")
        }
        return Proposal(document: try DocumentLoader(limits: limits).read(bytes: bytes, file: name))
    }

    public func assess(_ proposal: Proposal) throws -> Assessment {
        try evaluator.check(proposal)
    }

    /// A batch entry for a document checked in memory, as `BatchRunner.process` makes one
    /// for a file, so the batch reports can be written from uploads.
    public func batchEntry(bytes: [UInt8], name: String, index: Int) -> BatchEntry {
        do {
            return BatchEntry(try assess(try proposal(bytes: bytes, name: name)), index: index)
        } catch let error as InputError {
            return BatchEntry(failed: error, index: index)
        } catch {
            return BatchEntry(failed: InputError(file: name, message: "\(error)"), index: index)
        }
    }
}
