/// Words inside quotation marks: what someone said, reported in the sentence that quotes it.
enum Quotation {
    /// Whether a mention lies inside a quotation opened earlier in its sentence: more curly
    /// opening quotes (“) than closing ones (”) before it, or an odd number of straight double
    /// quotes ("), counting a quote glued to the sentence's first word. Single quotes are left
    /// alone: they are also apostrophes ("we'd", "children's").
    static func encloses(_ mention: TextIndex.Mention, in block: TextIndex.Block) -> Bool {
        let tokens = block.tokens
        let sentence = tokens[mention.start].sentence
        var first = mention.start
        while first > 0 && tokens[first - 1].sentence == sentence { first -= 1 }
        let bytes = Array(block.text.utf8)
        var from = tokens[first].start
        if from >= 1 && bytes[from - 1] == UInt8(ascii: "\"") {
            from -= 1
        } else if from >= 3 && bytes[from - 3] == 0xE2 && bytes[from - 2] == 0x80 && bytes[from - 1] == 0x9C {
            from -= 3
        }
        var straight = 0, opening = 0, closing = 0
        var i = from
        while i < tokens[mention.start].start {
            if bytes[i] == UInt8(ascii: "\"") {
                straight += 1
            } else if bytes[i] == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80 {
                if bytes[i + 2] == 0x9C { opening += 1 } else if bytes[i + 2] == 0x9D { closing += 1 }
            }
            i += 1
        }
        return straight % 2 == 1 || opening > closing
    }
}
