/// Set phrases read as what they say rather than word by word: "of course" names no course, "make sense"
/// and "make it" no pay, "thanks in advance" no advancement, "first of all" no first step.
public struct Idioms: Sendable {
    /// Each phrase (its words) and the words it reads as (often none).
    public let readings: [[String]: [String]]
    /// The phrases by their first word, longest first, so the longest one wins where two start together.
    private let byFirstWord: WordTable<[[String]]>

    /// Idioms from `readings`: "phrase" → "what it says" (empty when it says nothing of its own).
    public init(_ readings: [String: String]) {
        let split = { (text: String) in text.utf8.split(separator: 0x20).map { String(decoding: $0, as: UTF8.self) } }
        var table: [[String]: [String]] = [:]
        table.reserveCapacity(readings.count)
        for (phrase, reading) in readings {
            let words = split(phrase)
            if !words.isEmpty { table[words] = split(reading) }
        }
        self.readings = table
        byFirstWord = WordTable(
            Dictionary(grouping: table.keys, by: { $0[0] }).mapValues { phrases in
                // Longest first, then by the phrase's text (the order of a dictionary's keys changes from run to run).
                phrases.map { (phrase: $0, text: $0.joined(separator: " ")) }
                    .sorted { ($0.phrase.count, $0.text) > ($1.phrase.count, $1.text) }.map(\.phrase)
            })
    }

    /// `words` with each idiom replaced by its reading.
    public func reading(_ words: [String]) -> [String] {
        guard words.contains(where: { byFirstWord[$0] != nil }) else { return words }
        var result: [String] = []
        var index = 0
        while index < words.count {
            if let phrase = byFirstWord[words[index]]?.first(where: { words[index...].starts(with: $0) }) {
                result += readings[phrase] ?? []
                index += phrase.count
            } else {
                result.append(words[index])
                index += 1
            }
        }
        return result
    }
}
