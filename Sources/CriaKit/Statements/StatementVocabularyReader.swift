/// Reads `statements.yaml`, reporting each problem with its position.
enum StatementVocabularyReader {
    static let groups = ["about", "kinds", "domains"]
    static let lists = ["notAbout", "conditional", "ageMarkers", "thingHeads"]

    static func read(_ view: YAMLView, problems: inout [RuleProblem]) -> StatementVocabulary {
        var vocabulary = StatementVocabulary.empty
        for entry in view.mapping ?? [] {
            if groups.contains(entry.key) {
                var group: [(name: String, lexicons: [String])] = []
                for named in entry.value.mapping ?? [] {
                    guard let lexicons = named.value.strings, !lexicons.isEmpty else {
                        problems.append(RuleProblem(file: view.file, location: named.value.location, message: "`\(named.key)` takes a list of lexicon names"))
                        continue
                    }
                    group.append((named.key, lexicons))
                }
                if entry.value.mapping == nil {
                    problems.append(RuleProblem(file: view.file, location: entry.value.location, message: "`\(entry.key)` takes a mapping of names to lists of lexicons"))
                }
                if group.count > StatementVocabulary.maxNames {
                    problems.append(RuleProblem(file: view.file, location: entry.value.location, message: "`\(entry.key)` names \(group.count) groups; at most \(StatementVocabulary.maxNames)"))
                    group = Array(group.prefix(StatementVocabulary.maxNames))
                }
                switch entry.key {
                case "about": vocabulary.about = group
                case "kinds": vocabulary.kinds = group
                default: vocabulary.domains = group
                }
            } else if lists.contains(entry.key) {
                guard let lexicons = entry.value.strings else {
                    problems.append(RuleProblem(file: view.file, location: entry.value.location, message: "`\(entry.key)` takes a list of lexicon names"))
                    continue
                }
                switch entry.key {
                case "notAbout": vocabulary.notAbout = lexicons
                case "conditional": vocabulary.conditional = lexicons
                case "thingHeads": vocabulary.thingHeads = lexicons
                default: vocabulary.ageMarkers = lexicons
                }
            } else {
                problems.append(
                    RuleProblem(
                        file: view.file, location: entry.keyView.location,
                        message: "unknown key '\(entry.key)' in statements.yaml; expected \((groups + lists).joined(separator: ", "))\(suggestion(entry.key, among: Set(groups + lists)))"))
            }
        }
        return vocabulary
    }
}
