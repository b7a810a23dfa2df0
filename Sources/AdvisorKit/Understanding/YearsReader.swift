/// Reads a stated amount of experience: "3 years", "I've worked 4 yrs", "five years", "a few years".
enum YearsReader {
    private static let numberWords = WordTable(Language.english.numberWords)
    private static let yearWords: WordSet = ["year", "years", "yr", "yrs", "yoe", "y"]

    /// Words around stated years that name no field ("working for 4 years", "years of experience").
    private static let generic: WordSet = [
        "experience", "working", "worked", "coding", "employed", "professionally", "total", "already", "now",
    ]

    /// Words that say there is no experience before "experience", and the words that may come between.
    private static let none: WordSet = ["no", "zero", "without", "0"]
    private static let qualifiers: WordSet = [
        "any", "prior", "previous", "professional", "real", "work", "industry", "relevant",
    ]

    /// Words before a number that make it a time ahead ("in 10 years", "the next few years").
    private static let ahead: WordSet = ["in", "next", "within", "coming", "till", "until"]
    /// Words that may come between a number and "years" ("3 full years", "a couple of years").
    private static let between: WordSet = ["of", "full", "more", "plus", "or", "so"]

    /// The number of years the text states, if any (the first one).
    static func years(in analysis: Analysis, domain: Set<String> = []) -> Int? {
        func isForeign(_ word: Analysis.Word) -> Bool {
            !word.isStopword && !Language.english.careerNouns.contains(word.text) && !generic.contains(word.text)
                && (!word.isKnown || (!domain.isEmpty && !domain.contains(word.stem)))
        }
        let words = analysis.words.map(\.text)
        let changing = words.contains(where: Language.english.changeVerbs.contains)
        for (index, word) in words.enumerated() {
            if word == "decade" || word == "decades" { return 10 }
            // "no experience", "without any prior experience", "zero work experience": none yet.
            if word == "experience" {
                let before = words[..<index].reversed().drop { qualifiers.contains($0) }
                if let first = before.first, none.contains(first) { return 0 }
            }
            guard let value = Int(word).flatMap({ $0 <= 60 ? $0 : nil }) ?? numberWords[word] else { continue }
            // "in 10 years", "the next few years": a time ahead, not experience.
            let before = words[max(0, index - 2)..<index]
            if before.contains(where: ahead.contains) {
                continue
            }
            // "3 years", "3 full years", "a couple of years"
            let window = words[(index + 1)..<min(words.count, index + 4)]
            if let year = window.firstIndex(where: { yearWords.contains($0) }),
                window[window.startIndex..<year].allSatisfy({ between.contains($0) })
            {
                // "25 years old" is an age; "10 years as a teacher" is experience in another field.
                let after = words[(year + 1)..<min(words.count, year + 3)]
                if after.first == "old" || after.first == "of" && after.dropFirst().first == "age" { continue }
                if after.first == "as" || after.first == "in" || after.first == "of",
                    analysis.words[(year + 1)..<min(words.count, year + 5)].first(where: { !$0.isStopword }).map(
                        isForeign) == true
                {
                    continue
                }
                // "did marketing for 6 yrs": the activity before "for" is someone else's.
                if index >= 2, words[index - 1] == "for", isForeign(analysis.words[index - 2]) { continue }
                // Someone changing careers ("career changer here, 6 yrs in sales") states years of the old
                // career, unless ours follow them ("6 years in ML", "5 years as a data scientist").
                if changing {
                    let named = analysis.words[(year + 1)..<min(words.count, year + 6)].first {
                        !$0.isStopword && !generic.contains($0.text)
                    }
                    guard let named, !isForeign(named) else { continue }
                }
                return value
            }
        }
        return nil
    }
}
