/// A post split into sentences, each marked by whether it asks.
///
/// People wrap a question in background ("I'm a frontend dev, pretty comfortable with JS. How do I become an
/// AI engineer?"): the sentences that ask say what is asked, the others who is asking.
struct Sentences: Sendable, Hashable {
    struct Sentence: Sendable, Hashable {
        var text: String
        /// Ends in "?", opens with a question word, puts one before a modal or a pronoun ("how I can gain
        /// experience") or asks for advice ("any tips") (`Language.asks`).
        var asks: Bool
    }

    var all: [Sentence]

    /// The sentences of `text`, split at ".", "?", "!", ";" and line breaks, and before a capitalised
    /// question word that follows a lower-case word, where a full stop was left out ("…understanding the
    /// industry Is a master's degree still required?").
    init(_ text: String, language: Language = .english) {
        var sentences: [Sentence] = []
        var current = ""
        func close(asking: Bool) {
            let parts = Self.unpunctuated(current, language: language)
            for (number, part) in parts.enumerated() {
                let asks = (asking && number == parts.count - 1) || language.asks(Tokenizer.words(part))
                sentences.append(.init(text: part, asks: asks))
            }
            current = ""
        }
        for character in text {
            if ".?!;\n".contains(character) {
                close(asking: character == "?")
            } else {
                current.append(character)
            }
        }
        close(asking: false)
        all = sentences
    }

    /// `text` split before each capitalised question word or opener ("What", "Is") that follows a word
    /// ending in a lower-case letter: a sentence whose full stop was left out.
    private static func unpunctuated(_ text: String, language: Language) -> [String] {
        var parts: [[Substring]] = [[]]
        for word in text.split(separator: " ") {
            let folded = word.lowercased()
            if let first = word.first, first.isUppercase,
                language.questionWords.contains(folded) || language.questionOpeners.contains(folded),
                let previous = parts[parts.count - 1].last?.last, previous.isLowercase
            {
                parts.append([])
            }
            parts[parts.count - 1].append(word)
        }
        return parts.map { $0.joined(separator: " ").trimmingWhitespace }.filter { !$0.isEmpty }
    }

    /// Whether `text` may hold more than one sentence: a break before its last character, or a capital
    /// letter after its first (a cheap test that spares one-line questions the split).
    static func mayHaveSeveral(_ text: String) -> Bool {
        let bytes = text.utf8
        guard let last = bytes.lastIndex(where: { $0 > 0x20 && !".?!;".utf8.contains($0) }) else { return false }
        var first = true
        for (index, byte) in zip(bytes.indices, bytes) where index < last {
            if byte == 0x2E || byte == 0x3F || byte == 0x21 || byte == 0x3B || byte == 0x0A { return true }
            if !first, byte >= 0x41, byte <= 0x5A { return true }
            if byte > 0x20 { first = false }
        }
        return false
    }

    /// Whether some sentences ask and others do not: only then is there background to tell apart.
    var hasBackground: Bool {
        all.count > 1 && all.contains(where: \.asks) && !all.allSatisfy(\.asks)
    }

    /// The sentences that ask, when the post also has background; otherwise none.
    var asking: [String] { hasBackground ? all.filter(\.asks).map(\.text) : [] }
}
