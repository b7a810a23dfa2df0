/// A table of values by word, for the tables every word of a question is looked up in (chat shorthand,
/// the first words of idioms and synonym phrases), where most words are in none of them.
///
/// A Bloom filter over the keys' lengths and first, second and last bytes answers first: a word it rules out
/// (most words) is never hashed with the per-process seeded hash a dictionary lookup costs; any other word
/// is looked up as in a dictionary. The values are the dictionary's, whatever the filter says.
public struct WordTable<Value: Sendable>: Sendable {
    /// The table as a dictionary.
    public let values: [String: Value]
    /// Rules out most words that are not keys, from their bytes alone.
    private let filter: WordFilter

    public init(_ values: [String: Value]) {
        self.values = values
        filter = WordFilter(values.keys)
    }

    /// The value for `word`, if it is a key.
    public subscript(word: String) -> Value? {
        filter.mayContain(word) ? values[word] : nil
    }
}

extension WordTable: ExpressibleByDictionaryLiteral {
    public init(dictionaryLiteral elements: (String, Value)...) {
        self.init(Dictionary(uniqueKeysWithValues: elements))
    }
}

extension WordTable: Equatable where Value: Equatable {
    public static func == (left: WordTable, right: WordTable) -> Bool { left.values == right.values }
}
