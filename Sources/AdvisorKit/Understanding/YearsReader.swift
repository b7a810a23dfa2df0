/// Reads a stated amount of experience: "3 years", "I've worked 4 yrs", "five years", "a few years".
enum YearsReader {
    private static let numberWords: [String: Int] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
        "couple": 2, "few": 3, "several": 4, "many": 8, "decade": 10,
    ]
    private static let yearWords: Set<String> = ["year", "years", "yr", "yrs", "yoe", "y"]

    /// The number of years the text states, if any (the first one).
    static func years(in analysis: Analysis) -> Int? {
        let words = analysis.words.map(\.text)
        for (index, word) in words.enumerated() {
            if word == "decade" || word == "decades" { return 10 }
            guard let value = Int(word).flatMap({ $0 <= 60 ? $0 : nil }) ?? numberWords[word] else { continue }
            // "in 10 years", "the next few years": a time ahead, not experience.
            let before = words[max(0, index - 2)..<index]
            if before.contains(where: { ["in", "next", "within", "coming"].contains($0) }) { continue }
            // "3 years", "3 full years", "a couple of years"
            let window = words[(index + 1)..<min(words.count, index + 4)]
            if let year = window.firstIndex(where: { yearWords.contains($0) }),
                window[window.startIndex..<year].allSatisfy({ ["of", "full", "more", "plus", "or", "so"].contains($0) })
            {
                return value
            }
        }
        return nil
    }
}
