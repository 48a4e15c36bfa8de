import Foundation
import ZIPFoundation

/// The template as a Word document, as departments fill them in: a heading per section
/// (named so that `roles.yaml` gives it its role), a line of guidance in the "CRIA guidance"
/// style, and a two-column table of questions and answers. Every answer cell holds a
/// "[Describe ...]" placeholder in the "CRIA placeholder" style. cria reads neither styled
/// text nor a bracketed placeholder as content (`DOCXTreeBuilder`), so a blank template is
/// a document whose sections are all empty.
extension CRIATemplate {
    struct WordSection {
        let heading: String
        let guidance: String
        /// Question, and the placeholder of its answer.
        let questions: [(String, String)]
    }

    static let wordSections: [WordSection] = [
        WordSection(
            heading: "Policy summary", guidance: "What the proposal does, why, and when. Name the legislation or programme, in two to five sentences a non-specialist can follow.",
            questions: [("What does the proposal do, and why?", "[Describe the proposal]"), ("When will it take effect?", "[Give the dates]")]),
        WordSection(
            heading: "Screening", guidance: "Stage 1 (GC5 para 12; CRWIA stage 1). Decisions not aimed at children often still affect them, for example through parents' income, housing, transport or services.",
            questions: [
                ("Does the proposal affect children and young people under 18?", "[Yes or no]"), ("Directly, indirectly or both?", "[Directly, indirectly or both]"),
                ("Which children, and through what route?", "[Describe who and how]"),
            ]),
        WordSection(
            heading: "Children affected", guidance: "Give numbers with their source and year. Say which groups are affected more, or differently.",
            questions: [("Which children, how many, of what ages and where?", "[Describe the children affected]")]),
        WordSection(
            heading: "Evidence", guidance: "The data and research you relied on, disaggregated where you can (age, sex, disability and SEND, ethnicity, poverty, care status).",
            questions: [("What evidence did you use, and what does it show?", "[Describe the evidence]"), ("What do you not know, and how will you find out?", "[Describe the gaps]")]),
        WordSection(
            heading: "Children's views", guidance: "Article 12; GC12 paras 45 and 132-134. Views gathered from children and young people themselves, not only from parents, schools or providers.",
            questions: [
                ("How were children's views gathered, and when?", "[Describe the method and dates]"), ("Who took part?", "[How many children, their ages, which seldom-heard groups]"),
                ("What did children say?", "[Their main points, in their words where you can]"), ("What changed as a result?", "[Describe the changes, and why any view was not followed]"),
                ("How were the children told what happened to their views?", "[Describe the feedback]"),
            ]),
        WordSection(
            heading: "Rights assessment",
            guidance: "For each UNCRC article the proposal engages: the impact (positive, negative or neutral; direct or indirect; short or long term) and the reasons. The four general principles always apply.",
            questions: [
                ("Article 2: Non-discrimination", "[Impact and reasons]"), ("Article 3: Best interests of the child", "[Impact and reasons]"),
                ("Article 6: Life, survival and development", "[Impact and reasons]"), ("Article 12: Respect for the views of the child", "[Impact and reasons]"),
                ("Other articles engaged", "[Article, impact and reasons]"),
            ]),
        WordSection(
            heading: "Best interests", guidance: "Article 3(1); GC14 paras 6 and 97. Assess what is in the best interests of the children affected and how those interests were weighed against other considerations.",
            questions: [("What is in the best interests of the children affected?", "[Describe the assessment]"), ("How were they weighed against other considerations, and with what result?", "[Describe the weighing]")]),
        WordSection(
            heading: "Non-discrimination", guidance: "Article 2. Groups of children who may be affected differently: disabled children, children in care, young carers, children in poverty, by age, sex or ethnicity.",
            questions: [("Which groups of children are affected differently, and how?", "[Describe the groups and the differences, with data]")]),
        WordSection(
            heading: "Mitigation", guidance: "What will reduce each negative impact on children, who will do it and by when.",
            questions: [("How will negative impacts on children be avoided or reduced?", "[Describe the measures]")]),
        WordSection(
            heading: "Options considered", guidance: "The alternatives considered, including doing nothing, and how each would affect children.",
            questions: [("What options were considered, and how did they compare for children?", "[Describe the options]")]),
        WordSection(
            heading: "Resources", guidance: "The money, staff and time that carrying out the proposal for children needs (GC19).",
            questions: [("What resources are needed, and are they secured?", "[Describe the resources]")]),
        WordSection(
            heading: "Monitoring and evaluation", guidance: "Indicators for the children affected, a baseline, a review date and an evaluation after implementation (CRWIA stage 3).",
            questions: [("How will the impact on children be monitored and evaluated?", "[Describe the indicators, baseline and review date]")]),
        WordSection(
            heading: "Child-friendly summary", guidance: "A short version children and young people can understand (GC12 para 134(a)).",
            questions: [("What changes for children, in words they understand?", "[Write the summary for children]")]),
        WordSection(
            heading: "Publication", guidance: "Publish the assessment with the decision (GC5 para 46).",
            questions: [("Where and when will this assessment be published?", "[Give the place and date]")]),
        WordSection(
            heading: "Conclusion", guidance: "An overall judgement on the impact on children's rights, the main reasons, and who signed it off.",
            questions: [("What is the overall impact on children, and why?", "[Positive, negative, neutral or mixed, with reasons]"), ("Signed off by, and when", "[Name, role and date]")]),
    ]

    /// The Word template's bytes (a .docx file).
    public static func wordTemplate() throws -> Data {
        let archive = try Archive(accessMode: .create)
        for (path, text) in [
            ("[Content_Types].xml", wordContentTypes), ("_rels/.rels", wordPackageRelationships),
            ("word/_rels/document.xml.rels", wordDocumentRelationships), ("word/styles.xml", wordStyles),
            ("word/document.xml", wordDocument()), ("docProps/core.xml", wordCoreProperties),
        ] {
            let data = Data(text.utf8)
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: Date(timeIntervalSince1970: 1_577_836_800),
                compressionMethod: .deflate
            ) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw InputError(file: "template.docx", message: "the Word template could not be assembled") }
        return data
    }

    static func wordDocument() -> String {
        var body = paragraph("Child rights impact assessment", style: "Title")
        body += paragraph(
            "Fill in every answer in plain English, as you would for a published document. Text in this style and answers in [square brackets] are guidance: replace them. If a question does not apply, say why. Check the draft with: cria check this-file.docx",
            style: "CRIAGuidance")
        body += table([("Title of the proposal", "[Title]"), ("Department", "[Department]"), ("Reference", "[Reference]"), ("Date", "[YYYY-MM-DD]")], header: ("Document details", ""))
        for section in wordSections {
            body += paragraph(section.heading, style: "Heading1")
            body += paragraph(section.guidance, style: "CRIAGuidance")
            body += table(section.questions, header: ("Question", "Answer"))
        }
        return #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
            + #"<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>"#
            + body + #"<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>"#
    }

    private static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }

    private static func paragraph(_ text: String, style: String? = nil) -> String {
        let properties = style.map { #"<w:pPr><w:pStyle w:val="\#($0)"/></w:pPr>"# } ?? ""
        return "<w:p>\(properties)<w:r><w:t xml:space=\"preserve\">\(escaped(text))</w:t></w:r></w:p>"
    }

    /// Two columns, the first a third of the width; a repeated header row.
    private static func table(_ rows: [(String, String)], header: (String, String)) -> String {
        func cell(_ content: String, width: Int) -> String {
            "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/></w:tcPr>\(content)</w:tc>"
        }
        var out = #"<w:tbl><w:tblPr><w:tblStyle w:val="CRIATable"/><w:tblW w:w="9026" w:type="dxa"/></w:tblPr><w:tblGrid><w:gridCol w:w="3000"/><w:gridCol w:w="6026"/></w:tblGrid>"#
        out += "<w:tr><w:trPr><w:tblHeader/></w:trPr>" + cell(paragraph(header.0, style: "CRIATableHeading"), width: 3000) + cell(paragraph(header.1, style: "CRIATableHeading"), width: 6026) + "</w:tr>"
        for (question, placeholder) in rows {
            out += "<w:tr>" + cell(paragraph(question), width: 3000) + cell(paragraph(placeholder, style: "CRIAPlaceholder"), width: 6026) + "</w:tr>"
        }
        return out + "</w:tbl>" + paragraph("")
    }

    static let wordContentTypes = #"""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>
        """#

    static let wordPackageRelationships = #"""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>
        """#

    static let wordDocumentRelationships = #"""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>
        """#

    static let wordCoreProperties = #"""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>cria init</dc:creator></cp:coreProperties>
        """#

    static let wordStyles = #"""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
        <w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/><w:sz w:val="24"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120"/></w:pPr></w:pPrDefault></w:docDefaults>
        <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
        <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="48"/></w:rPr></w:style>
        <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="360"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>
        <w:style w:type="paragraph" w:customStyle="1" w:styleId="CRIAGuidance"><w:name w:val="CRIA guidance"/><w:basedOn w:val="Normal"/><w:rPr><w:i/><w:color w:val="505050"/></w:rPr></w:style>
        <w:style w:type="paragraph" w:customStyle="1" w:styleId="CRIAPlaceholder"><w:name w:val="CRIA placeholder"/><w:basedOn w:val="Normal"/><w:rPr><w:color w:val="505050"/></w:rPr></w:style>
        <w:style w:type="paragraph" w:customStyle="1" w:styleId="CRIATableHeading"><w:name w:val="CRIA table heading"/><w:basedOn w:val="Normal"/><w:rPr><w:b/></w:rPr></w:style>
        <w:style w:type="table" w:customStyle="1" w:styleId="CRIATable"><w:name w:val="CRIA table"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:left w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:right w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="808080"/></w:tblBorders><w:tblCellMar><w:left w:w="108" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
        </w:styles>
        """#
}
