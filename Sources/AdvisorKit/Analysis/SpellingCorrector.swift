/// Corrects typos against the knowledge's vocabulary ("pytorh" → "pytorch", "sallary" → "salary").
///
/// A word is corrected only when it is unknown, at least 4 letters long, and one edit (two for words of
/// 8 letters or more) away from a known word — for words under 7 letters, one that starts with the same
/// letter. Ties go to the more frequent word, then the alphabetically first. An edit is an insertion,
/// deletion, substitution or swap of neighbours (Damerau–Levenshtein). Short words are left alone:
/// "rain" is not a typo of "train".
struct SpellingCorrector {
    private var frequency: [String: Int]
    /// Known words by length, as scalar arrays, for the candidates of a given length.
    private var byLength: [Int: [(word: String, scalars: [Unicode.Scalar])]] = [:]

    init(frequency: [String: Int]) {
        self.frequency = frequency
        for word in frequency.keys.sorted() {
            let scalars = Array(word.unicodeScalars)
            guard scalars.count >= 4, scalars.allSatisfy(\.properties.isAlphabetic) else { continue }
            byLength[scalars.count, default: []].append((word, scalars))
        }
    }

    static func allowedEdits(forLength length: Int) -> Int {
        length < 4 ? 0 : length < 8 ? 1 : 2
    }

    /// The known word `word` was most likely meant to be, or nil.
    func correct(_ word: String) -> String? {
        let scalars = Array(word.unicodeScalars)
        let limit = Self.allowedEdits(forLength: scalars.count)
        guard limit > 0, scalars.allSatisfy(\.properties.isAlphabetic) else { return nil }
        var best: (word: String, distance: Int, frequency: Int)?
        for length in (scalars.count - limit)...(scalars.count + limit) {
            for candidate in byLength[length] ?? [] where scalars.count >= 7 || candidate.scalars[0] == scalars[0] {
                guard
                    let distance = Self.distance(
                        scalars, candidate.scalars, limit: best.map { min($0.distance, limit) } ?? limit)
                else { continue }
                let count = frequency[candidate.word] ?? 0
                if let current = best,
                    (distance, -count, candidate.word) >= (current.distance, -current.frequency, current.word)
                {
                    continue
                }
                best = (candidate.word, distance, count)
            }
        }
        return best?.word
    }

    /// Optimal-string-alignment distance, or nil when it exceeds `limit`.
    static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int? {
        if abs(a.count - b.count) > limit { return nil }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        let width = b.count + 1
        var previous2 = [Int](repeating: 0, count: width)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: width)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, previous2[j - 2] + 1)
                }
                current[j] = value
                rowMinimum = min(rowMinimum, value)
            }
            if rowMinimum > limit { return nil }
            (previous2, previous, current) = (previous, current, previous2)
        }
        let result = previous[b.count]
        return result <= limit ? result : nil
    }
}
