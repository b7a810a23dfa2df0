import AdvisorKit

/// Renders an answer as one line of JSON (JSON Lines), with plain text and no escape codes.
///
/// The line is written into one byte buffer: text is copied as is, run by run, and only the few bytes that
/// need it are escaped (no intermediate strings per field).
public enum JSONRenderer {
    public static func render(_ answer: Answer) -> String {
        var out = JSONBuffer()
        out.reserve(answer.question.utf8.count * 2 + 1_024)
        out.raw("{\"question\":")
        out.string(answer.question)
        out.raw(",\"answer\":")
        out.text(of: answer.blocks)
        out.raw(",\"title\":")
        if let title = answer.title { out.string(title) } else { out.raw("null") }
        out.raw(answer.understood ? ",\"understood\":true" : ",\"understood\":false")
        out.raw(",\"intent\":")
        out.string(answer.intent.rawValue)
        out.raw(",\"confidence\":")
        out.raw(NumberText.share(answer.confidence))
        out.raw(",\"sources\":")
        out.array(answer.sources)
        out.raw(",\"origin\":")
        origin(answer.origins, into: &out)
        out.raw(",\"followups\":")
        out.array(answer.followups)
        out.raw(",\"why\":")
        out.array(answer.explanation.notes)
        // Only when real words were read as others ("sills" as "skills"): typed word → word read.
        if !answer.readAs.isEmpty {
            out.raw(",\"readAs\":{")
            for (index, correction) in answer.readAs.enumerated() {
                if index > 0 { out.raw(",") }
                out.string(correction.typed)
                out.raw(":")
                out.string(correction.read)
            }
            out.raw("}")
        }
        out.raw("}")
        return out.text
    }

    /// "article" or "general guidance" when every source has that origin, one per source when they differ,
    /// null without sources.
    static func origin(_ origins: [String]) -> String {
        var out = JSONBuffer()
        origin(origins, into: &out)
        return out.text
    }

    private static func origin(_ origins: [String], into out: inout JSONBuffer) {
        guard let first = origins.first else { return out.raw("null") }
        if origins.allSatisfy({ $0 == first }) { return out.string(first) }
        out.array(origins)
    }

    /// A JSON string literal: quotes, backslashes and every control character escaped (C1 controls too, and
    /// U+2028 and U+2029, which end lines in JavaScript).
    static func string(_ text: String) -> String {
        var out = JSONBuffer()
        out.string(text)
        return out.text
    }
}

/// The bytes of a JSON line being written.
struct JSONBuffer {
    private var bytes: [UInt8] = []
    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    var text: String { String(decoding: bytes, as: UTF8.self) }

    mutating func reserve(_ capacity: Int) { bytes.reserveCapacity(capacity) }

    /// Bytes that need no escaping (punctuation and names of the format).
    mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    mutating func raw(_ text: String) { bytes.append(contentsOf: text.utf8) }

    /// `text` as a string literal.
    mutating func string(_ text: String) {
        bytes.append(0x22)
        escaped(text)
        bytes.append(0x22)
    }

    /// `items` as an array of string literals.
    mutating func array(_ items: [String]) {
        bytes.append(0x5B)
        for (index, item) in items.enumerated() {
            if index > 0 { bytes.append(0x2C) }
            string(item)
        }
        bytes.append(0x5D)
    }

    /// The answer's plain text (`Answer.text`: paragraphs separated by blank lines, list items as "- "
    /// lines) as a string literal, written block by block.
    mutating func text(of blocks: [Answer.Block]) {
        bytes.append(0x22)
        for (index, block) in blocks.enumerated() {
            if index > 0 { raw("\\n\\n") }
            switch block {
            case .paragraph(let text):
                escaped(text)
            case .list(let items):
                for (number, item) in items.enumerated() {
                    raw(number > 0 ? "\\n- " : "- ")
                    escaped(item)
                }
            }
        }
        bytes.append(0x22)
    }

    /// `text`'s bytes, escaped for the inside of a string literal.
    private mutating func escaped(_ text: String) {
        var text = text
        text.withUTF8 { source in
            var start = 0
            var index = 0
            let count = source.count
            while index < count {
                let byte = source[index]
                // Most bytes are copied as they are, in runs.
                guard byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x7F || byte == 0xC2 || byte == 0xE2
                else {
                    index += 1
                    continue
                }
                var escape: [UInt8] = []
                var length = 1
                switch byte {
                case 0x22: escape = [0x5C, 0x22]
                case 0x5C: escape = [0x5C, 0x5C]
                case 0x0A: escape = [0x5C, 0x6E]
                case 0x0D: escape = [0x5C, 0x72]
                case 0x09: escape = [0x5C, 0x74]
                case 0..<0x20, 0x7F:
                    escape = [0x5C, 0x75, 0x30, 0x30, Self.hex[Int(byte >> 4)], Self.hex[Int(byte & 0xF)]]
                case 0xC2 where index + 1 < count && (0x80...0x9F).contains(source[index + 1]):
                    // C1 controls (U+0080–U+009F) are escaped like C0 ones.
                    let next = source[index + 1]
                    escape = [0x5C, 0x75, 0x30, 0x30, Self.hex[Int(next >> 4)], Self.hex[Int(next & 0xF)]]
                    length = 2
                case 0xE2
                where index + 2 < count && source[index + 1] == 0x80
                    && (source[index + 2] == 0xA8 || source[index + 2] == 0xA9):
                    // U+2028 and U+2029 end lines in JavaScript: escape them.
                    escape = Array("\\u202".utf8) + [source[index + 2] == 0xA8 ? 0x38 : 0x39]
                    length = 3
                default:
                    index += 1
                    continue
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[start..<index]))
                bytes.append(contentsOf: escape)
                index += length
                start = index
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[start..<count]))
        }
    }
}
