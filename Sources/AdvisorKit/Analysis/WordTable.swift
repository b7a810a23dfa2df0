/// A table of values by word, for the tables every word of a question is looked up in (chat shorthand,
/// the first words of idioms and synonym phrases), where most words are in none of them.
///
/// A Bloom filter over the keys' lengths and first, second and last bytes answers first: a word it rules out
/// (most words) is never hashed with the per-process seeded hash a dictionary lookup costs; any other word
/// is looked up as in a dictionary. The values are the dictionary's, whatever the filter says.
public struct WordTable<Value: Sendable>: Sendable {
    /// The table as a dictionary.
    public let values: [String: Value]
    /// 4,096 bits, two of them set for each key.
    private let filter: [UInt64]

    public init(_ values: [String: Value]) {
        self.values = values
        var filter = [UInt64](repeating: 0, count: 64)
        for key in values.keys {
            let (first, second) = Self.slots(key)
            filter[first >> 6] |= 1 << UInt64(first & 63)
            filter[second >> 6] |= 1 << UInt64(second & 63)
        }
        self.filter = filter
    }

    /// The value for `word`, if it is a key.
    public subscript(word: String) -> Value? {
        let (first, second) = Self.slots(word)
        guard filter[first >> 6] & (1 << UInt64(first & 63)) != 0,
            filter[second >> 6] & (1 << UInt64(second & 63)) != 0
        else { return nil }
        return values[word]
    }

    /// The two bits of the filter for `word` (positions below 4,096), from its bytes alone.
    private static func slots(_ word: String) -> (Int, Int) {
        let mixed = word.utf8.withContiguousStorageIfAvailable(mixed) ?? Array(word.utf8).withUnsafeBufferPointer(mixed)
        return (Int(truncatingIfNeeded: mixed >> 52), Int(truncatingIfNeeded: (mixed >> 40) & 0xFFF))
    }

    /// The length and the first, second and last bytes of a word, mixed.
    private static func mixed(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        guard let first = bytes.first, let last = bytes.last else { return 0 }
        let second = bytes.count > 1 ? bytes[1] : 0
        let packed =
            UInt64(truncatingIfNeeded: bytes.count) << 24 | UInt64(first) << 16 | UInt64(second) << 8 | UInt64(last)
        return packed &* 0x9E37_79B9_7F4A_7C15
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
