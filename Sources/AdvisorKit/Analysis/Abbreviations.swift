/// Abbreviations a knowledge base implies: a word of the knowledge made of two English words ("facebook"
/// is "face" + "book", "youtube", "dropbox") is often written by its two initials ("fb", "yt", "db").
///
/// Derived from the knowledge's own words (not the lexicon's), never declared: a two-letter word that is
/// neither known nor English reads as the most frequent such compound with those initials.
struct Abbreviations: Sendable {
    /// Initials → the compound they stand for.
    private(set) var expansions: [String: String] = [:]

    /// The least length of each part of a compound ("face", "book"): shorter parts split too many words.
    static let shortestPart = 3
    /// How often the knowledge must use a compound for it to be abbreviated: a word it uses once is not
    /// one of its subjects.
    static let leastCount = 2

    /// The abbreviations of the words of `frequency` (word → count), splitting with `isEnglish`.
    init(frequency: [String: Int], isEnglish: (String) -> Bool) {
        var best: [String: (word: String, count: Int)] = [:]
        for (word, count) in frequency
        where count >= Self.leastCount && word.count >= 2 * Self.shortestPart && !isEnglish(word) {
            let letters = Array(word)
            guard letters.allSatisfy(\.isLetter) else { continue }
            for split in Self.shortestPart...(letters.count - Self.shortestPart)
            where isEnglish(String(letters[..<split])) && isEnglish(String(letters[split...])) {
                let initials = String([letters[0], letters[split]])
                if let known = best[initials], (known.count, known.word) >= (count, word) { break }
                best[initials] = (word, count)
                break
            }
        }
        expansions = best.mapValues(\.word)
    }

    /// The compound `word` abbreviates, if it is one of the knowledge's two-letter abbreviations.
    func expansion(of word: String) -> String? {
        word.count == 2 ? expansions[word] : nil
    }
}
