/// The lexicon's synonyms as a phrase table: word sequences replaced by their canonical words.
struct SynonymTable: Sendable, Equatable {
    /// A phrase and the canonical words it is read as.
    struct Entry: Sendable, Equatable {
        var pattern: [String]
        var replacement: [String]
    }
    /// Entries by their first word, longest pattern first.
    private(set) var entries: WordTable<[Entry]> = [:]
    /// Every word of every pattern and replacement, for the spelling vocabulary.
    private(set) var words: Set<String> = []

    /// A table of `entries` (by their first word, longest first) over `words`, as `init(_:)` made it: the
    /// built-in knowledge's, restored from its compiled form.
    init(entries: [String: [Entry]], words: Set<String>) {
        self.entries = WordTable(entries)
        self.words = words
    }

    init(_ lexicon: Lexicon) {
        var entries: [String: [Entry]] = [:]
        for (canonical, variants) in lexicon.synonyms.sorted(by: { $0.key < $1.key }) {
            let replacement = Tokenizer.words(canonical)
            guard !replacement.isEmpty else { continue }
            words.formUnion(replacement)
            for variant in variants {
                let pattern = Tokenizer.words(variant)
                guard !pattern.isEmpty, pattern != replacement else { continue }
                words.formUnion(pattern)
                entries[pattern[0], default: []].append(Entry(pattern: pattern, replacement: replacement))
            }
        }
        for key in entries.keys {
            entries[key]!.sort { $0.pattern.count > $1.pattern.count }
        }
        self.entries = WordTable(entries)
    }

    /// `words` with a real word slipped into one of the lexicon's phrases put right: "deep leaning" is
    /// "deep learning", "machine leaning" "machine learning" (the phrase's first word as typed, a later
    /// word of five letters or more one edit away). Spelling correction leaves real words alone; a phrase
    /// says which word was meant.
    func mendingPhrases(_ words: [String]) -> [String] {
        var mended = words
        for index in words.indices {
            for entry in entries[words[index]] ?? [] where entry.pattern.count > 1 {
                let end = index + entry.pattern.count
                guard end <= words.count else { continue }
                let differing = (index..<end).filter { words[$0] != entry.pattern[$0 - index] }
                guard differing.count == 1, let position = differing.first, words[position].count >= 5,
                    SpellingCorrector.distance(
                        Array(words[position].unicodeScalars), Array(entry.pattern[position - index].unicodeScalars),
                        limit: 1) != nil
                else { continue }
                mended[position] = entry.pattern[position - index]
            }
        }
        return mended
    }

    /// `words` with every synonym phrase replaced, longest match first, left to right.
    /// Each result carries the index of the input word it came from.
    func apply(_ words: [String]) -> [(word: String, source: Int)] {
        var result: [(String, Int)] = []
        result.reserveCapacity(words.count)
        var index = 0
        outer: while index < words.count {
            if let candidates = entries[words[index]] {
                for entry in candidates where index + entry.pattern.count <= words.count {
                    if words[index..<(index + entry.pattern.count)].elementsEqual(entry.pattern) {
                        result += entry.replacement.map { ($0, index) }
                        index += entry.pattern.count
                        continue outer
                    }
                }
            }
            result.append((words[index], index))
            index += 1
        }
        return result
    }
}
