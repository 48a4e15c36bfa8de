import Foundation

/// Heading levels of a Word document's paragraph styles, from `word/styles.xml`: a style
/// is a heading when its id or name is "Heading N" (or a localised form such as the German
/// "Überschrift N", id "berschrift1"), "Title", or it sets an outline level.
struct DOCXStyles {
    private var names: [String: String] = [:]
    private var outlineLevels: [String: Int] = [:]
    private var basedOn: [String: String] = [:]

    static let headingWords: Set<String> = [
        "heading", "berschrift", "überschrift", "titre", "kop", "rubrik", "titolo", "título",
        "titulo", "encabezado", "otsikko", "nagłówek", "overskrift",
    ]

    init() {}

    init(stylesRoot: DocumentNode) {
        for style in stylesRoot.children where style.label == "style" {
            guard let id = DOCXReader.attribute(style, "styleId") else { continue }
            for property in style.children {
                switch property.label {
                case "name": names[id] = DOCXReader.attribute(property, "val")
                case "basedOn": basedOn[id] = DOCXReader.attribute(property, "val")
                case "pPr":
                    if let level = property.children.first(where: { $0.label == "outlineLvl" }).flatMap({ DOCXReader.attribute($0, "val") }).flatMap(Int.init) {
                        outlineLevels[id] = level
                    }
                default: break
                }
            }
        }
    }

    /// Whether a paragraph style holds a template's own text (its guidance, instructions or
    /// placeholders: "CRIA guidance", "Instruction text", "Placeholder"), which is never
    /// read as the author's.
    func isTemplateText(styleID: String) -> Bool {
        let words = [styleID, names[styleID] ?? ""].map { $0.lowercased() }
        return words.contains { name in ["guidance", "placeholder", "instruction"].contains { name.contains($0) } }
    }

    /// 1-6 for heading styles, nil for body text.
    func headingLevel(styleID: String) -> Int? {
        var id: String? = styleID
        var hops = 0
        while let current = id, hops < 8 {
            if let level = Self.level(named: current) ?? names[current].flatMap(Self.level(named:)) { return level }
            if let outline = outlineLevels[current], (0...5).contains(outline) { return outline + 1 }
            id = basedOn[current]
            hops += 1
        }
        return nil
    }

    static func level(named name: String) -> Int? {
        let lower = name.lowercased().trimmingCharacters(in: .whitespaces)
        if lower == "title" || lower == "titel" { return 1 }
        guard let digit = lower.last?.wholeNumberValue, (1...6).contains(digit) else { return nil }
        let word = lower.dropLast().trimmingCharacters(in: .whitespaces)
        return headingWords.contains(word) ? digit : nil
    }
}
