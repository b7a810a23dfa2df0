import Foundation

/// Ordinary English words, from the system's word list (Debian's `wamerican`, `/usr/share/dict/words`).
///
/// It tells a real word ("side", "bump") from a typo ("waht") and from a name ("India", "Germany"): a typo
/// is corrected, a real word never is, and a real word the knowledge does not use is weaker evidence that
/// a question is about something else than a name or a word nobody knows. Without a word list every
/// unknown word is `.unknown`, as before there was one. Loaded once, on first use; words are kept as
/// 64-bit hashes of their spelling.
public struct EnglishWords: Sendable {
    public enum Kind: Sendable {
        /// A word of the list in lower case: an ordinary word.
        case word
        /// In the list only capitalised: a place, a people, a brand.
        case name
        /// Not in the list: a typo, slang, or a name the list does not know.
        case unknown
    }

    private let hashes: HashTable

    /// Whether a word list was found.
    public var isAvailable: Bool { hashes.count > 0 }

    /// The list at the first of `paths` that can be read (`$CAREER_ADVISOR_WORDS` first, when set).
    public static let system = EnglishWords(
        paths: [ProcessInfo.processInfo.environment["CAREER_ADVISOR_WORDS"]].compactMap { $0 }
            + ["/usr/share/dict/words", "/usr/share/dict/american-english"])

    init(paths: [String]) {
        for path in paths {
            if let data = FileManager.default.contents(atPath: path), !data.isEmpty {
                self.init(listing: data)
                return
            }
        }
        self.init(listing: Data())
    }

    /// A list of one word a line.
    public init(listing data: Data) {
        // About one word every 9 or 10 bytes (wamerican: 1 MB, 105,000 words): 2 MB of slots, at most half
        // full (the table grows if a list is denser).
        var hashes = HashTable(minimumCapacity: data.count / 10)
        data.withUnsafeBytes { bytes in
            var hash = Self.seed
            var empty = true
            for byte in bytes {
                if byte == UInt8(ascii: "\n") {
                    if !empty { hashes.insert(hash) }
                    hash = Self.seed
                    empty = true
                } else if byte != UInt8(ascii: "\r") {
                    hash = (hash ^ UInt64(byte)) &* Self.prime
                    empty = false
                }
            }
            if !empty { hashes.insert(hash) }
        }
        self.hashes = hashes
    }

    /// What `word` (lower case) is.
    public func kind(of word: String) -> Kind {
        guard isAvailable else { return .unknown }
        if hashes.contains(Self.hash(word.utf8)) { return .word }
        guard let first = word.first else { return .unknown }
        return hashes.contains(Self.hash((first.uppercased() + word.dropFirst()).utf8)) ? .name : .unknown
    }

    /// The lower-case words of the list one slip away from `typed` that keep every letter it has: a
    /// letter changed, two neighbours swapped, a letter missing, or one typed twice ("expalined" →
    /// "explained", "usimg" → "using"), in that order of kinds and then alphabetically. A letter of its own
    /// is not a slip to undo ("backend" is not "backed"). ASCII letters only.
    public func slips(of typed: String) -> [String] {
        let letters = Array(typed.utf8)
        guard isAvailable, letters.count >= 4, letters.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return [] }
        var found: [[UInt8]] = []
        func consider(_ candidate: [UInt8]) {
            if candidate != letters, !found.contains(candidate), hashes.contains(Self.hash(candidate)) {
                found.append(candidate)
            }
        }
        let alphabet = Array(UInt8(ascii: "a")...UInt8(ascii: "z"))
        for index in letters.indices {
            for letter in alphabet where letter != letters[index] {
                var changed = letters
                changed[index] = letter
                consider(changed)
            }
        }
        for index in letters.indices.dropLast() where letters[index] != letters[index + 1] {
            var swapped = letters
            swapped.swapAt(index, index + 1)
            consider(swapped)
        }
        for index in 0...letters.count {
            for letter in alphabet {
                var longer = letters
                longer.insert(letter, at: index)
                consider(longer)
            }
        }
        for index in letters.indices.dropFirst() where letters[index] == letters[index - 1] {
            var single = letters
            single.remove(at: index)
            consider(single)
        }
        return found.map { String(decoding: $0, as: UTF8.self) }
    }

    private static let seed: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let prime: UInt64 = 0x100_0000_01b3

    /// FNV-1a over the bytes of a spelling.
    private static func hash(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var hash = seed
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* prime }
        return hash
    }
}

extension EnglishWords {
    /// A set of 64-bit hashes in one flat array (open addressing, linear probing): the hashes are already
    /// well mixed, so, unlike `Set<UInt64>`, it hashes nothing again — loading 100,000 words costs a few
    /// million instructions instead of tens of millions.
    struct HashTable: Sendable {
        private var slots: [UInt64]
        /// 64 minus the number of bits of a slot's position.
        private var shift: UInt64 = 60
        /// Whether 0 is in the set (0 marks an empty slot).
        private var hasZero = false
        private(set) var count = 0

        init(minimumCapacity: Int) {
            var capacity = 16
            while capacity < minimumCapacity * 2 {
                capacity <<= 1
                shift -= 1
            }
            slots = [UInt64](repeating: 0, count: capacity)
        }

        mutating func insert(_ hash: UInt64) {
            if hash == 0 {
                if !hasZero { count += 1 }
                hasZero = true
                return
            }
            if (count + 1) * 2 > slots.count { grow() }
            let mask = slots.count - 1
            var index = slot(of: hash)
            while slots[index] != 0 {
                if slots[index] == hash { return }
                index = (index + 1) & mask
            }
            slots[index] = hash
            count += 1
        }

        func contains(_ hash: UInt64) -> Bool {
            if hash == 0 { return hasZero }
            let mask = slots.count - 1
            var index = slot(of: hash)
            while slots[index] != 0 {
                if slots[index] == hash { return true }
                index = (index + 1) & mask
            }
            return false
        }

        /// Where `hash` goes first: its bits mixed by Fibonacci hashing, the top ones taken.
        private func slot(of hash: UInt64) -> Int {
            Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> shift)
        }

        private mutating func grow() {
            let old = slots
            slots = [UInt64](repeating: 0, count: old.count * 2)
            shift -= 1
            count = hasZero ? 1 : 0
            for hash in old where hash != 0 { insert(hash) }
        }
    }
}
