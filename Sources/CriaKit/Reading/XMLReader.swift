import CLibXML2

/// Reads XML into a `DocumentNode` tree with libxml2's SAX2 parser, refusing the
/// construct that makes XML dangerous to read: entity declarations. A reference to an
/// external DTD (`<!DOCTYPE Bill PUBLIC "..." "BillExchange.dtd">`, as Canada's annual
/// statutes and many published schemas open) is read past and never fetched or loaded:
/// network access and DTD loading are off, so it can neither reach out nor define entities.
///
/// Element labels are local names (the namespace URI is in `namespace`); attributes keep
/// their prefix (`xml:lang`). Paths index every step below the root among same-named
/// siblings: `/proposal/section[1]/p[2]`. Locations are the `<` of each start tag, with
/// columns counted in Unicode scalars. Safe to call from several threads at once.
public enum XMLReader {
    private static let parserInitialized: Void = xmlInitParser()

    /// Network access off; no entity substitution, DTD loading, validation or XInclude.
    /// Input always reaches libxml2 as UTF-8, so the declared encoding is ignored.
    private static let options = Int32(
        XML_PARSE_NONET.rawValue | XML_PARSE_BIG_LINES.rawValue
            | XML_PARSE_IGNORE_ENC.rawValue)

    public static func read(bytes: [UInt8], file: String, limits: ReadLimits = .default) throws -> DocumentNode {
        _ = parserInitialized
        switch try XMLInputDecoding.decode(bytes, file: file) {
        case .utf8(let skip):
            return try parse(bytes, from: skip, file: file, limits: limits)
        case .transcoded(let utf8):
            return try parse(utf8, from: 0, file: file, limits: limits)
        }
    }

    /// Parses `bytes[start...]`.
    private static func parse(_ bytes: [UInt8], from start: Int, file: String, limits: ReadLimits) throws -> DocumentNode {
        try bytes.withUnsafeBufferPointer { whole in
            try parse(
                UnsafeBufferPointer(rebasing: whole[start...]), tags: StartTagLocator(bytes: bytes, from: start),
                file: file, limits: limits)
        }
    }

    private static func parse(
        _ source: UnsafeBufferPointer<UInt8>, tags: StartTagLocator, file: String,
        limits: ReadLimits
    ) throws -> DocumentNode {
        guard source.contains(where: { !isXMLSpace($0) }), let base = source.baseAddress else {
            throw InputError(file: file, message: "empty document")
        }
        guard source.count < Int(Int32.max) else {
            throw InputError(file: file, message: "file too large for the XML parser")
        }
        let saved = cria_xml_silence_errors()
        defer { cria_xml_restore_errors(saved) }

        let builder = UnsafeMutablePointer<XMLTreeBuilder>.allocate(capacity: 1)
        builder.initialize(to: XMLTreeBuilder(file: file, source: source, tags: tags, limits: limits))
        defer {
            builder.deinitialize(count: 1)
            builder.deallocate()
        }
        let context = UnsafeRawPointer(base).withMemoryRebound(to: CChar.self, capacity: source.count) {
            xmlCreateMemoryParserCtxt($0, Int32(source.count))
        }
        guard let context else { throw InputError(file: file, message: "could not start the XML parser") }
        defer { xmlFreeParserCtxt(context) }

        context.pointee.sax.pointee = makeSAXHandler()
        context.pointee.userData = UnsafeMutableRawPointer(builder)
        builder.pointee.context = context
        xmlCtxtUseOptions(context, options | (limits.maxDepth > 256 ? Int32(XML_PARSE_HUGE.rawValue) : 0))

        _ = xmlParseDocument(context)
        // libxml2 builds a document of its own for an internal entity declaration even in SAX
        // mode ("expat compatibility", xmlParseEntityDecl), and the context does not free it.
        if let doc = context.pointee.myDoc {
            xmlFreeDoc(doc)
            context.pointee.myDoc = nil
        }
        builder.pointee.context = nil
        builder.pointee.closeOpenElements()

        if let error = builder.pointee.error { throw error }
        guard context.pointee.wellFormed != 0, let root = builder.pointee.root else {
            throw builder.pointee.parserError ?? InputError(file: file, message: "malformed XML")
        }
        return root
    }

    private static func isXMLSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    /// Character data and ignorable whitespace share one callback so libxml2 never tries
    /// to tell them apart.
    private static let characters: charactersSAXFunc = { userData, bytes, count in
        guard let bytes else { return }
        treeBuilder(userData).pointee.characters(bytes, count: Int(count))
    }

    private static func makeSAXHandler() -> xmlSAXHandler {
        var sax = xmlSAXHandler()
        sax.initialized = UInt32(XML_SAX2_MAGIC)
        sax.startElementNs = { userData, localName, _, uri, _, _, attributeCount, _, attributes in
            guard let localName else { return }
            treeBuilder(userData).pointee.startElement(
                localName: localName, uri: uri,
                attributeCount: Int(attributeCount), attributes: attributes)
        }
        sax.endElementNs = { userData, _, _, _ in treeBuilder(userData).pointee.endElement() }
        sax.characters = characters
        sax.ignorableWhitespace = characters
        sax.cdataBlock = characters
        sax.entityDecl = { userData, _, _, _, _, _ in treeBuilder(userData).pointee.entityDeclaration() }
        sax.serror = { userData, error in
            guard let error else { return }
            treeBuilder(userData).pointee.parserReported(error.pointee)
        }
        return sax
    }
}

private func treeBuilder(_ userData: UnsafeMutableRawPointer?) -> UnsafeMutablePointer<XMLTreeBuilder> {
    userData!.assumingMemoryBound(to: XMLTreeBuilder.self)
}
