/// Text made safe to place in HTML or XML, in element content or a quoted attribute: the five
/// characters that could end either are written as entities. Shared by every page cria
/// writes by hand (the history's trend report, the server's pasted text).
public enum MarkupEscaping {
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }
}
