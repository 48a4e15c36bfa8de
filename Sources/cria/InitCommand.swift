import ArgumentParser
import CriaCommandLine
import CriaKit
import Foundation

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write the recommended child rights impact assessment template (Word, XML or JSON).",
        discussion: """
            Every section of a good assessment is there, named so that cria recognises it, with \
            short guidance on what to write (in Word, a guidance style and [placeholders] in a \
            question-and-answer table; XML comments; "_guidance" members in JSON: cria reads \
            none of them as content). Fill it in, then run `cria check` on it. With --schema, prints the XSD \
            or the JSON Schema that the template, blank or filled in, validates against.
            Examples: cria init --format docx --output my-assessment.docx
                      cria init --format json --output my-assessment.json
                      cria init --schema xml > cria-template.xsd
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case docx, xml, json
        var template: CRIATemplate.Format? { self == .xml ? .xml : self == .json ? .json : nil }
    }

    @Option(name: .long, help: "Template format: docx (Word), xml or json (default: xml).")
    var format: Format?

    @Option(name: .long, help: ArgumentHelp("Print the schema for the xml (XSD) or json (JSON Schema) template instead.", valueName: "format"))
    var schema: Format?

    @Option(name: [.short, .long], help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    @Flag(name: .long, help: "Overwrite the output file if it exists.")
    var force = false

    func validate() throws {
        if format != nil && schema != nil {
            throw ValidationError("Pass either --format (the template) or --schema (its schema), not both.")
        }
        if schema == .docx { throw ValidationError("--schema is xml or json; the Word template is checked by `cria check`.") }
        if format == .docx && output == nil && isatty(STDOUT_FILENO) == 1 {
            throw ValidationError("A Word template is a binary file: give --output FILE.docx (or redirect standard output).")
        }
    }

    func run() throws {
        let bytes: Data
        if let schema, let format = schema.template {
            bytes = Data(CRIATemplate.schema(format).utf8)
        } else if let format = (format ?? .xml).template {
            bytes = Data(CRIATemplate.template(format).utf8)
        } else {
            bytes = try CRIATemplate.wordTemplate()
        }
        guard let output else {
            FileHandle.standardOutput.write(bytes)
            return
        }
        if !force && FileManager.default.fileExists(atPath: output) {
            Terminal.error("cria: error: \(output) already exists; pass --force to overwrite it")
            throw ExitCode(2)
        }
        do {
            let file = try AtomicFile(destination: output, purpose: "init")
            do {
                try file.write(Array(bytes))
                try file.commit()
            } catch {
                file.discard()
                throw error
            }
        } catch let error as InputError {
            Terminal.error(error.description)
            throw ExitCode(2)
        }
    }
}
