/// What kind of enactment a legislation document is, in the words a campaigner uses (an Act,
/// a regulation, a bill, a statutory instrument), for the reports' Type column when the
/// document states no type of its own (legislation.gov.uk's CLML and GOV.UK items do).
enum LegislationType {
    /// By root element, for the schemas cria reads as plain XML.
    static let byRoot: [String: String] = [
        "Statute": "Act", "Regulation": "regulation", "Bill": "bill", "bill": "bill", "resolution": "resolution",
        "pLaw": "public or private law", "uscDoc": "US Code title", "amendment": "amendment", "billStatus": "bill (status record)",
        "ACT": "EU act", "ANNEX": "annex to an EU act", "CONS.ACT": "consolidated EU act",
    ]

    /// By the noun that closes an enactment's title ("... Regulations 2006").
    static let byTitleNoun: [String: String] = [
        "Act": "Act", "Regulations": "regulations", "Order": "order", "Bill": "bill", "Measure": "Measure", "Rules": "rules",
    ]

    static func of(_ proposal: Proposal) -> String? {
        let elements = proposal.document.schemaElements
        switch proposal.format {
        case .akomaNtoso:
            return elements.dropFirst().first.map { $0 == "act" ? "Act" : $0 }
        case .clml:
            return "legislation"
        default:
            break
        }
        if let root = elements.first, let type = byRoot[root] {
            // A Canadian bill given royal assent and a chapter number is an annual statute: an Act.
            return root == "Bill" && isAnnualStatute(proposal.document.root) ? "Act (annual statute)" : type
        }
        if let title = proposal.metadata.title, KindDetector.legislationTitle(title) != nil {
            let noun = title.split(separator: " ").map(String.init).last { byTitleNoun[$0] != nil }
            return noun.flatMap { byTitleNoun[$0] }
        }
        return nil
    }

    /// `<Bill><Identification>...<Chapter><AnnualStatuteId>`: the Justice Laws form of an enacted Act.
    private static func isAnnualStatute(_ root: DocumentNode) -> Bool {
        guard let identification = root.children.first(where: { $0.label == "Identification" }) else { return false }
        return identification.children.contains { $0.label == "Chapter" }
    }
}
