/// A question (or a knowledge text) after analysis: its words, normalized, with their stems.
public struct Analysis: Sendable, Hashable {
    /// One word of the text after spelling correction and synonyms.
    public struct Word: Sendable, Hashable {
        /// The word as the rest of the engine sees it: lower case, corrected, canonical.
        public var text: String
        /// Its Snowball stem: the unit of matching.
        public var stem: String
        /// A function word or filler: kept for the rules, not indexed.
        public var isStopword: Bool
        /// Whether the knowledge uses this word (or it is a stop word or a number).
        public var isKnown: Bool
        /// Typed as a word the lexicon calls ambiguous ("cv"): ours only next to another term of ours.
        public var isAmbiguous: Bool = false
        /// Unknown to the knowledge but an ordinary English word ("side", "bump"), not a name or a typo:
        /// weaker evidence that the question is about something else.
        public var isOrdinary: Bool = false
        /// Unknown to the knowledge and written capitalised in English ("London", "Google"): a name.
        public var isName: Bool = false
        /// Said in a sentence of a longer post that does not ask ("I applied to PhD programs last year."):
        /// background, weaker evidence of what is asked than the asking sentence's words.
        public var isBackground: Bool = false
        /// Said in a sentence that asks after an earlier one did ("Is a PhD required? Or can I…?"): the
        /// first question of a post is usually its headline.
        public var isLaterQuestion: Bool = false
    }

    public var words: [Word]
    /// Spelling corrections made: (as typed, as read).
    public var corrections: [Correction]

    public struct Correction: Sendable, Hashable {
        public var typed: String
        public var read: String
        /// What was typed is a real English word, read as another only because the question made no sense
        /// as typed ("nlp sills" → "skills"): the user is told.
        public var ofRealWord = false

        public init(typed: String, read: String, ofRealWord: Bool = false) {
            self.typed = typed
            self.read = read
            self.ofRealWord = ofRealWord
        }
    }

    /// Stems of the words that carry meaning, in order.
    public var terms: [String] { words.filter { !$0.isStopword }.map(\.stem) }

    /// Content words the knowledge never uses.
    public var unknownWords: [String] { words.filter { !$0.isKnown && !$0.isStopword }.map(\.text) }

    /// All stems, stop words included, for phrase matching.
    public var stems: [String] { words.map(\.stem) }
}
