/// What a rule's short citations stand for ("GC12 paras 132-134"): the document's name and
/// where to read it. The treaty body's documents link to their UN symbol on the treaty body
/// database; a citation this table does not know is shown as written.
public enum Citations {
    public struct Source: Sendable, Equatable {
        public let name: String
        public let link: String?
    }

    /// A citation as a person reads it: "General Comment No. 12 (2009), The right of the
    /// child to be heard, paragraphs 132-134", with a link when there is one.
    public static func expand(_ citation: String) -> (text: String, link: String?) {
        let trimmed = citation.trimmingCharacters(in: .whitespaces)
        for (prefix, source) in prefixes where trimmed.hasPrefix(prefix) {
            let rest = trimmed.dropFirst(prefix.count)
            // "GC1" must not take "GC12": a prefix ends at a word boundary.
            guard rest.isEmpty || rest.first == " " || rest.first == "(" else { continue }
            let detail = rest.trimmingCharacters(in: .whitespaces)
            return (detail.isEmpty ? source.name : "\(source.name), \(spelledOut(detail))", source.link)
        }
        return (trimmed, nil)
    }

    /// "paras 132-134" -> "paragraphs 132-134", "Art 12(1)" -> "article 12(1)".
    static func spelledOut(_ detail: String) -> String {
        let words = [("paras ", "paragraphs "), ("para ", "paragraph "), ("Arts ", "articles "), ("Art ", "article "), ("Q", "question ")]
        for (short, long) in words where detail.hasPrefix(short) {
            return long + detail.dropFirst(short.count)
        }
        return detail
    }

    private static func treatyBody(_ symbol: String) -> String {
        "https://tbinternet.ohchr.org/_layouts/15/treatybodyexternal/Download.aspx?symbolno=" + symbol.replacingOccurrences(of: "/", with: "%2F") + "&Lang=en"
    }

    private static func generalComment(_ number: Int, _ year: Int, _ title: String, _ symbol: String) -> (String, Source) {
        ("GC\(number)", Source(name: "UN Committee on the Rights of the Child, General Comment No. \(number) (\(year)): \(title)", link: treatyBody(symbol)))
    }

    /// Longest prefixes first, so that "UNCRC" is not read as something shorter.
    static let prefixes: [(String, Source)] = [
        ("UNCRC", Source(name: "UN Convention on the Rights of the Child", link: "https://www.ohchr.org/en/instruments-mechanisms/instruments/convention-rights-child")),
        ("CRWIA stage 1", Source(name: "Scottish Government, Child Rights and Wellbeing Impact Assessment guidance, stage 1 (screening)", link: crwia)),
        ("CRWIA stage 2", Source(name: "Scottish Government, Child Rights and Wellbeing Impact Assessment guidance, stage 2 (further assessment of impact)", link: crwia)),
        ("CRWIA stage 3", Source(name: "Scottish Government, Child Rights and Wellbeing Impact Assessment guidance, stage 3", link: crwia)),
        ("CRWIA", Source(name: "Scottish Government, Child Rights and Wellbeing Impact Assessment guidance", link: crwia)),
        ("UK concluding observations 2023", Source(name: "UN Committee on the Rights of the Child, concluding observations on the United Kingdom (2023)", link: treatyBody("CRC/C/GBR/CO/6-7"))),
        ("ENOC common framework (2020)", Source(name: "European Network of Ombudspersons for Children, Common Framework of Reference on Child Rights Impact Assessment (2020)", link: nil)),
        ("Welsh CRIA", Source(name: "Welsh Government, Children's Rights Impact Assessment", link: nil)),
        (
            "OPSC",
            Source(
                name: "Optional Protocol to the UNCRC on the sale of children, child prostitution and child pornography",
                link: "https://www.ohchr.org/en/instruments-mechanisms/instruments/optional-protocol-convention-rights-child-sale-children-child")
        ),
        (
            "OPAC",
            Source(
                name: "Optional Protocol to the UNCRC on the involvement of children in armed conflict",
                link: "https://www.ohchr.org/en/instruments-mechanisms/instruments/optional-protocol-convention-rights-child-involvement-children")
        ),
        ("ILO Convention 138", Source(name: "ILO Minimum Age Convention, 1973 (No. 138)", link: nil)),
        ("UN Guidelines for the Alternative Care of Children", Source(name: "UN Guidelines for the Alternative Care of Children (General Assembly resolution 64/142, 2010)", link: nil)),
        generalComment(26, 2023, "children's rights and the environment, with a special focus on climate change", "CRC/C/GC/26"),
        generalComment(25, 2021, "children's rights in relation to the digital environment", "CRC/C/GC/25"),
        generalComment(24, 2019, "children's rights in the child justice system", "CRC/C/GC/24"),
        generalComment(21, 2017, "children in street situations", "CRC/C/GC/21"),
        generalComment(20, 2016, "the implementation of the rights of the child during adolescence", "CRC/C/GC/20"),
        generalComment(19, 2016, "public budgeting for the realization of children's rights", "CRC/C/GC/19"),
        generalComment(17, 2013, "the right of the child to rest, leisure, play, recreational activities, cultural life and the arts", "CRC/C/GC/17"),
        generalComment(16, 2013, "State obligations regarding the impact of the business sector on children's rights", "CRC/C/GC/16"),
        generalComment(15, 2013, "the right of the child to the enjoyment of the highest attainable standard of health", "CRC/C/GC/15"),
        generalComment(14, 2013, "the right of the child to have his or her best interests taken as a primary consideration", "CRC/C/GC/14"),
        generalComment(13, 2011, "the right of the child to freedom from all forms of violence", "CRC/C/GC/13"),
        generalComment(12, 2009, "the right of the child to be heard", "CRC/C/GC/12"),
        generalComment(11, 2009, "indigenous children and their rights under the Convention", "CRC/C/GC/11"),
        generalComment(10, 2007, "children's rights in juvenile justice", "CRC/C/GC/10"),
        generalComment(9, 2006, "the rights of children with disabilities", "CRC/C/GC/9"),
        generalComment(8, 2006, "the right of the child to protection from corporal punishment", "CRC/C/GC/8"),
        generalComment(7, 2005, "implementing child rights in early childhood", "CRC/C/GC/7/Rev.1"),
        generalComment(6, 2005, "treatment of unaccompanied and separated children outside their country of origin", "CRC/GC/2005/6"),
        generalComment(5, 2003, "general measures of implementation of the Convention", "CRC/GC/2003/5"),
        generalComment(4, 2003, "adolescent health and development", "CRC/GC/2003/4"),
        generalComment(1, 2001, "the aims of education", "CRC/GC/2001/1"),
    ]

    static let crwia = "https://www.gov.scot/publications/child-rights-wellbeing-impact-assessment-external-guidance-templates/"
}
