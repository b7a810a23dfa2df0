import Synchronization

/// Turns text into an `Analysis`: tokenizing, case folding, chat shorthand, spelling correction against
/// the knowledge's vocabulary, the lexicon's synonyms, stop words and Snowball stemming.
///
/// The knowledge is read by an analyzer without a vocabulary; questions by one that knows the
/// knowledge's words (`learning(_:)`), so both sides meet on the same terms. Safe to share across threads.
public final class Analyzer: Sendable {
    private let synonyms: SynonymTable
    private let stemmer: Stemmer
    /// The spelling corrector, made on the first word that needs it (nil without a vocabulary).
    private let speller: Lazy<SpellingCorrector>?
    /// Corrects towards every word the knowledge uses, for a word that is not English at all
    /// ("udnerstand", "leearn"): it cannot be a real word turned into another. Made on first use.
    private let nonWordSpeller: Lazy<SpellingCorrector>?
    /// Stems the knowledge uses: a word whose stem is here is known even if its form is new.
    private let knownStems: FrozenWords
    private let ambiguous: Set<String>
    private let corrections = Mutex<[String: String?]>([:])
    private let realWordSlips = Mutex<[String: String?]>([:])
    /// What is known of each word read so far (one lookup a word instead of one per fact).
    private let facts = Mutex<[String: WordFacts]>([:])
    /// The knowledge's words with their counts: the words it knows, and the abbreviations they imply
    /// (derived on first need).
    private let frequency: FrozenWords
    private let abbreviations = Mutex<Abbreviations?>(nil)

    /// A word's stem and what the analyzer makes of it: all of it depends on the word alone.
    private struct WordFacts {
        var stem: String
        var isStopword: Bool
        /// The knowledge uses this very word.
        var isKnownWord: Bool
        /// The knowledge uses its stem (or it is a stop word or a number).
        var isKnown: Bool
        /// What the word list says of it, when that matters: for a word the knowledge lacks.
        var kind: EnglishWords.Kind
        var isOrdinary: Bool { !isKnown && kind == .word }
        var isName: Bool { !isKnown && kind == .name }
    }
    private let language = Language.english
    /// Ordinary English, to tell a typo (corrected) from a real word (never corrected).
    /// Whether to consult the system's word list (`EnglishWords.system`, loaded on first use: only a
    /// question with a word the knowledge does not know pays for it).
    private let consultsDictionary: Bool

    public convenience init(lexicon: Lexicon) {
        self.init(
            synonyms: SynonymTable(lexicon), ambiguous: Set(lexicon.ambiguous), stemmer: Stemmer(), vocabulary: nil)
    }

    /// A question analyzer for `lexicon` from its synonym table and vocabulary as compiled
    /// (`CompiledKnowledge`): what `Analyzer(lexicon:).learning(vocabulary)` makes, without reading the
    /// lexicon's phrases again.
    convenience init(lexicon: Lexicon, synonyms: SynonymTable, vocabulary: Vocabulary) {
        self.init(synonyms: synonyms, ambiguous: Set(lexicon.ambiguous), stemmer: Stemmer(), vocabulary: vocabulary)
    }

    private init(synonyms: SynonymTable, ambiguous: Set<String>, stemmer: Stemmer, vocabulary: Vocabulary?) {
        self.synonyms = synonyms
        self.ambiguous = ambiguous
        self.stemmer = stemmer
        if let vocabulary {
            consultsDictionary = true
            let targets = vocabulary.targets
            let frequency = vocabulary.frequency
            // (The targets' counts are looked up when the corrector is first needed, not at every start.)
            speller = Lazy {
                SpellingCorrector(
                    frequency: Dictionary(
                        uniqueKeysWithValues: targets.compactMap { word in frequency[word].map { (word, $0) } }))
            }
            nonWordSpeller = Lazy {
                SpellingCorrector(frequency: frequency.filter { !Language.english.isStopWord($0.key) })
            }
            knownStems = vocabulary.stems
            self.frequency = frequency
        } else {
            self.frequency = [:]
            consultsDictionary = false
            speller = nil
            nonWordSpeller = nil
            knownStems = []
        }
    }

    /// What a question analyzer knows of the knowledge's words: every word it uses with its count (its
    /// content words are what a non-word may be corrected to; abbreviations come from them), the words
    /// typos are corrected to, and the stems of its content words.
    struct Vocabulary: Sendable, Hashable {
        var frequency: FrozenWords
        /// The words typos are corrected to (some of `frequency`'s), sorted.
        var targets: [String]
        var stems: FrozenWords
    }

    /// The vocabulary of a knowledge whose words were counted as `frequency`: it corrects typos only
    /// towards `targets` (and the lexicon's words) — the words that name things (titles, names, keywords,
    /// cues), so that "teacher" never becomes "teaches".
    /// Words in `known` are known without being counted: nothing is corrected to them.
    func vocabulary(_ frequency: [String: Int], correctingTo targets: Set<String>, alsoKnowing known: [String] = [])
        -> Vocabulary
    {
        var frequency = frequency
        // Function words are targets too: "waht" is "what", "doesnt" is "does not".
        let function = language.stopWords.filter { $0.count >= 4 }
        for word in synonyms.words.union(function) { frequency[word, default: 0] += 1 }
        let targets = targets.union(synonyms.words).union(function)
        // Stems of content words only: "several" (a stop word) must not make "severance" known.
        let content = frequency.filter { !Language.english.isStopWord($0.key) }
        return Vocabulary(
            frequency: FrozenWords(frequency), targets: frequency.keys.filter { targets.contains($0) }.sorted(),
            stems: FrozenWords(Set(content.keys.map { stemmer.stem($0) } + known.map { stemmer.stem($0) })))
    }

    /// An analyzer for questions: it knows the knowledge's words and marks the words it does not know.
    func learning(_ vocabulary: Vocabulary) -> Analyzer {
        Analyzer(synonyms: synonyms, ambiguous: ambiguous, stemmer: stemmer, vocabulary: vocabulary)
    }

    /// Raw lower-case words of knowledge text, all of them, before correction and synonyms (to learn the
    /// vocabulary from).
    func words(_ text: String) -> [String] { Tokenizer.words(text, limit: nil) }

    /// A question's analysis: its first `Tokenizer.maximumWords` words.
    public func analyze(_ text: String, mendingRealWords: Bool = false) -> Analysis {
        analyze(tokens: Tokenizer.words(text), mendingRealWords: mendingRealWords)
    }

    /// A question's analysis, with the words of a post's sentences that do not ask marked as background
    /// (when it has both kinds; `Sentences`). Its first `Tokenizer.maximumWords` words, like `analyze(_:)`.
    public func analyze(post text: String, mendingRealWords: Bool = false) -> Analysis {
        analyze(post: text, sentences: sentences(of: text), mendingRealWords: mendingRealWords)
    }

    /// The sentences of a post that `analyze(post:)` tells apart, or nil for text of one sentence.
    func sentences(of text: String) -> Sentences? {
        Sentences.mayHaveSeveral(text) ? Sentences(text, language: language) : nil
    }

    /// `analyze(post:mendingRealWords:)` with the post's `sentences` already split (`sentences(of:)`).
    func analyze(post text: String, sentences: Sentences?, mendingRealWords: Bool = false) -> Analysis {
        guard let sentences, sentences.hasBackground || sentences.all.filter(\.asks).count > 1 else {
            return analyze(text, mendingRealWords: mendingRealWords)
        }
        var whole = Analysis(words: [], corrections: [])
        var budget = Tokenizer.maximumWords
        var asked = false
        for sentence in sentences.all where budget > 0 {
            let tokens = Tokenizer.words(sentence.text, limit: budget)
            budget -= tokens.count
            var part = analyze(tokens: tokens, mendingRealWords: mendingRealWords)
            if !sentence.asks {
                for index in part.words.indices { part.words[index].isBackground = true }
            } else if asked {
                for index in part.words.indices { part.words[index].isLaterQuestion = true }
            }
            asked = asked || sentence.asks
            whole.words += part.words
            whole.corrections += part.corrections
        }
        return whole
    }

    /// Knowledge text's analysis: every word of it, however long (a fact after word 200 is still found).
    func analyze(knowledge text: String) -> Analysis { analyze(tokens: words(text)) }

    /// Analyzes words already split by `Tokenizer.words` (the knowledge counts and analyzes each text once).
    /// With `mendingRealWords`, a real English word the knowledge does not use is also corrected when one
    /// slip away from a word that names something ("sills" → "skills", "toils" → "tools"): a second
    /// reading, for a question that makes no sense as typed.
    func analyze(tokens: [String], mendingRealWords: Bool = false) -> Analysis {
        var typed = Self.expandingContractions(language.expandingShorthand(tokens))
        var made: [Analysis.Correction] = []
        if speller != nil, typed.count > 1 {
            // A compound written apart reads as the knowledge writes it ("back up" as "backup").
            let compounds = Compounds.joining(typed, mayJoin: { frequency.contains($0, joinedWith: $1) }) {
                frequency[$0] != nil && !language.isStopWord($0)
            }
            typed = compounds.words
            made = compounds.corrections
        }
        // The facts of each word as typed, while it stays as typed (looked up once, not again below).
        var typedFacts: [WordFacts?] = []
        if let speller {
            typedFacts.reserveCapacity(typed.count)
            for index in typed.indices {
                let word = typed[index]
                let about = facts(of: word)
                typedFacts.append(about)
                guard !about.isKnownWord, !about.isStopword else { continue }
                if about.kind == .unknown, let better = abbreviation(of: word) ?? correction(for: word, speller) {
                    made.append(.init(typed: word, read: better))
                    typed[index] = better
                    typedFacts[index] = nil
                } else if mendingRealWords, about.isOrdinary, let better = realWordSlip(of: word) {
                    made.append(.init(typed: word, read: better, ofRealWord: true))
                    typed[index] = better
                    typedFacts[index] = nil
                }
            }
        }
        if speller != nil {
            let mended = synonyms.mendingPhrases(typed)
            for index in typed.indices where mended[index] != typed[index] {
                made.append(.init(typed: typed[index], read: mended[index]))
                typedFacts[index] = nil
            }
            typed = mended
        }
        let words = synonyms.apply(typed).map { word, source in
            let known = source < typedFacts.count && word == typed[source] ? typedFacts[source] : nil
            let about = known ?? facts(of: word)
            return Analysis.Word(
                text: word, stem: about.stem, isStopword: about.isStopword, isKnown: about.isKnown,
                isAmbiguous: !ambiguous.isEmpty && ambiguous.contains(typed[source]), isOrdinary: about.isOrdinary,
                isName: about.isName)
        }
        return Analysis(words: words, corrections: made)
    }

    /// The word that names something a real English word the knowledge does not use is one slip from
    /// ("sills" → "skills"), if any: what a second reading would mend it to. Kept, up to 10,000 words.
    func realWordSlip(of word: String) -> String? {
        guard let speller else { return nil }
        if let cached = realWordSlips.withLock({ $0[word] }) { return cached }
        let result = speller.value.correct(word)
        realWordSlips.withLock { cache in
            if cache.count < 10_000 { cache[word] = .some(result) }
        }
        return result
    }

    /// `word`'s facts, from the cache or worked out (and kept, up to 10,000 words).
    private func facts(of word: String) -> WordFacts {
        if let known = facts.withLock({ $0[word] }) { return known }
        let stem = stemmer.stem(word)
        let isStopword = language.isStopWord(word)
        let isKnownWord = frequency[word] != nil
        let isKnown = speller == nil || isStopword || knownStems.contains(stem) || word.first!.isNumber
        let kind = (!isKnownWord && !isStopword) || !isKnown ? englishKind(of: word) : .unknown
        let made = WordFacts(
            stem: stem, isStopword: isStopword, isKnownWord: isKnownWord, isKnown: isKnown, kind: kind)
        facts.withLock { cache in
            if cache.count < 10_000 { cache[word] = made }
        }
        return made
    }

    /// "what's" is tokenized "what", "s": read the "s" as "is" after a question word or pronoun, so cues
    /// like "what is" match either spelling. Other clitics ("ve", "re", "ll") are stop words anyway.
    static func expandingContractions(_ words: [String]) -> [String] {
        guard words.contains("s") else { return words }
        let hosts = Language.english.contractionHosts
        var result = words
        for index in result.indices.dropFirst() where result[index] == "s" && hosts.contains(result[index - 1]) {
            result[index] = "is"
        }
        return result
    }

    /// Whether `typed` is `word` with one of its letters typed twice.
    static func doublesALetter(_ typed: String, of word: String) -> Bool {
        let letters = Array(typed)
        guard letters.count == word.count + 1 else { return false }
        return letters.indices.dropFirst().contains { index in
            letters[index] == letters[index - 1] && String(letters[..<index] + letters[(index + 1)...]) == word
        }
    }

    private func englishKind(of word: String) -> EnglishWords.Kind {
        consultsDictionary ? EnglishWords.system.kind(of: word) : .unknown
    }

    /// The knowledge's word that `word` abbreviates ("fb" → "facebook"), if any (`Abbreviations`).
    private func abbreviation(of word: String) -> String? {
        guard word.count == 2, consultsDictionary else { return nil }
        return abbreviations.withLock { table in
            if table == nil {
                let english = EnglishWords.system
                // The lexicon's words are the author's own readings, not words of the knowledge's text.
                let own = frequency.filter { !synonyms.words.contains($0.key) }
                table = Abbreviations(frequency: own, isEnglish: { english.kind(of: $0) == .word })
            }
            return table?.expansion(of: word)
        }
    }

    private func correction(for word: String, _ speller: Lazy<SpellingCorrector>) -> String? {
        if let cached = corrections.withLock({ $0[word] }) { return cached }
        // A word whose stem we know keeps its meaning: corrected only to a word of the same stem
        // ("enginer" → "engineer"), never to another one.
        let stem = stemmer.stem(word)
        var result = speller.value.correct(word)
        // Not English at all (judged only with the system's word list): any word of the knowledge will do.
        // Only slips that keep every letter typed (a swap, a missing or a changed letter) or that double
        // one ("leearn"): a letter of its own makes a word of its own ("backend" is no "backed").
        if result == nil, EnglishWords.system.isAvailable, let nearest = nonWordSpeller?.value.correct(word),
            nearest.count >= word.count || Self.doublesALetter(word, of: nearest)
        {
            result = nearest
        }
        // Else an English word one slip away that the knowledge uses ("expalined" → "explained", a form of
        // the cue "explain"): the one whose stem the knowledge knows, or, among several, the one it uses most.
        if result == nil {
            let ours = EnglishWords.system.slips(of: word).filter { knownStems.contains(stemmer.stem($0)) }
            let counts = ours.map { frequency[$0] ?? 0 }
            if ours.count == 1 {
                result = ours[0]
            } else if let most = counts.max(), most > 0, counts.filter({ $0 == most }).count == 1 {
                result = ours[counts.firstIndex(of: most)!]
            }
        }
        if knownStems.contains(stem), let corrected = result, stemmer.stem(corrected) != stem { result = nil }
        corrections.withLock { cache in
            if cache.count < 10_000 { cache[word] = .some(result) }
        }
        return result
    }
}
