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
            ("confidence", number(answer.confidence)),
            ("sources", "[" + answer.sources.map(string).joined(separator: ",") + "]"),
            ("followups", "[" + answer.followups.map(string).joined(separator: ",") + "]"),
        ]
        return "{" + fields.map { "\"\($0.0)\":\($0.1)" }.joined(separator: ",") + "}"
    }

    /// A JSON string literal: quotes, backslashes and every control character escaped.
    static func string(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x2028
                    || scalar.value == 0x2029
                {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// A confidence with two decimals.
    static func number(_ value: Double) -> String {
        let hundredths = Int((min(max(value, 0), 1) * 100).rounded())
        return hundredths == 100 ? "1" : hundredths % 100 == 0 ? "0" : "0.\(hundredths < 10 ? "0" : "")\(hundredths)"
    }
}
