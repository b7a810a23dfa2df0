/// Set phrases read as what they say rather than word by word: "of course" names no course, "make sense"
/// and "make it" no pay, "thanks in advance" no advancement, "first of all" no first step.
public struct Idioms: Sendable {
    /// Each phrase (its words) and the words it reads as (often none).
    public let readings: [[String]: [String]]
    /// The phrases by their first word, longest first, so the longest one wins where two start together.
    private let byFirstWord: [String: [[String]]]

    /// Idioms from `readings`: "phrase" → "what it says" (empty when it says nothing of its own).
    public init(_ readings: [String: String]) {
        let split = { (text: String) in text.split(separator: " ").map(String.init) }
        var table: [[String]: [String]] = [:]
        for (phrase, reading) in readings where !split(phrase).isEmpty { table[split(phrase)] = split(reading) }
        self.readings = table
        byFirstWord = Dictionary(grouping: table.keys, by: { $0[0] }).mapValues { phrases in
            phrases.sorted { ($0.count, $0.joined(separator: " ")) > ($1.count, $1.joined(separator: " ")) }
        }
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
