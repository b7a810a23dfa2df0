/// Reads what `CompactWriter` wrote, in the same order; throws on data that ends early or does not fit.
struct CompactReader {
    struct Malformed: Error, CustomStringConvertible {
        var position: Int
        var description: String { "compiled knowledge: malformed data at byte \(position)" }
    }

    /// The data read.
    let bytes: [UInt8]
    private var position = 0
    /// Where each string of the table (`CompactWriter`) is in `bytes`.
    private var table: [Range<Int>] = []
    /// The strings of the table made so far: each is made once, when first read as a string (a word read
    /// only as bytes, into `FrozenWords`, never is).
    private var made: [String?] = []

    /// A reader of `bytes`, after their string table; throws if the table is malformed.
    init(_ bytes: [UInt8]) throws {
        self.bytes = bytes
        let count = try index(below: bytes.count - position + 1)
        table.reserveCapacity(count)
        for _ in 0..<count {
            let length = try index(below: bytes.count - position + 1)
            table.append(position..<(position + length))
            position += length
        }
        made = Array(repeating: nil, count: count)
    }

    var isAtEnd: Bool { position == bytes.count }

    mutating func int() throws -> Int {
        // Most integers (counts, ids, gaps between postings) are one group: read without the loop.
        if position < bytes.count, bytes[position] < 0x40 {
            let value = UInt64(bytes[position])
            position += 1
            return Self.unzigzag(value)
        }
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard position < bytes.count, shift < 64 else { throw Malformed(position: position) }
            let byte = bytes[position]
            position += 1
            guard byte < 0x80 else { throw Malformed(position: position - 1) }
            value |= UInt64(byte & 0x3F) << shift
            if byte < 0x40 { break }
            shift += 6
        }
        return Self.unzigzag(value)
    }

    /// Zigzag: 0, -1, 1, -2… were written as 0, 1, 2, 3…
    private static func unzigzag(_ value: UInt64) -> Int {
        Int(truncatingIfNeeded: Int64(bitPattern: (value >> 1) ^ (0 &- (value & 1))))
    }

    /// A count or an index: an integer from 0 up to `limit` (excluded).
    mutating func index(below limit: Int = Int.max) throws -> Int {
        let value = try int()
        guard value >= 0, value < limit else { throw Malformed(position: position) }
        return value
    }

    mutating func bool() throws -> Bool {
        guard position < bytes.count, bytes[position] <= 1 else { throw Malformed(position: position) }
        position += 1
        return bytes[position - 1] == 1
    }

    mutating func double() throws -> Double {
        guard position + 11 <= bytes.count else { throw Malformed(position: position) }
        // The first 8 groups are loaded as one little-endian word and packed 6 bits each by halving the
        // lanes three times (8 × 6 → 4 × 12 → 2 × 24 → 48 bits); the last 3 groups follow. Every group
        // must be below 0x40: checked on all at once.
        let (low, high) = bytes.withUnsafeBytes { raw in
            (
                UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: position, as: UInt64.self)),
                UInt64(raw[position &+ 8]) | UInt64(raw[position &+ 9]) << 8 | UInt64(raw[position &+ 10]) << 16
            )
        }
        guard (low | high) & 0xC0C0_C0C0_C0C0_C0C0 == 0 else { throw Malformed(position: position) }
        var bits = (low & 0x003F_003F_003F_003F) | ((low & 0x3F00_3F00_3F00_3F00) >> 2)
        bits = (bits & 0x0000_0FFF_0000_0FFF) | ((bits & 0x0FFF_0000_0FFF_0000) >> 4)
        bits = (bits & 0x0000_0000_00FF_FFFF) | ((bits & 0x00FF_FFFF_0000_0000) >> 8)
        bits |= (high & 0x3F) << 48 | ((high >> 8) & 0x3F) << 54 | ((high >> 16) & 0x3F) << 60
        position += 11
        return Double(bitPattern: bits)
    }

    /// A string: its number in the table.
    mutating func string() throws -> String {
        let number = try index(below: table.count)
        if let string = made[number] { return string }
        let string = String(decoding: bytes[table[number]], as: UTF8.self)
        made[number] = string
        return string
    }

    /// Where a string's UTF-8 bytes are in `bytes`, without making the string.
    mutating func stringBytes() throws -> Range<Int> {
        table[try index(below: table.count)]
    }

    mutating func optionalString() throws -> String? {
        try bool() ? try string() : nil
    }

    mutating func array<T>(_ read: (inout CompactReader) throws -> T) throws -> [T] {
        let count = try index(below: bytes.count - position + 1)
        var items: [T] = []
        items.reserveCapacity(count)
        for _ in 0..<count { items.append(try read(&self)) }
        return items
    }

    mutating func strings() throws -> [String] { try array { try $0.string() } }
}
