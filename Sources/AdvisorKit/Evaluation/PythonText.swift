import Foundation

/// Text written as the shared Python grader writes it, so that both reports read alike line for line.
enum PythonText {
    /// Python's `repr` of a string: single quotes unless the text has `'` and no `"`, backslashes doubled.
    static func repr(_ text: String) -> String {
        let quote: Character = text.contains("'") && !text.contains("\"") ? "\"" : "'"
        var out = String(quote)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where Character(scalar) == quote: out += "\\" + String(quote)
            case _ where scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value):
                out += "\\x" + hex(scalar.value, digits: 2)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + String(quote)
    }

    /// Python's `json.dumps` of a list of strings (ASCII only, `", "` between items).
    static func json(_ items: [String]) -> String {
        "[" + items.map(json).joined(separator: ", ") + "]"
    }

    static func json(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case _ where scalar.value < 0x20 || scalar.value > 0x7E:
                for unit in String(scalar).utf16 { out += "\\u" + hex(UInt32(unit), digits: 4) }
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// `" ".join(text.split())[:limit]`: white space runs made one space, cut to `limit` characters.
    static func collapsed(_ text: String, limit: Int) -> String {
        var words: [Substring.UnicodeScalarView] = []
        var word = Substring.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isSpace(scalar) {
                if !word.isEmpty { words.append(word) }
                word = Substring.UnicodeScalarView()
            } else {
                word.append(scalar)
            }
        }
        if !word.isEmpty { words.append(word) }
        var out = String.UnicodeScalarView()
        for (index, word) in words.enumerated() {
            if index > 0 { out.append(" ") }
            out.append(contentsOf: word)
        }
        return String(String(out).unicodeScalars.prefix(limit))
    }

    /// Python's `str.isspace` for one character.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        (0x1C...0x1F).contains(scalar.value) || scalar.properties.isWhitespace
    }

    /// Python's `format(share, ".1%")`: times 100, one decimal, rounded as C's `printf` (and Python) do.
    static func percent(_ share: Double) -> String {
        String(format: "%.1f%%", share * 100)
    }

    private static func hex(_ value: UInt32, digits: Int) -> String {
        let text = String(value, radix: 16)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
