/// Counts of rule results by outcome.
public struct OutcomeCounts: Sendable, Equatable {
    public var fail = 0
    public var review = 0
    public var pass = 0
    public var notApplicable = 0
    /// Fails and reviews the document waived (with a reason): counted apart, never hidden.
    public var waived = 0

    public init(fail: Int = 0, review: Int = 0, pass: Int = 0, notApplicable: Int = 0, waived: Int = 0) {
        self.fail = fail
        self.review = review
        self.pass = pass
        self.notApplicable = notApplicable
        self.waived = waived
    }

    public mutating func add(_ outcome: Outcome) {
        switch outcome {
        case .fail: fail += 1
        case .review: review += 1
        case .pass: pass += 1
        case .notApplicable: notApplicable += 1
        case .waived: waived += 1
        }
    }

    /// Adds the counts of `other`, outcome by outcome.
    mutating func add(_ other: OutcomeCounts) {
        fail += other.fail
        review += other.review
        pass += other.pass
        notApplicable += other.notApplicable
        waived += other.waived
    }

    public var unaddressed: Int { fail + review }
    public var applicable: Int { fail + review + pass + waived }
    public var total: Int { applicable + notApplicable }
}
