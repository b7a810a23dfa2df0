/// A regular expression of an evaluation set that does not compile.
public struct InvalidPattern: Error, Sendable, Hashable, CustomStringConvertible {
    /// The pattern as written in the set (Python syntax).
    public var pattern: String
    /// Why it does not compile, as the regular-expression engine says.
    public var reason: String

    public init(pattern: String, reason: String) {
        self.pattern = pattern
        self.reason = reason
    }

    public var description: String { "regex \(PythonText.repr(pattern)) does not compile: \(reason)" }
}
