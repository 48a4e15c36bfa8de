/// Amounts of money by the period or by the head: "£5.25 a week", "a weekly payment of £3",
/// "£49.18 per person", "$120 each month", "45 pounds a year". What a household is paid,
/// charged or left with is said in such rates whatever the payment is called ("allowance", "support", "loading",
/// "surcharge"), so a sentence that names one speaks of income (statements.yaml
/// `moneyRates:` names the domains). A sum alone ("a grant of £180,000") is not a rate. Read
/// from the tokens the index already holds.
enum MoneyRates {
    /// Words that make an amount near them a rate: periods, and the head it is paid for.
    static let rateWords: Set<String> = [
        "week", "weekly", "weeks", "fortnight", "fortnightly", "month", "monthly", "months", "year", "yearly", "annual", "annually",
        "day", "daily", "person", "head", "child", "adult", "each",
    ]
    /// Words after a number that make it money: "45 pounds a year", "80 pence each".
    static let currencyWords: Set<String> = ["pounds", "pound", "pence", "euros", "dollars"]
    /// How many tokens either side of an amount its period may stand ("£5.25 a week", "a
    /// weekly additional payment of £5.25").
    static let reach = 4

    /// `rateWords` and `currencyWords`, asked of tokens from their bytes.
    private static let rates = LowercasedWordSet(rateWords)
    private static let currencies = LowercasedWordSet(currencyWords)

    /// The sentences (by number) of `blocks` that name an amount of money as a rate.
    static func sentences(_ index: TextIndex, blocks: Set<Int>) -> Set<Int> {
        var found = Set<Int>()
        for number in blocks {
            // The block's fields, not a copy of the whole block.
            let text = index.blocks[number].text
            var contiguous = text
            index.blocks[number].tokens.withUnsafeBufferPointer { tokens in
                // Most blocks hold no number: their text is not read.
                guard tokens.contains(where: { $0.flags.contains(.number) }) else { return }
                contiguous.withUTF8 { bytes in readRates(tokens, bytes, text, into: &found) }
            }
        }
        return found
    }

    /// The sentences of one block's `tokens` (of `text`, whose UTF-8 is `bytes`) that name an
    /// amount as a rate, added to `found`.
    private static func readRates(_ tokens: UnsafeBufferPointer<Token>, _ bytes: UnsafeBufferPointer<UInt8>, _ text: String, into found: inout Set<Int>) {
        for position in tokens.indices where tokens[position].flags.contains(.number) {
            let token = tokens[position]
            guard !found.contains(token.sentence) else { continue }
            let signed = token.start > 0 && Counts.isCurrencyEnd[Int(bytes[token.start - 1])]
            // "2.50 pounds": the word may follow the number's decimals.
            let named = !signed && (position + 1..<min(tokens.count, position + 3)).contains { tokens[$0].sentence == token.sentence && currencies.contains(tokens[$0], in: bytes, text: text) }
            guard signed || named else { continue }
            let near = max(0, position - reach)...min(tokens.count - 1, position + reach)
            if near.contains(where: { tokens[$0].sentence == token.sentence && rates.contains(tokens[$0], in: bytes, text: text) }) {
                found.insert(token.sentence)
            }
        }
    }
}
