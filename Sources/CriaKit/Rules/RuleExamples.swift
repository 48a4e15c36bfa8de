/// A rule's example documents: those that must fail, pass and be review.
///
/// They are held as one `StringList`, so that a pack read back from the cache keeps them as
/// UTF-8 until `cria rules test` or `cria explain` asks for them: a check never reads them,
/// and they are some 190 kB of the 435 kB pack, which would otherwise be checked as UTF-8
/// and copied into 350 strings on every run.
public struct RuleExamples: Sendable {
    /// The fail examples, then the pass examples, then the review examples.
    let list: StringList
    let failCount: Int
    let passCount: Int

    public init(fail: [String] = [], pass: [String] = [], review: [String] = []) {
        list = StringList(fail + pass + review)
        failCount = fail.count
        passCount = pass.count
    }

    /// Nil unless the counts fit the list.
    init?(list: StringList, failCount: Int, passCount: Int) {
        guard failCount >= 0, passCount >= 0, failCount + passCount <= list.count else { return nil }
        self.list = list
        self.failCount = failCount
        self.passCount = passCount
    }

    public var fail: [String] {
        get { Array(list.strings[..<failCount]) }
        set { self = RuleExamples(fail: newValue, pass: pass, review: review) }
    }

    public var pass: [String] {
        get { Array(list.strings[failCount..<failCount + passCount]) }
        set { self = RuleExamples(fail: fail, pass: newValue, review: review) }
    }

    public var review: [String] {
        get { Array(list.strings[(failCount + passCount)...]) }
        set { self = RuleExamples(fail: fail, pass: pass, review: newValue) }
    }
}

extension PackEncoder {
    mutating func examples(_ examples: RuleExamples) {
        stringList(examples.list)
        int(examples.failCount)
        int(examples.passCount)
    }
}

extension PackDecoder {
    mutating func examples() throws -> RuleExamples {
        let list = try stringList()
        guard let examples = RuleExamples(list: list, failCount: try int(), passCount: try int()) else { throw Damaged() }
        return examples
    }
}

/// Printed (`"\(examples)"`) with the examples themselves, as before they were held in a `StringList`.
extension RuleExamples: CustomReflectable {
    public var customMirror: Mirror {
        Mirror(self, children: ["fail": fail, "pass": pass, "review": review], displayStyle: .struct)
    }
}
