import ArgumentParser
import CriaCommandLine
import CriaKit

/// `cria check` read without ArgumentParser. Reflecting over the command's options costs a
/// small check as many instructions as loading the rules and reading the file together, so
/// the everyday forms (`cria check FILE`, `cria check --format sarif FILE` in CI) skip it.
/// Only arguments that ArgumentParser would read the same way are taken here: paths, and
/// `check`'s long options with a value that parses (`--format sarif`, `--fail-on=warning`),
/// each value read by the option's own `init?(argument:)`. Anything else, and any setting
/// that `validate` would refuse, gives nil and goes through ArgumentParser, so help, usage
/// errors and their messages stay its own. `--` also gives nil: it is how the tests have
/// ArgumentParser read the same arguments, to compare the two.
///
/// It is worth its tables: a check of `samples/dfe-school-attendance-mentors.xml` takes 37.1M
/// instructions read here and 60.3M through ArgumentParser (`cria check -- FILE`; callgrind,
/// release build). The options themselves are ArgumentParser's (`CheckCommand`, `CheckSettings`
/// for their meaning): `CheckOptionReadingTests` fails when an option there is missing here.
extension CheckSettings {
    init?(arguments: some Collection<String>) {
        var request = CheckSettings(files: [])
        var remaining = arguments[...]
        while let argument = remaining.popFirst() {
            guard argument.hasPrefix("-") else {
                guard argument != "help" else { return nil }
                request.files.append(argument)
                continue
            }
            guard argument.hasPrefix("--"), argument.count > 2 else { return nil }
            var name = argument.dropFirst(2)
            var value: Substring?
            if let equals = name.firstIndex(of: "=") {
                value = name[name.index(after: equals)...]
                name = name[..<equals]
            }
            if let set = Self.flags[String(name)] {
                guard value == nil else { return nil }
                set(&request)
                continue
            }
            guard let read = Self.options[String(name)] else { return nil }
            if value == nil {
                guard let next = remaining.popFirst(), !next.hasPrefix("-") else { return nil }
                value = Substring(next)
            }
            guard let value, !value.isEmpty, read(&request, String(value)) else { return nil }
        }
        guard !request.files.isEmpty, request.validationProblem == nil else { return nil }
        self = request
    }

    /// The long names read here, for the test that holds them to `CheckCommand`'s.
    static var directFlags: Set<String> { Set(flags.keys) }
    static var directOptions: Set<String> { Set(options.keys) }

    private static let flags: [String: (inout CheckSettings) -> Void] = [
        "sarif-all": { $0.sarifAll = true },
        "show-passing": { $0.showPassing = true },
        "verbose": { $0.verbose = true },
        "no-cache": { $0.noCache = true },
    ]

    /// Each option's value read as ArgumentParser reads it; false when it does not parse.
    private static let options: [String: (inout CheckSettings, String) -> Bool] = [
        "format": { request, value in parsed(FormatOption(argument: value)) { request.format = $0.format } },
        "output": { request, value in parsed(OutputRequest(argument: value)) { request.outputs.append(($0.format.format, $0.path)) } },
        "fail-on": { request, value in parsed(FailLevel(argument: value)) { request.failOn = $0 } },
        "include": { request, value in
            request.include.append(value); return true
        },
        "exclude": { request, value in
            request.exclude.append(value); return true
        },
        "baseline": { request, value in
            request.baseline = value; return true
        },
        "write-baseline": { request, value in
            request.writeBaseline = value; return true
        },
        "rules": { request, value in
            request.rules = value; return true
        },
        "config": { request, value in
            request.config = value; return true
        },
        "disable": { request, value in
            request.disable.append(value); return true
        },
        "severity": { request, value in
            request.severity.append(value); return true
        },
        "kind": { request, value in parsed(DocumentKind(argument: value)) { request.kind = $0 } },
        "max-file-size": { request, value in parsed(ByteCount(argument: value)) { request.limits.maxFileBytes = $0.value } },
        "max-depth": { request, value in parsed(Int(argument: value)) { request.limits.maxDepth = $0 } },
        "max-text": { request, value in parsed(ByteCount(argument: value)) { request.limits.maxTextBytes = $0.value } },
    ]

    private static func parsed<Value>(_ value: Value?, then use: (Value) -> Void) -> Bool {
        guard let value else { return false }
        use(value)
        return true
    }
}
