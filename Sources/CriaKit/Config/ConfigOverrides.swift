/// Settings given on the command line; nil or empty means "not given".
public struct ConfigOverrides: Sendable {
    public var rules: String?
    public var disable: [String] = []
    /// `RULE=LEVEL`, repeatable.
    public var severity: [String] = []
    public var failOn: FailLevel?
    public var include: [String] = []
    public var exclude: [String] = []
    /// `--department-from`: replaces the `departments:` mapping.
    public var departmentFrom: String?
    /// `--kind`: every input is read as this kind (replaces `kind:`).
    public var kind: DocumentKind?

    public init(
        rules: String? = nil, disable: [String] = [], severity: [String] = [], failOn: FailLevel? = nil,
        include: [String] = [], exclude: [String] = [], departmentFrom: String? = nil
    ) {
        self.rules = rules
        self.disable = disable
        self.severity = severity
        self.failOn = failOn
        self.include = include
        self.exclude = exclude
        self.departmentFrom = departmentFrom
    }
}
