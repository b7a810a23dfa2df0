/// Words with counts (or a set of words, counted 0), fixed once made: the words' bytes one after another in
/// one array, found through an open-addressing table by an unseeded hash of their bytes (FNV-1a).
///
/// Restoring the compiled knowledge makes one of these for the vocabulary and its stems instead of a
/// dictionary and a set: no seeded hash of every `String` at start, and a lookup hashes the asked word's
/// bytes without `Hasher`. Made from words in sorted order, the same words always give the same value
/// (compiled and restored vocabularies compare equal).
struct FrozenWords: Sendable, Hashable {
    /// Every word's UTF-8 bytes, in sorted order, one after another.
    private var bytes: [UInt8] = []
    /// Where each word ends in `bytes` (it starts where the one before ends).
    private var ends: [Int32] = []
    private var counts: [Int] = []
    /// Word number + 1 in the slot its hash leads to (or the next free one); 0 for a free slot. A power of
    /// two, at most half full.
    private var slots: [Int32] = [0]

    /// `counts`' words with their counts.
    init(_ counts: [String: Int]) {
        self.init(sorted: counts.sorted { $0.key < $1.key })
    }

    /// `words`, each counted 0.
    init(_ words: Set<String>) {
        self.init(sorted: words.sorted().map { ($0, 0) })
    }

    /// Distinct `words` in the order given (a word's `position` is its place there), each counted 0.
    init(ordered words: [String]) {
        self.init(sorted: words.map { ($0, 0) })
    }

    /// Words in strictly increasing order (or distinct words in the order wanted), with their counts.
    init(sorted entries: [(key: String, value: Int)]) {
        var capacity = 1
        while capacity < entries.count * 2 { capacity *= 2 }
        slots = Array(repeating: 0, count: capacity)
        ends.reserveCapacity(entries.count)
        counts.reserveCapacity(entries.count)
        for (number, (word, count)) in entries.enumerated() {
            var word = word
            let hash = word.withUTF8 { utf8 in
                bytes.append(contentsOf: utf8)
                return Self.hash(utf8)
            }
            ends.append(Int32(bytes.count))
            counts.append(count)
            var slot = Int(truncatingIfNeeded: hash) & (capacity - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = Int32(number + 1)
        }
    }

    /// The words found in `source` at `ranges` (their UTF-8 bytes), in that order, with their counts (0
    /// without); a word given twice is found once.
    init(_ ranges: [Range<Int>], in source: [UInt8], counts: [Int]? = nil) {
        var capacity = 1
        while capacity < ranges.count * 2 { capacity *= 2 }
        var slots = [Int32](repeating: 0, count: capacity)
        var ends: [Int32] = []
        ends.reserveCapacity(ranges.count)
        let total = ranges.reduce(0) { $0 + $1.count }
        bytes = source.withUnsafeBufferPointer { source in
            [UInt8](unsafeUninitializedCapacity: total) { copied, initialized in
                for (number, range) in ranges.enumerated() {
                    let word = UnsafeBufferPointer(rebasing: source[range])
                    _ = UnsafeMutableBufferPointer(rebasing: copied[initialized...]).initialize(from: word)
                    initialized += word.count
                    ends.append(Int32(initialized))
                    var slot = Int(truncatingIfNeeded: Self.hash(word)) & (capacity - 1)
                    while slots[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
                    slots[slot] = Int32(number + 1)
                }
            }
        }
        self.ends = ends
        self.slots = slots
        self.counts = counts ?? Array(repeating: 0, count: ranges.count)
    }

    /// The number of words.
    var count: Int { ends.count }

    /// The words, in sorted order.
    var words: [String] { ends.indices.map(word) }

    /// The words with their counts, in sorted order.
    var entries: [(key: String, value: Int)] { ends.indices.map { (word($0), counts[$0]) } }

    /// `word`'s count, or nil if it is not one of the words.
    subscript(word: String) -> Int? {
        number(of: word).map { counts[$0] }
    }

    func contains(_ word: String) -> Bool { number(of: word) != nil }

    /// Where `word` is among the words (in the order they were given), if it is one.
    func position(of word: String) -> Int? { number(of: word) }

    /// The words and counts that pass `isIncluded`, as a dictionary (for the speller and abbreviations,
    /// made on first need).
    func filter(_ isIncluded: ((key: String, value: Int)) -> Bool) -> [String: Int] {
        var kept: [String: Int] = [:]
        for number in ends.indices {
            let entry = (key: word(number), value: counts[number])
            if isIncluded(entry) { kept[entry.key] = entry.value }
        }
        return kept
    }

    private func word(_ number: Int) -> String {
        let start = number == 0 ? 0 : Int(ends[number - 1])
        return String(decoding: bytes[start..<Int(ends[number])], as: UTF8.self)
    }

    /// The number of `word` among the words, if it is one.
    private func number(of word: String) -> Int? {
        var word = word
        return word.withUTF8 { typed in
            probe(Self.hash(typed)) { $0.elementsEqual(typed) }
        }
    }

    /// Whether `first` and `second` written together are one of the words, without joining them (FNV-1a
    /// reads the bytes of one after the other's).
    func contains(_ first: String, joinedWith second: String) -> Bool {
        var first = first
        var second = second
        return first.withUTF8 { head in
            second.withUTF8 { tail in
                probe(Self.hash(tail, from: Self.hash(head))) { word in
                    word.count == head.count + tail.count && word.prefix(head.count).elementsEqual(head)
                        && word.dropFirst(head.count).elementsEqual(tail)
                }
            } != nil
        }
    }

    /// The number of the word in the slot chain of `hash` whose bytes `matches`, if any (open addressing,
    /// linear probing).
    private func probe(_ hash: UInt64, matches: (UnsafeBufferPointer<UInt8>) -> Bool) -> Int? {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        return bytes.withUnsafeBufferPointer { bytes in
            while true {
                let entry = Int(slots[slot])
                if entry == 0 { return nil }
                let end = Int(ends[entry - 1])
                let start = entry == 1 ? 0 : Int(ends[entry - 2])
                if matches(UnsafeBufferPointer(rebasing: bytes[start..<end])) { return entry - 1 }
                slot = (slot + 1) & mask
            }
        }
    }

    /// FNV-1a over `bytes`, from `hash` (its offset basis unless it goes on from bytes before): unseeded,
    /// so a word lands in the same slot in every process.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>, from hash: UInt64 = 0xCBF2_9CE4_8422_2325) -> UInt64 {
        var hash = hash
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        return hash
    }
}

extension FrozenWords: ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral {
    init(arrayLiteral words: String...) {
        self.init(Set(words))
    }

    init(dictionaryLiteral entries: (String, Int)...) {
        self.init(Dictionary(entries, uniquingKeysWith: { first, _ in first }))
    }
}
