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

    /// The sentences of `text`, split at ".", "?", "!", ";" and line breaks.
    init(_ text: String, language: Language = .english) {
        var sentences: [Sentence] = []
        var current = ""
        func close(asking: Bool) {
            if !current.trimmingWhitespace.isEmpty {
                let text = current.trimmingWhitespace
                sentences.append(.init(text: text, asks: asking || language.asks(Tokenizer.words(text))))
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

    /// Whether some sentences ask and others do not: only then is there background to tell apart.
    var hasBackground: Bool {
        all.count > 1 && all.contains(where: \.asks) && !all.allSatisfy(\.asks)
    }

    /// The sentences that ask, when the post also has background; otherwise none.
    var asking: [String] { hasBackground ? all.filter(\.asks).map(\.text) : [] }
}
