/// A compact encoding for data the build computes and the program restores: integers as variable-length
/// groups of 6 bits (0x40 marks a group that more follow; zigzag for signs), doubles as their 64 bits in 11
/// such groups (bit for bit), strings as their number in a table of the distinct strings written (each as a
/// length and its UTF-8 bytes) that comes first: a word written a hundred times (a stem in the index, the
/// cues, the names) is one string to make when read. No field names, no versions:
/// writer and reader follow the same order, and the whole is regenerated whenever it changes
/// (`make knowledge`).
///
/// Every byte but a string's is below 0x80, so the whole is valid UTF-8: a Swift string literal carries it
/// as it is (`KnowledgeEmitter.compiledSource`), with nothing to decode at start.
struct CompactWriter {
    /// What was written, strings as their numbers.
    private var body: [UInt8] = []
    /// The distinct strings written, in the order they were first written, and their numbers.
    private var table: [String] = []
    private var numbers: [String: Int] = [:]

    /// The encoding: the string table, then the body.
    var bytes: [UInt8] {
        var out: [UInt8] = []
        Self.append(table.count, to: &out)
        for string in table {
            Self.append(string.utf8.count, to: &out)
            out.append(contentsOf: string.utf8)
        }
        return out + body
    }

    mutating func int(_ value: Int) { Self.append(value, to: &body) }

    private static func append(_ value: Int, to bytes: inout [UInt8]) {
        var rest = UInt64(bitPattern: Int64((value << 1) ^ (value >> 63)))
        while rest >= 0x40 {
            bytes.append(UInt8(rest & 0x3F) | 0x40)
            rest >>= 6
        }
        bytes.append(UInt8(rest))
    }

    mutating func bool(_ value: Bool) { body.append(value ? 1 : 0) }

    mutating func double(_ value: Double) {
        let bits = value.bitPattern
        for shift in stride(from: 0, to: 66, by: 6) {
            body.append(UInt8(truncatingIfNeeded: bits >> UInt64(shift)) & 0x3F)
        }
    }

    /// The bytes as text (they are valid UTF-8).
    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// A string, as its number in the table.
    mutating func string(_ value: String) {
        if let number = numbers[value] {
            int(number)
        } else {
            numbers[value] = table.count
            int(table.count)
            table.append(value)
        }
    }

    mutating func optionalString(_ value: String?) {
        bool(value != nil)
        if let value { string(value) }
    }

    /// `items`, each written by `write`, after their count.
    mutating func array<T>(_ items: [T], _ write: (inout CompactWriter, T) -> Void) {
        int(items.count)
        for item in items { write(&self, item) }
    }

    mutating func strings(_ items: [String]) { array(items) { $0.string($1) } }

    /// A set, in sorted order (the same bytes whatever the set's iteration order).
    mutating func strings(_ items: Set<String>) { strings(items.sorted()) }
}
