/// A set of words for the word lists every word of a question is checked against (question words,
/// negations, the profile reader's cues): a `Set<String>` behind a `WordFilter`, so that most words, in
/// none of the lists, are ruled out without a seeded hash. It answers as the set it holds.
public struct WordSet: Sendable, Sequence {
    /// The words, as a set.
    public let words: Set<String>
    private let filter: WordFilter

    public init(_ words: some Sequence<String>) {
        self.words = Set(words)
        filter = WordFilter(self.words)
    }

    /// Whether `word` is in the set.
    public func contains(_ word: String) -> Bool {
        filter.mayContain(word) && words.contains(word)
    }

    /// This set with `other`'s words too.
    public func union(_ other: some Sequence<String>) -> WordSet { WordSet(words.union(other)) }

    public func makeIterator() -> Set<String>.Iterator { words.makeIterator() }

    public var count: Int { words.count }
    public var isEmpty: Bool { words.isEmpty }
}

extension WordSet: ExpressibleByArrayLiteral {
    public init(arrayLiteral elements: String...) { self.init(elements) }
}

extension WordSet: Equatable {
    public static func == (left: WordSet, right: WordSet) -> Bool { left.words == right.words }
}
