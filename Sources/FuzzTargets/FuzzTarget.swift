import Foundation

/// One thing cria reads from untrusted bytes, run on one input. `scripts/fuzz` runs each
/// under libFuzzer (`CriaFuzz`), and the test suite replays the checked-in corpora through
/// the same bodies (`Tests/CriaKitTests/FuzzCorpus/NAME/`).
///
/// A body never crashes on bad input: cria's errors are thrown and ignored here. It throws
/// a `FuzzFinding` only when an oracle disagrees (a differential target, or a report that
/// is not valid JSON); libFuzzer then keeps the input as a crash.
public struct FuzzTarget: Sendable {
    /// The name on the command line: `scripts/fuzz xml`, `CriaFuzz xml FILE`.
    public let name: String
    /// What the target calls, for the README and `scripts/fuzz --list`.
    public let summary: String
    /// The seed files' extensions in `samples/`, the fixtures and `../shared/corpus`.
    public let seedExtensions: [String]
    /// Token dictionaries under `scripts/fuzz-dictionaries/` (joined into one for libFuzzer).
    public let dictionaries: [String]
    public let run: @Sendable ([UInt8]) throws -> Void

    public init(
        name: String, summary: String, seedExtensions: [String], dictionaries: [String],
        run: @escaping @Sendable ([UInt8]) throws -> Void
    ) {
        self.name = name
        self.summary = summary
        self.seedExtensions = seedExtensions
        self.dictionaries = dictionaries
        self.run = run
    }
}

/// An oracle's disagreement: what differs, for the crash report.
public struct FuzzFinding: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
