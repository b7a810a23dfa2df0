/// Compounds written apart: "back up" for the knowledge's "backup", "e mail" ("e-mail") for its "email",
/// "set up" for its "setup". Two words in a row are read as one when the knowledge uses the word they make
/// and it is a content word: then a question and the knowledge meet on the same term however either spells it.
enum Compounds {
    /// The shortest joined word read as a compound ("email"): shorter ones are too often chance.
    static let shortest = 5

    /// `words` with each pair that makes a word `isCompound` accepts read as that word, from the left (a
    /// word joins one pair at most), and the corrections made ("back up" read as "backup"). A pair
    /// `mayJoin` rejects is not joined to be asked (it must accept every pair `isCompound` would).
    static func joining(
        _ words: [String], mayJoin: (String, String) -> Bool = { _, _ in true }, isCompound: (String) -> Bool
    ) -> (words: [String], corrections: [Analysis.Correction]) {
        guard words.count > 1 else { return (words, []) }
        var joined: [String] = []
        var corrections: [Analysis.Correction] = []
        var index = 0
        while index < words.count {
            // (A pair of fewer bytes has fewer characters: they are counted only for a pair that may join.)
            if index + 1 < words.count, words[index].utf8.count + words[index + 1].utf8.count >= shortest,
                mayJoin(words[index], words[index + 1])
            {
                let word = words[index] + words[index + 1]
                if word.count >= shortest, isCompound(word) {
                    joined.append(word)
                    corrections.append(.init(typed: words[index] + " " + words[index + 1], read: word))
                    index += 2
                    continue
                }
            }
            joined.append(words[index])
            index += 1
        }
        return (joined, corrections)
    }
}
