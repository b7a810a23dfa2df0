import AdvisorKit

/// Renders an answer as one line of JSON (JSON Lines), with plain text and no escape codes.
public enum JSONRenderer {
    public static func render(_ answer: Answer) -> String {
        let fields: [(String, String)] = [
            ("question", string(answer.question)),
            ("answer", string(answer.text)),
            ("title", answer.title.map(string) ?? "null"),
            ("understood", answer.understood ? "true" : "false"),
            ("intent", string(answer.intent.rawValue)),
            ("confidence", NumberText.share(answer.confidence)),
            ("sources", "[" + answer.sources.map(string).joined(separator: ",") + "]"),
            ("origin", origin(answer.origins)),
            ("followups", "[" + answer.followups.map(string).joined(separator: ",") + "]"),
            ("why", "[" + answer.explanation.notes.map(string).joined(separator: ",") + "]"),
        ]
        return "{" + fields.map { "\"\($0.0)\":\($0.1)" }.joined(separator: ",") + "}"
    }

    /// "article" or "general guidance" when every source has that origin, one per source when they differ,
    /// null without sources.
    static func origin(_ origins: [String]) -> String {
        guard let first = origins.first else { return "null" }
        if origins.allSatisfy({ $0 == first }) { return string(first) }
        return "[" + origins.map(string).joined(separator: ",") + "]"
    }

    /// A JSON string literal: quotes, backslashes and every control character escaped. Works on UTF-8
    /// bytes: text is copied as is, only the few bytes that need it are escaped.
    static func string(_ text: String) -> String {
        var out: [UInt8] = [0x22]
        out.reserveCapacity(text.utf8.count + 2)
        let hex: [UInt8] = Array("0123456789abcdef".utf8)
        var bytes = Array(text.utf8)[...]
        while let byte = bytes.popFirst() {
            switch byte {
            case 0x22: out += [0x5C, 0x22]
            case 0x5C: out += [0x5C, 0x5C]
            case 0x0A: out += [0x5C, 0x6E]
            case 0x0D: out += [0x5C, 0x72]
            case 0x09: out += [0x5C, 0x74]
            case 0..<0x20, 0x7F:
                out += [0x5C, 0x75, 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            case 0xC2 where bytes.first.map({ (0x80...0x9F).contains($0) }) == true:
                // C1 controls (U+0080–U+009F) are escaped like C0 ones.
                let next = bytes.removeFirst()
                out += [0x5C, 0x75, 0x30, 0x30, hex[Int(next >> 4)], hex[Int(next & 0xF)]]
            case 0xE2 where bytes.starts(with: [0x80, 0xA8]) || bytes.starts(with: [0x80, 0xA9]):
                // U+2028 and U+2029 end lines in JavaScript: escape them.
                bytes.removeFirst()
                let last = bytes.removeFirst()
                out += Array("\\u202".utf8) + [last == 0xA8 ? 0x38 : 0x39]
            default:
                out.append(byte)
            }
        }
        out.append(0x22)
        return String(decoding: out, as: UTF8.self)
    }
}
