import ArgumentParser
import CriaKit
import Foundation

/// Typos in a command line, caught before ArgumentParser would take a misspelt command for
/// arguments ("2 unexpected arguments: 'chek', 'x.xml'") or show the top-level help for
/// `cria help chek` with exit 0. Options are ArgumentParser's own ("Did you mean '--format'?").
enum CommandSpelling {
    /// The problem with the command words of `arguments` (those after `cria`), if any:
    /// an unknown command or subcommand, also after `help`.
    static func problem(in arguments: [String]) -> String? {
        var command: ParsableCommand.Type = Cria.self
        var path = ["cria"]
        for (number, word) in arguments.enumerated() {
            if number == 0 && word == "help" { continue }
            let subcommands = command.configuration.subcommands
            guard !subcommands.isEmpty, !word.hasPrefix("-") else { return nil }
            if word == "help" { continue }
            guard let next = subcommands.first(where: { $0._commandName == word }) else {
                let names = subcommands.map { $0._commandName }
                let hint = Spelling.closest(to: word, among: names).map { "; did you mean '\($0)'?" } ?? ""
                return "unknown command '\(path.joined(separator: " ")) \(word)'\(hint) (commands: \(names.joined(separator: ", ")))"
            }
            command = next
            path.append(word)
        }
        return nil
    }

    /// ArgumentParser's message for a value that is not one of a list ("The value 'txt' is
    /// invalid for '--format <format>'. Please provide one of 'text', 'json' ..."), with the
    /// closest of the list suggested.
    static func withSuggestion(_ message: String) -> String {
        var lines = message.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let first = lines.first,
            let value = first.range(of: "The value '").map({ first[$0.upperBound...].prefix { $0 != "'" } }),
            let list = first.range(of: "Please provide one of ").map({ first[$0.upperBound...] })
        else { return message }
        // A short list on the same line ('text', 'json' or 'github'), a long one below it,
        // a choice a line ("  - text").
        let choices: [String] =
            list.hasPrefix("the following")
            ? lines.dropFirst().prefix { $0.hasPrefix("  - ") }.map { String($0.dropFirst(4)) }
            : list.split(separator: "'", omittingEmptySubsequences: false).enumerated().filter { $0.offset % 2 == 1 }.map { String($0.element) }
        guard let closest = Spelling.closest(to: String(value), among: choices) else { return message }
        lines[0] = lines[0].replacingOccurrences(of: "Please provide one of", with: "Did you mean '\(closest)'? Please provide one of")
        return lines.joined(separator: "\n")
    }
}
