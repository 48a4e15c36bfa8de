import ArgumentParser
import CriaKit
import Foundation

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write the recommended child rights impact assessment template (XML or JSON).",
        discussion: """
            Every section of a good assessment is there, named so that cria recognises it, with \
            short guidance on what to write (XML comments; "_guidance" members in JSON, which \
            cria skips). Fill it in, then run `cria check` on it. With --schema, prints the XSD \
            or the JSON Schema that the template, blank or filled in, validates against.
            Examples: cria init --format json --output my-assessment.json
                      cria init --schema xml > cria-template.xsd
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case xml, json
        var template: CRIATemplate.Format { self == .xml ? .xml : .json }
    }

    @Option(name: .long, help: "Template format: xml or json (default: xml).")
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
    }

    func run() throws {
        let text: String
        if let schema {
            text = CRIATemplate.schema(schema.template)
        } else {
            text = CRIATemplate.template((format ?? .xml).template)
        }
        guard let output else {
            Terminal.print(text)
            return
        }
        if !force && FileManager.default.fileExists(atPath: output) {
            Terminal.error("cria: error: \(output) already exists; pass --force to overwrite it")
            throw ExitCode(2)
        }
        do {
            let file = try AtomicFile(destination: output, purpose: "init")
            do {
                try file.write(text)
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
