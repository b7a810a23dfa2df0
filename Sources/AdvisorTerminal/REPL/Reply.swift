/// What the session does after a line: show some text, or end.
public enum Reply: Sendable, Hashable {
    /// Text to show (possibly empty), without a final newline.
    case text(String)
    /// End the session.
    case quit
}
