/// A compact binary encoding for data the build computes and the program restores: integers as
/// variable-length (LEB128, zigzag for signs), doubles as their 8 bytes (bit for bit), strings as a length
/// and UTF-8 bytes. No field names, no versions: writer and reader follow the same order, and the whole is
/// regenerated whenever it changes (`make knowledge`).
struct CompactWriter {
    private(set) var bytes: [UInt8] = []

    mutating func int(_ value: Int) {
        var rest = UInt64(bitPattern: Int64((value << 1) ^ (value >> 63)))
        while rest >= 0x80 {
            bytes.append(UInt8(rest & 0x7F) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

    mutating func double(_ value: Double) {
        let bits = value.bitPattern
        for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: bits >> UInt64(shift))) }
    }

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
