/// A compact encoding for data the build computes and the program restores: integers as variable-length
/// groups of 6 bits (0x40 marks a group that more follow; zigzag for signs), doubles as their 64 bits in 11
/// such groups (bit for bit), strings as a length and their UTF-8 bytes. No field names, no versions:
/// writer and reader follow the same order, and the whole is regenerated whenever it changes
/// (`make knowledge`).
///
/// Every byte but a string's is below 0x80, so the whole is valid UTF-8: a Swift string literal carries it
/// as it is (`KnowledgeEmitter.compiledSource`), with nothing to decode at start.
struct CompactWriter {
    private(set) var bytes: [UInt8] = []

    mutating func int(_ value: Int) {
        var rest = UInt64(bitPattern: Int64((value << 1) ^ (value >> 63)))
        while rest >= 0x40 {
            bytes.append(UInt8(rest & 0x3F) | 0x40)
            rest >>= 6
        }
        bytes.append(UInt8(rest))
    }

    mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

    mutating func double(_ value: Double) {
        let bits = value.bitPattern
        for shift in stride(from: 0, to: 66, by: 6) {
            bytes.append(UInt8(truncatingIfNeeded: bits >> UInt64(shift)) & 0x3F)
        }
    }

    /// The bytes as text (they are valid UTF-8).
    var text: String { String(decoding: bytes, as: UTF8.self) }

    mutating func string(_ value: String) {
        int(value.utf8.count)
        bytes.append(contentsOf: value.utf8)
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
