import CStemmer
import Synchronization

/// Snowball's English stemmer (Debian's libstemmer), with a cache so each word is stemmed once.
///
/// The C stemmer is not thread-safe (it owns the buffer it returns): every use goes through a lock, so
/// one `Stemmer` can serve several threads.
final class Stemmer: Sendable {
    private struct State: ~Copyable {
        let stemmer: OpaquePointer?
        var cache: [String: String] = [:]
    }
    private let state: Mutex<State>
    /// Words longer than this are returned as they are (no English word needs more).
    private static let longestWord = 64
    private static let cacheLimit = 50_000

    init() {
        state = Mutex(State(stemmer: sb_stemmer_new("english", "UTF_8")))
    }

    deinit {
        state.withLock { state in
            if let stemmer = state.stemmer { sb_stemmer_delete(stemmer) }
        }
    }

    /// The stem of a lower-case word ("engineers" → "engin").
    func stem(_ word: String) -> String {
        state.withLock { state in
            if let cached = state.cache[word] { return cached }
            guard let stemmer = state.stemmer, word.utf8.count <= Self.longestWord else { return word }
            var bytes = Array(word.utf8)
            let stemmed: String = bytes.withUnsafeMutableBufferPointer { buffer in
                guard let result = sb_stemmer_stem(stemmer, buffer.baseAddress, Int32(buffer.count)) else {
                    return word
                }
                let length = Int(sb_stemmer_length(stemmer))
                return String(decoding: UnsafeBufferPointer(start: result, count: length), as: UTF8.self)
            }
            if state.cache.count < Self.cacheLimit { state.cache[word] = stemmed }
            return stemmed
        }
    }
}
