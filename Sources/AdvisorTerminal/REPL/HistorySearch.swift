/// Reverse incremental search through the history (Ctrl-R), as readline does it, without the terminal:
/// the query typed so far, the entry it found and what to show.
///
/// Matching ignores case. Each Ctrl-R goes to the next older entry holding the query (skipping entries
/// equal to the one shown); Ctrl-S goes back towards newer ones.
struct HistorySearch: Sendable, Hashable {
    /// The entries, oldest first.
    let entries: [String]
    /// What was typed after Ctrl-R.
    private(set) var query = ""
    /// The index of the entry shown, if any matched.
    private(set) var index: Int?
    /// Whether the last change of the query found nothing (the old match stays shown).
    private(set) var failed = false

    init(entries: [String]) {
        self.entries = entries
    }

    /// The entry found (nil before the first match).
    var match: String? { index.map { entries[$0] } }

    /// Where the query starts in the match, in characters (for the cursor).
    var matchOffset: Int {
        guard let match, !query.isEmpty, let range = match.lowercased().range(of: query.lowercased()) else { return 0 }
        return match.lowercased().distance(from: match.lowercased().startIndex, to: range.lowerBound)
    }

    /// The prompt shown while searching, as readline writes it.
    var prompt: String { (failed ? "(failed reverse-i-search)'" : "(reverse-i-search)'") + query + "': " }

    /// Adds to the query: the match stays if it still holds it, else an older one is looked for.
    mutating func type(_ text: String) {
        query += text
        find(from: index ?? entries.count - 1, step: -1, skippingShown: false)
    }

    /// Removes the query's last character and searches again from the newest entry.
    mutating func deleteBackward() {
        guard !query.isEmpty else { return }
        query.removeLast()
        index = nil
        failed = false
        guard !query.isEmpty else { return }
        find(from: entries.count - 1, step: -1, skippingShown: false)
    }

    /// Ctrl-R again: the next older entry holding the query.
    mutating func older() {
        guard !query.isEmpty else { return }
        find(from: (index ?? entries.count) - 1, step: -1, skippingShown: true)
    }

    /// Ctrl-S: the next newer entry holding the query.
    mutating func newer() {
        guard !query.isEmpty, let index else { return }
        find(from: index + 1, step: 1, skippingShown: true)
    }

    private mutating func find(from start: Int, step: Int, skippingShown: Bool) {
        let needle = query.lowercased()
        let shown = match
        var candidate = start
        while entries.indices.contains(candidate) {
            let entry = entries[candidate]
            if entry.lowercased().contains(needle), !(skippingShown && entry == shown) {
                index = candidate
                failed = false
                return
            }
            candidate += step
        }
        failed = true
    }
}
