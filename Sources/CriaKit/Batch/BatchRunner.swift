import Foundation

/// Reads and assesses inputs on `jobs` threads and hands each result to `sink` on the
/// calling thread, strictly in input order. A reorder buffer of at most `window` results
/// holds those that finished early; workers wait rather than run further ahead, so memory
/// does not grow with the number of documents (no tree outlives its assessment).
public struct BatchRunner {
    public let pack: CompiledPack
    public let limits: ReadLimits
    public let jobs: Int
    public let departments: DepartmentRule
    /// Kinds the user set (`--kind`, `.cria.yml`) over the detected ones.
    public let kinds: KindOverride
    /// One for every document: what it makes from the pack is made once.
    private let evaluator: Evaluator

    public init(pack: CompiledPack, limits: ReadLimits = .default, jobs: Int = ProcessInfo.processInfo.activeProcessorCount, departments: DepartmentRule = .none, kinds: KindOverride = .none) {
        self.pack = pack
        evaluator = Evaluator(pack: pack)
        self.limits = limits
        self.jobs = max(1, jobs)
        self.departments = departments
        self.kinds = kinds
    }

    /// Assesses one input (on any thread).
    public func process(_ input: BatchInput, index: Int) -> BatchEntry {
        if let failure = input.failure {
            return BatchEntry(index: index, path: input.path, sourcePath: input.source, department: departments.resolve(metadata: nil, path: input.path), outcome: .failed(failure))
        }
        do {
            var assessment = try evaluator.check(input, loader: DocumentLoader(limits: limits), kinds: kinds)
            // Legislation names no department: the legislature that made it answers for it.
            let legislature = Legislature.of(assessment)
            let department = departments.resolve(metadata: assessment.metadata.department, path: input.path, fallback: legislature)
            if assessment.metadata.department == nil, department != DepartmentRule.unknown {
                assessment.metadata.department = department
            }
            return BatchEntry(
                index: index, path: input.path, sourcePath: input.source, department: department, outcome: .assessed(assessment),
                legislature: legislature)
        } catch let error as InputError {
            return BatchEntry(index: index, path: input.path, sourcePath: input.source, department: departments.resolve(metadata: nil, path: input.path), outcome: .failed(error))
        } catch {
            let failure = InputError(file: input.path, message: "\(error)")
            return BatchEntry(index: index, path: input.path, sourcePath: input.source, department: departments.resolve(metadata: nil, path: input.path), outcome: .failed(failure))
        }
    }

    /// Runs every input; `sink` sees them in input order on this thread. If `sink` throws,
    /// the workers stop taking new inputs and the error is rethrown. The workers take the
    /// inputs from the sequence one at a time, so a list read as it goes (`PathList`) is never
    /// held whole.
    public func run<Inputs: Sequence>(_ inputs: Inputs, sink: (BatchEntry) throws -> Void) throws where Inputs.Element == BatchInput {
        if jobs == 1 {
            for (index, input) in inputs.enumerated() { try sink(process(input, index: index)) }
            return
        }
        // Entries hold assessments, not trees, so the window can be wide: a long document
        // holds back the emission of those after it, and with a narrow window the other
        // workers soon stand idle behind it.
        let state = ReorderState(inputs.makeIterator(), window: jobs * 32)
        let group = DispatchGroup()
        for _ in 0..<jobs {
            let thread = Thread { [self] in
                while let (index, input) = state.take() {
                    state.put(process(input, index: index))
                }
                group.leave()
            }
            thread.stackSize = 8 << 20  // deep documents recurse
            group.enter()
            thread.start()
        }
        defer {
            state.cancel()
            group.wait()
        }
        var index = 0
        while let entry = state.next(index) {
            try sink(entry)
            index += 1
        }
    }
}

/// The shared state of the workers and the in-order consumer.
private final class ReorderState<Inputs: IteratorProtocol>: @unchecked Sendable where Inputs.Element == BatchInput {
    private let condition = NSCondition()
    /// Read only under the lock, by one worker at a time.
    private var inputs: Inputs
    private var exhausted = false
    private var nextToTake = 0
    private var emitted = 0
    private var cancelled = false
    private var buffer: [Int: BatchEntry] = [:]
    private let window: Int

    init(_ inputs: Inputs, window: Int) {
        self.inputs = inputs
        self.window = window
    }

    func take() -> (Int, BatchInput)? {
        condition.lock()
        defer { condition.unlock() }
        while !cancelled && !exhausted && nextToTake >= emitted + window { condition.wait() }
        guard !cancelled, !exhausted else { return nil }
        guard let input = inputs.next() else {
            exhausted = true
            condition.broadcast()
            return nil
        }
        nextToTake += 1
        return (nextToTake - 1, input)
    }

    func put(_ entry: BatchEntry) {
        condition.lock()
        buffer[entry.index] = entry
        condition.broadcast()
        condition.unlock()
    }

    /// The entry of input `index` once it is done; nil when there is no such input.
    func next(_ index: Int) -> BatchEntry? {
        condition.lock()
        defer { condition.unlock() }
        while buffer[index] == nil && !(exhausted && index >= nextToTake) { condition.wait() }
        guard let entry = buffer.removeValue(forKey: index) else { return nil }
        emitted = index + 1
        condition.broadcast()
        return entry
    }

    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
    }
}
