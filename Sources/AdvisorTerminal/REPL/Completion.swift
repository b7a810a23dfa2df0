/// What Tab can put in place of the text before the cursor: the text it replaces and the candidates.
public struct Completion: Sendable, Hashable {
    /// The end of the line before the cursor that a candidate replaces.
    public var typed: String
    /// Full replacements for `typed`, sorted; each starts with `typed` as the user wrote it.
    public var candidates: [String]

    public init(typed: String, candidates: [String]) {
        self.typed = typed
        self.candidates = candidates
    }

    /// Nothing to complete.
    public static let none = Completion(typed: "", candidates: [])

    /// The longest start all candidates share.
    public var commonPrefix: String {
        guard var prefix = candidates.first else { return "" }
        for candidate in candidates.dropFirst() {
            while !candidate.hasPrefix(prefix) { prefix.removeLast() }
        }
        return prefix
    }

    /// The candidates laid out in columns (like `ls`) for a terminal `width` columns wide, one text
    /// ending in a newline; at most `limit` of them, then how many more there are.
    public func listing(width: Int, limit: Int = 120) -> String {
        let shown = candidates.prefix(limit).map(\.printable)
        guard !shown.isEmpty else { return "" }
        let cell = (shown.map { Wrapper.displayWidth($0) }.max() ?? 0) + 2
        let columns = max(1, width / cell)
        let rows = (shown.count + columns - 1) / columns
        var lines: [String] = []
        for row in 0..<rows {
            var line = ""
            for column in 0..<columns {
                let index = column * rows + row
                guard index < shown.count else { break }
                let item = shown[index]
                let isLast = column == columns - 1 || index + rows >= shown.count
                line += isLast ? item : item + String(repeating: " ", count: cell - Wrapper.displayWidth(item))
            }
            lines.append(line)
        }
        if candidates.count > shown.count { lines.append("(\(candidates.count - shown.count) more)") }
        return lines.joined(separator: "\n") + "\n"
    }
}
