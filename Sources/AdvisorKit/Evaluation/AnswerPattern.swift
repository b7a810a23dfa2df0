import Foundation

/// A regular expression an answer is graded with, written in Python's `re` syntax and matched like
/// Python's `re.search` (anywhere in the text) by ICU through `NSRegularExpression`.
///
/// The two dialects agree on what the evaluation sets use (`(?i)`, look-around, `\b`, `\s`, `\d`, classes,
/// quantifiers). Where they differ, the pattern is translated: `(?P<name>…)` and `(?P=name)` become ICU's
/// named groups, `\Z` becomes `\z`, a `[` inside a class is literal, and only `\n` ends a line for `.`, `^`
/// and `$` (ICU also counts `\r`, U+0085, U+2028 and U+2029).
public struct AnswerPattern: @unchecked Sendable, Hashable, CustomStringConvertible {
    /// The pattern as written (Python syntax).
    public let source: String
    // Immutable once made, and safe to use from several threads.
    private let regex: NSRegularExpression

    public init(_ source: String) throws(InvalidPattern) {
        self.source = source
        do {
            regex = try NSRegularExpression(pattern: Self.icu(source), options: [.useUnixLineSeparators])
        } catch {
            throw InvalidPattern(pattern: source, reason: Self.reason(Self.icu(source)))
        }
    }

    /// Whether the pattern matches anywhere in `text`.
    public func matches(_ text: String) -> Bool {
        regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    public var description: String { source }

    public static func == (lhs: Self, rhs: Self) -> Bool { lhs.source == rhs.source }
    public func hash(into hasher: inout Hasher) { hasher.combine(source) }

    /// The Python pattern in ICU's syntax.
    static func icu(_ python: String) -> String {
        var out = ""
        var chars = python[...]
        var inClass = false
        while let char = chars.popFirst() {
            switch char {
            case "\\":
                guard let next = chars.popFirst() else {
                    out.append(char)
                    break
                }
                out += next == "Z" && !inClass ? "\\z" : "\\" + String(next)
            case "[" where inClass:
                out += "\\["
            case "[":
                inClass = true
                out.append(char)
                // `[]…]` and `[^]…]`: a `]` first in a class is literal in Python.
                if chars.first == "^" { out.append(chars.removeFirst()) }
                if chars.first == "]" {
                    chars.removeFirst()
                    out += "\\]"
                }
            case "]" where inClass:
                inClass = false
                out.append(char)
            case "(" where !inClass && chars.hasPrefix("?P<"):
                chars.removeFirst(3)
                out += "(?<"
            case "(" where !inClass && chars.hasPrefix("?P="):
                chars.removeFirst(3)
                let name = chars.prefix { $0 != ")" }
                chars.removeFirst(name.count)
                if chars.first == ")" { chars.removeFirst() }
                out += "\\k<" + name + ">"
            default:
                out.append(char)
            }
        }
        return out
    }

    /// Why ICU rejects `pattern`. Foundation's error does not say, Swift's own regex parser mostly can.
    private static func reason(_ pattern: String) -> String {
        do {
            _ = try Regex(pattern)
        } catch {
            let detail = "\(error)"
            if !detail.contains("not currently supported") { return detail }
        }
        return "ICU rejects it"
    }
}
