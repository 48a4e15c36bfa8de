/// One `departments:` entry: a path glob (or `/regex/`) and the department it names.
public struct DepartmentMapping: Sendable {
    public let pattern: String
    public let department: String
}
