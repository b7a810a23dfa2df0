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
                // "If the consensus is I should get experience, what jobs…": the condition is background.
                // (Not when the rest asks nothing of its own: "If someone wants to change careers, what can
                // they do?" asks about the condition.)
                if asks, let (condition, rest) = Self.leadingCondition(part),
                    language.asks(Tokenizer.words(rest)) || (asking && number == parts.count - 1),
                    Tokenizer.words(rest).filter({ !language.isStopWord($0) }).count >= 3
                {
                    sentences.append(.init(text: condition, asks: false))
                    sentences.append(.init(text: rest, asks: true))
                    continue
                }
                sentences.append(.init(text: part, asks: asks))
            }
            current = ""
        }
        for (piece, asking) in Self.printableASCIIPieces(text) ?? Self.characterPieces(text) {
            current = piece
            close(asking: asking)
        }
        all = sentences
    }

    /// The pieces of `text` between ".", "?", "!", ";" and line breaks, each with whether "?" ends it (the
    /// last piece: no).
    static func characterPieces(_ text: String) -> [(text: String, asking: Bool)] {
        var pieces: [(text: String, asking: Bool)] = []
        var current = ""
        for character in text {
            if ".?!;\n".contains(character) {
                pieces.append((current, character == "?"))
                current = ""
            } else {
                current.append(character)
            }
        }
        pieces.append((current, false))
        return pieces
    }

    /// `characterPieces(_:)` for text of printable ASCII alone (almost every post), split byte by byte
    /// (each byte is then a character; no line breaks). Nil for any other text.
    static func printableASCIIPieces(_ text: String) -> [(text: String, asking: Bool)]? {
        var text = text
        return text.withUTF8 { bytes -> [(text: String, asking: Bool)]? in
            guard bytes.allSatisfy({ ($0 >= 0x20 && $0 < 0x7F) || $0 == 0x09 }) else { return nil }
            var pieces: [(text: String, asking: Bool)] = []
            var start = 0
            for index in 0..<bytes.count {
                let byte = bytes[index]
                guard byte == 0x2E || byte == 0x3F || byte == 0x21 || byte == 0x3B else { continue }
                pieces.append(
                    (String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self), byte == 0x3F)
                )
                start = index + 1
            }
            pieces.append((String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self), false))
            return pieces
        }
    }

    /// A sentence opening with a condition or a reason ("If…, ", "Since…, ", "Given…, ") split at its first
    /// comma into that clause and the rest, when the rest says something.
    static func leadingCondition(_ text: String) -> (String, String)? {
        mayOpenWithCondition(text) ? splitAtLeadingCondition(text) : nil
    }

    /// `leadingCondition(_:)` without the first-letter check that spares most sentences the split.
    static func splitAtLeadingCondition(_ text: String) -> (String, String)? {
        let trimmed: String = text.trimmingWhitespace
        guard let first = trimmed.split(separator: " ", maxSplits: 1).first?.lowercased(),
            conditions.contains(first), let comma = trimmed.firstIndex(of: ",")
        else { return nil }
        let rest: String = String(trimmed[trimmed.index(after: comma)...]).trimmingWhitespace
        guard rest.split(separator: " ").count >= 3 else { return nil }
        return (String(trimmed[..<comma]), rest)
    }

    /// False when `text`'s first character after whitespace is an ASCII letter or sign that opens none of
    /// `conditions` (most sentences): its first word cannot be one. (Any other first byte may.)
    private static func mayOpenWithCondition(_ text: String) -> Bool {
        guard let first = text.utf8.first(where: { $0 != 0x20 && !(0x09...0x0D).contains($0) }), first < 0x80 else {
            return true
        }
        return conditionInitials.contains(first >= 0x41 && first <= 0x5A ? first + 32 : first)
    }

    /// The first letters of `conditions`.
    private static let conditionInitials: Set<UInt8> = Set(conditions.compactMap { $0.utf8.first })

    /// Words that open a condition or a reason before the main clause.
    private static let conditions: Set<String> = ["if", "since", "because", "given", "assuming", "although", "though"]

    /// `text` split before each capitalised question word or opener ("What", "Is") that follows a word
    /// ending in a lower-case letter: a sentence whose full stop was left out.
    static func unpunctuated(_ text: String, language: Language) -> [String] {
        printableASCIIUnpunctuated(text, language: language) ?? characterUnpunctuated(text, language: language)
    }

    /// `unpunctuated(_:language:)` for any text, by characters.
    static func characterUnpunctuated(_ text: String, language: Language) -> [String] {
        var parts: [[Substring]] = [[]]
        // (Only a word that starts with a capital is lowered and looked up.)
        for word in text.split(separator: " ") {
            if let first = word.first, Self.isUppercase(first),
                language.questionWords.contains(word.lowercased())
                    || language.questionOpeners.contains(word.lowercased()),
                let previous = parts[parts.count - 1].last?.last, Self.isLowercase(previous)
            {
                parts.append([])
            }
            parts[parts.count - 1].append(word)
        }
        return parts.map { $0.joined(separator: " ").trimmingWhitespace }.filter { !$0.isEmpty }
    }

    /// `unpunctuated(_:language:)` for text of printable ASCII alone, byte by byte: words are runs of
    /// bytes between spaces, a part is its words joined by one space without the tabs at its ends. Nil
    /// for any other text.
    static func printableASCIIUnpunctuated(_ text: String, language: Language) -> [String]? {
        var text = text
        return text.withUTF8 { bytes -> [String]? in
            guard bytes.allSatisfy({ ($0 >= 0x20 && $0 < 0x7F) || $0 == 0x09 }) else { return nil }
            var parts: [String] = []
            var part: [UInt8] = []
            func close() {
                // Trimmed of whitespace (tabs alone can remain at a part's ends: spaces separate words).
                let start = part.firstIndex { $0 != 0x09 && $0 != 0x20 }
                if let start, let end = part.lastIndex(where: { $0 != 0x09 && $0 != 0x20 }) {
                    parts.append(String(decoding: part[start...end], as: UTF8.self))
                }
                part.removeAll(keepingCapacity: true)
            }
            var index = 0
            while index < bytes.count {
                guard bytes[index] != 0x20 else {
                    index += 1
                    continue
                }
                var end = index
                while end < bytes.count, bytes[end] != 0x20 { end += 1 }
                let word = UnsafeBufferPointer(rebasing: bytes[index..<end])
                if word[0] >= 0x41, word[0] <= 0x5A, let previous = part.last, previous >= 0x61, previous <= 0x7A {
                    let lowered = String(decoding: word.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 32 : $0 }, as: UTF8.self)
                    if language.questionWords.contains(lowered) || language.questionOpeners.contains(lowered) {
                        close()
                    }
                }
                if !part.isEmpty { part.append(0x20) }
                part.append(contentsOf: word)
                index = end
            }
            close()
            return parts
        }
    }

    /// `Character.isUppercase`, with ASCII letters judged by their byte.
    private static func isUppercase(_ character: Character) -> Bool {
        if let byte = character.asciiValue, character.utf8.count == 1 { return byte >= 0x41 && byte <= 0x5A }
        return character.isUppercase
    }

    /// `Character.isLowercase`, with ASCII letters judged by their byte.
    private static func isLowercase(_ character: Character) -> Bool {
        if let byte = character.asciiValue, character.utf8.count == 1 { return byte >= 0x61 && byte <= 0x7A }
        return character.isLowercase
    }

    /// Whether `text` may hold more than one sentence: a break before its last character, or a capital
    /// letter after its first (a cheap test that spares one-line questions the split).
    static func mayHaveSeveral(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            let isBreak = { (byte: UInt8) in byte == 0x2E || byte == 0x3F || byte == 0x21 || byte == 0x3B }
            guard let last = bytes.lastIndex(where: { $0 > 0x20 && !isBreak($0) }) else { return false }
            var first = true
            for byte in bytes[..<last] {
                if isBreak(byte) || byte == 0x0A { return true }
                if !first, byte >= 0x41, byte <= 0x5A { return true }
                if byte > 0x20 { first = false }
            }
            return false
        }
    }

    /// Whether some sentences ask and others do not: only then is there background to tell apart.
    var hasBackground: Bool {
        all.count > 1 && all.contains(where: \.asks) && !all.allSatisfy(\.asks)
    }

    /// The sentences that ask, when the post also has background; otherwise none.
    var asking: [String] { hasBackground ? all.filter(\.asks).map(\.text) : [] }
}
