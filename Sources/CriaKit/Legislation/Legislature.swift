/// The legislature whose law a piece of legislation is, for the article × legislature view
/// of a batch: read from what the format states (legislation.gov.uk's document type, Akoma
/// Ntoso's country, the schema's root), never guessed from the text.
public enum Legislature {
    /// The legislature of a legislation document; nil for any other kind.
    public static func of(_ assessment: Assessment) -> String? {
        guard assessment.kind.kind == .legislation else { return nil }
        let extra = assessment.metadata.extra
        func value(_ key: String) -> String? { extra.first { $0.key == key }?.value }
        let stated = [value("type"), value("document type"), value("country")].compactMap { $0 }.joined(separator: " ")
        if let named = named(in: stated) { return named }
        switch assessment.format {
        case .clml: return "UK Parliament"
        case .uslm: return "US Congress"
        default: break
        }
        let evidence = assessment.kind.evidence
        if evidence.contains("Canadian") { return "Parliament of Canada" }
        if evidence.contains("EU act") || evidence.contains("Formex") { return "European Union" }
        if evidence.contains("USLM") || evidence.contains("US bill") { return "US Congress" }
        return "not stated"
    }

    /// Words in a document type or country code that name a legislature, most specific first:
    /// "Scottish Statutory Instrument", "GB-WLS", "United Kingdom Public General Act", "eu".
    static let names: [(words: [String], legislature: String)] = [
        (["scottish", "scotland", "gb-sct", "asp"], "Scottish Parliament"),
        (["welsh", "wales", "senedd", "gb-wls"], "Senedd Cymru"),
        (["northern ireland", "northernireland", "gb-nir"], "Northern Ireland Assembly"),
        (["united kingdom", "unitedkingdom", "uk", "gb-ukm", "gb-eng"], "UK Parliament"),
        (["european union", "eu", "directive"], "European Union"),
    ]

    static func named(in stated: String) -> String? {
        let words = " " + stated.lowercased().split { !$0.isLetter && !$0.isNumber && $0 != "-" }.joined(separator: " ") + " "
        // Akoma Ntoso types run words together ("ScottishStatutoryInstrument").
        let joined = stated.lowercased()
        return names.first { entry in
            entry.words.contains { contains(words, " \($0) ") || (!$0.utf8.contains(0x20) && $0.count > 3 && contains(joined, $0)) }
        }?.legislature
    }

    /// Foundation's `text.contains(word)`, told byte by byte when both are ASCII, where its
    /// comparison is byte for byte: its search cost about 5,000 instructions on these few
    /// words, asked of each of a batch's legislation documents by its report and aggregate.
    private static func contains(_ text: String, _ word: String) -> Bool {
        var text = text, word = word
        let told = text.withUTF8 { text in
            word.withUTF8 { word -> Bool? in
                guard !word.isEmpty, text.allSatisfy({ $0 < 0x80 }), word.allSatisfy({ $0 < 0x80 }) else { return nil }
                return ByteSearch.contains(word, in: text)
            }
        }
        return told ?? text.contains(word)
    }
}
