/// How text is decorated: plain, or with ANSI colors on a terminal. The only place escape codes live.
public struct Style: Sendable, Hashable {
    public var color: Bool

    public init(color: Bool) { self.color = color }

    public static let plain = Style(color: false)

    func bold(_ text: String) -> String { color ? "\u{1B}[1m\(text)\u{1B}[0m" : text }
    func dim(_ text: String) -> String { color ? "\u{1B}[2m\(text)\u{1B}[0m" : text }
    func accent(_ text: String) -> String { color ? "\u{1B}[36m\(text)\u{1B}[0m" : text }
    func warning(_ text: String) -> String { color ? "\u{1B}[33m\(text)\u{1B}[0m" : text }

    /// Whether to use color: only on a terminal, never with `NO_COLOR` set or `TERM=dumb`.
    public static func shouldColor(isTerminal: Bool, environment: [String: String], disabled: Bool) -> Bool {
        guard isTerminal, !disabled else { return false }
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
        return environment["TERM"] != "dumb"
    }
}
