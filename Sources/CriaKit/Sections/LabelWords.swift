/// Turns element names and JSON keys into words a person would write:
/// `voiceOfTheChild` → "voice of the child", `voice_of_the_child` and `voice-of-the-child` too.
public enum LabelWords {
    public static func words(_ label: String) -> String {
        var words: [String] = []
        var current = ""
        var previous: Character?
        let characters = Array(label)
        for (index, character) in characters.enumerated() {
            if character == "_" || character == "-" || character == "." || character == ":" || character == " " {
                flush(&current, into: &words)
                previous = nil
                continue
            }
            if let before = previous {
                let next = index + 1 < characters.count ? characters[index + 1] : nil
                let startsWord =
                    (character.isUppercase && before.isLowercase)
                    || (character.isUppercase && before.isUppercase && (next?.isLowercase ?? false))
                    || (character.isNumber != before.isNumber)
                if startsWord { flush(&current, into: &words) }
            }
            current.append(character)
            previous = character
        }
        flush(&current, into: &words)
        return words.joined(separator: " ")
    }

    private static func flush(_ current: inout String, into words: inout [String]) {
        guard !current.isEmpty else { return }
        words.append(current.lowercased())
        current = ""
    }
}
