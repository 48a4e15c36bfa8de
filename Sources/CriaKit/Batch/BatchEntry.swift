import Foundation

/// What became of one input.
public enum BatchOutcome: Sendable {
    case assessed(Assessment)
    case failed(InputError)
}

/// One input's result, handed on in input order.
public struct BatchEntry: Sendable {
    public let index: Int
    public let path: String
    /// See `BatchInput.source`.
    public var source: String { sourcePath ?? path }
    var sourcePath: String? = nil
    /// Metadata, else `--department-from`, else "Unknown".
    public let department: String
    /// Each department of a joint document ("Ministry of Justice; Youth Justice Board for
    /// England and Wales" is two), for counting.
    public var departments: [String] { Self.departments(of: department) }

    static func departments(of department: String) -> [String] {
        guard department.contains(";") else { return [department] }
        let names = department.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return names.isEmpty ? [department] : names
    }
    public let outcome: BatchOutcome
    /// For legislation, the legislature that made it (`Legislature.of`): found once for the
    /// department fallback, the aggregate's article × legislature table and the CSV rows.
    public let legislature: String?

    init(index: Int, path: String, sourcePath: String? = nil, department: String, outcome: BatchOutcome, legislature: String?) {
        self.index = index
        self.path = path
        self.sourcePath = sourcePath
        self.department = department
        self.outcome = outcome
        self.legislature = legislature
    }

    init(index: Int, path: String, sourcePath: String? = nil, department: String, outcome: BatchOutcome) {
        let legislature: String? = if case .assessed(let assessment) = outcome { Legislature.of(assessment) } else { nil }
        self.init(index: index, path: path, sourcePath: sourcePath, department: department, outcome: outcome, legislature: legislature)
    }
}

extension BatchEntry {
    /// A document assessed outside a batch (a check, an upload): its department from its own
    /// metadata, as there is no `--department-from`.
    public init(_ assessment: Assessment, index: Int) {
        self.init(
            index: index, path: assessment.file, department: DepartmentRule.none.resolve(metadata: assessment.metadata.department, path: assessment.file),
            outcome: .assessed(assessment))
    }

    public init(failed error: InputError, index: Int) {
        self.init(index: index, path: error.file, department: DepartmentRule.none.resolve(metadata: nil, path: error.file), outcome: .failed(error))
    }
}
