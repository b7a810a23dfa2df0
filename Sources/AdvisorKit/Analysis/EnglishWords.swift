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

    private let hashes: Set<UInt64>

    /// Whether a word list was found.
    public var isAvailable: Bool { !hashes.isEmpty }

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
        var hashes = Set<UInt64>(minimumCapacity: 120_000)
        var hash = Self.seed
        var empty = true
        for byte in data {
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
        self.hashes = hashes
    }

    /// What `word` (lower case) is.
    public func kind(of word: String) -> Kind {
        guard isAvailable else { return .unknown }
        if hashes.contains(Self.hash(word.utf8)) { return .word }
        guard let first = word.first else { return .unknown }
        return hashes.contains(Self.hash((first.uppercased() + word.dropFirst()).utf8)) ? .name : .unknown
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
