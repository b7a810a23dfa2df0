/// Finds the name a mistyped word was meant to be (`/hlep` → `help`, `akk` → `ask`).
public enum NearestName {
    /// The name `typed` starts (when `prefixes` is true), else the nearest name at most `maximumDistance`
    /// edits away; nil when none is that close. Case is ignored.
    public static func find(
        _ typed: String, in names: [String], maximumDistance: Int = 2, prefixes: Bool = true
    ) -> String? {
        let typed = typed.lowercased()
        guard !typed.isEmpty else { return prefixes ? names.first : nil }
        if prefixes, let started = names.first(where: { $0.lowercased().hasPrefix(typed) }) { return started }
        var best: (name: String, distance: Int)?
        for name in names {
            let distance = distance(typed, name.lowercased())
            if distance <= maximumDistance, distance < (best?.distance ?? .max) { best = (name, distance) }
        }
        return best?.name
    }

    /// Edit distance between two words: the fewest insertions, deletions, substitutions and swaps of
    /// neighbours that turn one into the other (optimal string alignment).
    public static func distance(_ first: String, _ second: String) -> Int {
        let a = Array(first)
        let b = Array(second)
        guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
        var previous = Array(0...b.count)
        var beforePrevious = previous
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], beforePrevious[j - 2] + 1)  // two letters swapped
                }
            }
            beforePrevious = previous
            previous = current
        }
        return previous[b.count]
    }
}
