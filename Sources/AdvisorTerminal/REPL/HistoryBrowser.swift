/// The up and down arrows through the history: with nothing typed, every entry in turn; with a start
/// typed, only the entries beginning with it (as IPython and fish do). Knows nothing of the terminal.
struct HistoryBrowser: Sendable, Hashable {
    /// What was typed when browsing began: the prefix entries must start with, and the line to come back to.
    private(set) var typed: String
    /// The entry shown (`entries.count` is the line being typed).
    private(set) var index: Int
    /// The line as it was last shown by the browser (to tell whether the user changed it since).
    private(set) var shown: String

    /// Starts browsing `entries` from the line `typed`.
    init(typed: String, entries: [String]) {
        self.typed = typed
        index = entries.count
        shown = typed
    }

    /// The line to show for Up: an older entry starting with the prefix (and not what is shown); nil when
    /// there is none.
    mutating func older(in entries: [String]) -> String? {
        var candidate = min(index, entries.count) - 1
        while candidate >= 0 {
            let entry = entries[candidate]
            if entry.hasPrefix(typed), entry != shown { return show(candidate, entry) }
            candidate -= 1
        }
        return nil
    }

    /// The line to show for Down: a newer entry starting with the prefix, else the line that was being
    /// typed; nil when that is already shown.
    mutating func newer(in entries: [String]) -> String? {
        guard index < entries.count else { return nil }
        var candidate = index + 1
        while candidate < entries.count {
            let entry = entries[candidate]
            if entry.hasPrefix(typed), entry != shown { return show(candidate, entry) }
            candidate += 1
        }
        return show(entries.count, typed)
    }

    private mutating func show(_ index: Int, _ line: String) -> String {
        self.index = index
        shown = line
        return line
    }
}
