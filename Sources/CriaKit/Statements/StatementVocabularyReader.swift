/// Reads `statements.yaml`, reporting each problem with its position.
enum StatementVocabularyReader {
    static let groups = ["about", "kinds", "domains", "together"]
    static let lists = ["notAbout", "conditional", "ageMarkers", "thingHeads", "organisationNames", "premisesHeads"]
    /// Lists of kind names, not lexicons.
    static let kindLists = ["counts"]
    /// Lists of population names, not lexicons.
    static let aboutLists = ["yieldToChildren"]
    /// Lists of domain names, not lexicons.
    static let domainLists = ["moneyRates"]

    static func read(_ view: YAMLView, problems: inout [RuleProblem]) -> StatementVocabulary {
        var vocabulary = StatementVocabulary.empty
        var countsAt: SourceLocation?, togetherAt: SourceLocation?, moneyRatesAt: SourceLocation?, yieldAt: SourceLocation?
        var calibrationAt: SourceLocation?
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
                case "together":
                    togetherAt = entry.value.location
                    vocabulary.together = group
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
                case "organisationNames": vocabulary.organisationNames = lexicons
                case "premisesHeads": vocabulary.premisesHeads = lexicons
                default: vocabulary.ageMarkers = lexicons
                }
            } else if kindLists.contains(entry.key) || domainLists.contains(entry.key) {
                let named = kindLists.contains(entry.key) ? "kind" : "domain"
                guard let names = entry.value.strings else {
                    problems.append(RuleProblem(file: view.file, location: entry.value.location, message: "`\(entry.key)` takes a list of \(named) names"))
                    continue
                }
                switch entry.key {
                case "counts":
                    countsAt = entry.value.location
                    vocabulary.counts = names
                default:
                    moneyRatesAt = entry.value.location
                    vocabulary.moneyRates = names
                }
            } else if aboutLists.contains(entry.key) {
                guard let names = entry.value.strings else {
                    problems.append(RuleProblem(file: view.file, location: entry.value.location, message: "`\(entry.key)` takes a list of population names"))
                    continue
                }
                yieldAt = entry.value.location
                vocabulary.yieldToChildren = names
            } else if entry.key == "calibration" {
                calibrationAt = entry.value.location
                vocabulary.calibration = readCalibration(entry.value, problems: &problems)
            } else {
                let keys = groups + lists + kindLists + domainLists + aboutLists + ["calibration"]
                problems.append(
                    RuleProblem(
                        file: view.file, location: entry.keyView.location,
                        message: "unknown key '\(entry.key)' in statements.yaml; expected \(keys.joined(separator: ", "))\(suggestion(entry.key, among: Set(keys)))"))
            }
        }
        // Checked once every kind is read: `counts` may come before `kinds` in the file.
        for kind in vocabulary.counts where vocabulary.number(ofKind: kind) == nil {
            problems.append(RuleProblem(file: view.file, location: countsAt ?? view.location, message: "`counts` names '\(kind)', which is not one of the `kinds`"))
        }
        for domain in vocabulary.moneyRates where vocabulary.number(ofDomain: domain) == nil {
            problems.append(RuleProblem(file: view.file, location: moneyRatesAt ?? view.location, message: "`moneyRates` names '\(domain)', which is not one of the `domains`"))
        }
        for name in vocabulary.yieldToChildren where vocabulary.number(ofAbout: name) == nil || name == "children" {
            problems.append(RuleProblem(file: view.file, location: yieldAt ?? view.location, message: "`yieldToChildren` names '\(name)', which is not one of the `about` populations other than children"))
        }
        for entry in vocabulary.together where vocabulary.number(ofKind: entry.name) == nil {
            problems.append(RuleProblem(file: view.file, location: togetherAt ?? view.location, message: "`together` names '\(entry.name)', which is not one of the `kinds`"))
        }
        let calibration = vocabulary.calibration
        let unknown =
            calibration.kinds.filter { vocabulary.number(ofKind: $0) == nil }.map { "kind '\($0)'" }
            + (calibration.about + calibration.exceptAbout).filter { vocabulary.number(ofAbout: $0) == nil }.map { "population '\($0)'" }
            + calibration.articles.flatMap(\.domains).filter { vocabulary.number(ofDomain: $0) == nil }.map { "domain '\($0)'" }
        for name in unknown {
            problems.append(RuleProblem(file: view.file, location: calibrationAt ?? view.location, message: "`calibration` names \(name), which is not in `kinds`, `about` or `domains`"))
        }
        return vocabulary
    }

    /// `calibration: {kinds: [KINDS], about: [POPULATIONS], exceptAbout: [POPULATIONS], atLeast: N, articles: {24: [DOMAINS], ...}}`.
    private static func readCalibration(_ view: YAMLView, problems: inout [RuleProblem]) -> FailCalibration {
        var calibration = FailCalibration()
        for entry in view.mapping ?? [] {
            switch entry.key {
            case "kinds", "about", "exceptAbout":
                guard let names = entry.value.strings else {
                    problems.append(RuleProblem(file: view.file, location: entry.value.location, message: "`calibration.\(entry.key)` takes a list of names"))
                    continue
                }
                switch entry.key {
                case "kinds": calibration.kinds = names
                case "about": calibration.about = names
                default: calibration.exceptAbout = names
                }
            case "atLeast":
                guard let number = entry.value.int, number > 0 else {
                    problems.append(RuleProblem(file: view.file, location: entry.value.location, message: "`calibration.atLeast` takes a whole number of at least 1"))
                    continue
                }
                calibration.atLeast = number
            case "articles":
                for article in entry.value.mapping ?? [] {
                    guard let number = Int(article.key), (1...54).contains(number), let domains = article.value.strings else {
                        problems.append(RuleProblem(file: view.file, location: article.keyView.location, message: "`calibration.articles` maps a UNCRC article (1 to 54) to a list of domains"))
                        continue
                    }
                    calibration.articles.append((number, domains))
                }
            default:
                problems.append(
                    RuleProblem(
                        file: view.file, location: entry.keyView.location,
                        message: "unknown key '\(entry.key)' in `calibration`; expected kinds, about, exceptAbout, atLeast, articles"))
            }
        }
        if view.mapping == nil {
            problems.append(RuleProblem(file: view.file, location: view.location, message: "`calibration` takes a mapping: kinds, about, exceptAbout, atLeast, articles"))
        }
        return calibration
    }
}
