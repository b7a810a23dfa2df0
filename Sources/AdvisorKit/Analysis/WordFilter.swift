/// A Bloom filter over words, for the tables and sets every word of a question is looked up in, where
/// most words are in none of them: it rules most of those words out from their bytes alone, without the
/// per-process seeded hash a `Set` or `Dictionary` lookup costs.
///
/// Each word sets two of 4,096 bits, picked by its length and its first, second and last bytes. A word it
/// rules out is surely not one of them; any other word may be.
struct WordFilter: Sendable {
    /// 4,096 bits, two of them set for each word.
    private var bits = [UInt64](repeating: 0, count: 64)

    init(_ words: some Sequence<String>) {
        for word in words {
            let (first, second) = Self.slots(word)
            bits[first >> 6] |= 1 << UInt64(first & 63)
            bits[second >> 6] |= 1 << UInt64(second & 63)
        }
    }

    /// Whether `word` may be one of the filter's words (false: it surely is not).
    @inline(__always)
    func mayContain(_ word: String) -> Bool {
        let (first, second) = Self.slots(word)
        return bits[first >> 6] & (1 << UInt64(first & 63)) != 0 && bits[second >> 6] & (1 << UInt64(second & 63)) != 0
    }

    /// The two bits of the filter for `word` (positions below 4,096), from its bytes alone.
    @inline(__always)
    private static func slots(_ word: String) -> (Int, Int) {
        let mixed = word.utf8.withContiguousStorageIfAvailable(mixed) ?? Array(word.utf8).withUnsafeBufferPointer(mixed)
        return (Int(truncatingIfNeeded: mixed >> 52), Int(truncatingIfNeeded: (mixed >> 40) & 0xFFF))
    }

    /// The length and the first, second and last bytes of a word, mixed.
    @inline(__always)
    private static func mixed(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        guard let first = bytes.first, let last = bytes.last else { return 0 }
        let second = bytes.count > 1 ? bytes[1] : 0
        let packed =
            UInt64(truncatingIfNeeded: bytes.count) << 24 | UInt64(first) << 16 | UInt64(second) << 8 | UInt64(last)
        return packed &* 0x9E37_79B9_7F4A_7C15
    }
}
