import Foundation

/// What one check's report shows: its assessments and unreadable inputs, and how to show them.
public struct CheckReport {
    public var assessments: [Assessment]
    public var errors: [InputError]
    public var pack: CompiledPack
    /// "2 known findings from the baseline not shown", when a baseline hid some.
    public var knownNote: String?
    /// Text: also list passing results.
    public var showPassing = false
    /// Text: each finding's full guidance and all its evidence.
    public var verbose = false
    /// SARIF: also report passes and not-applicable results.
    public var sarifAll = false
    /// Text: ANSI colours (on a terminal).
    public var colour = false
    /// What relative URIs in SARIF are relative to.
    public var workingDirectory = FileManager.default.currentDirectoryPath
    /// The rule pack as the report names it: its folder (a server names only the folder's name).
    public var rulesDirectory: String

    public init(assessments: [Assessment], errors: [InputError], pack: CompiledPack, knownNote: String? = nil) {
        self.assessments = assessments
        self.errors = errors
        self.pack = pack
        self.knownNote = knownNote
        self.rulesDirectory = pack.pack.directory
    }
}
