import CriaKit
import Foundation

extension FuzzTargets {
    /// cria's hand-written JSON reader against Foundation's `JSONSerialization` on the same
    /// bytes: whatever cria accepts, Foundation must accept, with the same values.
    /// Foundation accepts some inputs cria refuses on purpose (duplicate keys, nesting past
    /// `--max-depth`), so a refusal by cria alone is not a finding.
    static let jsonVersusFoundation = FuzzTarget(
        name: "json-vs-foundation", summary: "differential: `JSONReader`'s tree against Foundation's `JSONSerialization` (same values on every input cria accepts)",
        seedExtensions: ["json"], dictionaries: ["json.dict"]
    ) { bytes in
        guard let root = try? JSONReader.read(bytes: bytes, file: "fuzz.json") else { return }
        let reference: Any
        do { reference = try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed]) } catch {
            // RFC 8259 lets a reader limit numbers' range: Foundation refuses a number beyond
            // a Double (`1e8305`); cria keeps the literal as written.
            if JSONComparison.hasNumberBeyondDouble(root) { return }
            throw FuzzFinding("cria read JSON that Foundation refuses: \(error)")
        }
        try JSONComparison.compare(root, reference, at: "")
    }
}

/// Compares a `JSONReader` tree with the same document as `JSONSerialization` read it.
enum JSONComparison {
    static func compare(_ node: DocumentNode, _ reference: Any, at path: String) throws {
        func differ(_ what: String) -> FuzzFinding { FuzzFinding("at '\(path)': \(what)") }
        switch node.kind {
        case .object:
            guard let object = reference as? [String: Any] else { throw differ("cria read an object, Foundation \(type(of: reference))") }
            guard object.count == node.children.count else {
                throw differ("cria read \(node.children.count) members, Foundation \(object.count)")
            }
            for child in node.children {
                let spelling = withoutByteOrderMarks(child.label)
                guard let value = object[child.label] ?? object.first(where: { withoutByteOrderMarks($0.key) == spelling })?.value else {
                    throw differ("Foundation has no member \(child.label.debugDescription)")
                }
                try compare(child, value, at: path + "/" + child.label)
            }
        case .array:
            guard let array = reference as? [Any] else { throw differ("cria read an array, Foundation \(type(of: reference))") }
            guard array.count == node.children.count else {
                throw differ("cria read \(node.children.count) items, Foundation \(array.count)")
            }
            for (index, child) in node.children.enumerated() { try compare(child, array[index], at: path + "/\(index)") }
        case .value:
            try compareScalar(node, reference, differ: differ)
        case .element:
            throw differ("an element in a JSON tree")
        }
    }

    /// Foundation drops a byte order mark (U+FEFF) at the start of any string it reads, a key
    /// or a value, and right after every escape sequence in one (`"\u{FEFF}le"` becomes `"le"`,
    /// `"\\\u{FEFF}P"` becomes `"\\P"`: it decodes each run between escapes on its own); cria
    /// keeps the character, as RFC 8259 does. Where the escapes were is gone from a decoded
    /// string, so both sides are compared without any U+FEFF.
    static func withoutByteOrderMarks(_ string: String) -> String {
        string.unicodeScalars.contains("\u{FEFF}") ? String(String.UnicodeScalarView(string.unicodeScalars.filter { $0 != "\u{FEFF}" })) : string
    }

    static func hasNumberBeyondDouble(_ root: DocumentNode) -> Bool {
        var found = false
        root.walk { node in
            if node.scalarType == .number, let text = node.pieces.first.flatMap({ if case .text(let run) = $0 { return run } else { return nil } }),
                !(Double(text)?.isFinite ?? false)
            {
                found = true
            }
        }
        return found
    }

    private static func compareScalar(_ node: DocumentNode, _ reference: Any, differ: (String) -> FuzzFinding) throws {
        let text = node.pieces.compactMap { if case .text(let run) = $0 { return run } else { return nil } }.joined()
        switch node.scalarType {
        case .string:
            guard let string = reference as? String else { throw differ("cria read a string, Foundation \(type(of: reference))") }
            // A string holding HTML keeps its markup as children, not as text.
            if !node.holdsHTML, withoutByteOrderMarks(text) != withoutByteOrderMarks(string) {
                throw differ("cria read \(text.debugDescription), Foundation \(string.debugDescription)")
            }
        case .number:
            guard let number = reference as? NSNumber else {
                throw differ("cria read the number \(text), Foundation \(type(of: reference))")
            }
            guard let value = Double(text) else { throw differ("cria kept \(text.debugDescription) as a number") }
            let other = number.doubleValue
            let close = value == other || (value.isFinite && abs(value - other) <= 1e-12 * max(abs(value), abs(other)))
            if !close { throw differ("cria read the number \(text), Foundation \(number)") }
        case .boolean:
            guard let flag = (reference as? Bool) ?? (reference as? NSNumber)?.boolValue, text == (flag ? "true" : "false") else {
                throw differ("cria read the boolean \(text), Foundation \(reference)")
            }
        case .null:
            guard reference is NSNull, text == "null" else { throw differ("cria read null, Foundation \(reference)") }
        case nil:
            throw differ("a JSON value without a scalar type")
        }
    }
}
