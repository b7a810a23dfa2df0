/// Base64 (RFC 4648, with padding), to carry compiled data in a Swift string literal: a literal compiles
/// in a fraction of a second where a byte-array literal of the same size takes many seconds.
enum Base64 {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
    private static let values: [UInt8] = {
        var table = [UInt8](repeating: 0xFF, count: 256)
        for (value, symbol) in alphabet.enumerated() { table[Int(symbol)] = UInt8(value) }
        return table
    }()

    /// `bytes` in base64, broken into lines of `lineLength` characters.
    static func encode(_ bytes: [UInt8], lineLength: Int = 100) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count * 4 / 3 + bytes.count / lineLength + 4)
        var column = 0
        func emit(_ symbol: UInt8) {
            if column == lineLength {
                out.append(0x0A)
                column = 0
            }
            out.append(symbol)
            column += 1
        }
        var index = 0
        while index < bytes.count {
            let chunk = bytes[index..<min(index + 3, bytes.count)]
            let value = chunk.enumerated().reduce(UInt32(0)) { $0 | UInt32($1.element) << UInt32(16 - 8 * $1.offset) }
            for position in 0..<4 {
                emit(position <= chunk.count ? alphabet[Int((value >> UInt32(18 - 6 * position)) & 0x3F)] : 0x3D)
            }
            index += 3
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The bytes of base64 `text` (line breaks are skipped), or nil when it is not base64.
    static func decode(_ text: String) -> [UInt8]? {
        var text = text
        return text.withUTF8 { decode($0) }
    }

    private static func decode(_ symbols: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        var valid = true
        let out = [UInt8](unsafeUninitializedCapacity: symbols.count / 4 * 3 + 3) { buffer, written in
            var accumulator: UInt32 = 0
            var count = 0
            var padding = 0
            var length = 0
            values.withUnsafeBufferPointer { values in
                var index = 0
                while index < symbols.count {
                    // Four symbols of the alphabet at a time (all but line ends and the padding).
                    if count == 0, padding == 0, index + 4 <= symbols.count {
                        let first = values[Int(symbols[index])]
                        let second = values[Int(symbols[index + 1])]
                        let third = values[Int(symbols[index + 2])]
                        let fourth = values[Int(symbols[index + 3])]
                        if (first | second | third | fourth) & 0x80 == 0 {
                            let value =
                                UInt32(first) << 18 | UInt32(second) << 12 | UInt32(third) << 6 | UInt32(fourth)
                            buffer[length] = UInt8(truncatingIfNeeded: value >> 16)
                            buffer[length + 1] = UInt8(truncatingIfNeeded: value >> 8)
                            buffer[length + 2] = UInt8(truncatingIfNeeded: value)
                            length += 3
                            index += 4
                            continue
                        }
                    }
                    let symbol = symbols[index]
                    index += 1
                    if symbol == 0x0A || symbol == 0x0D { continue }
                    if symbol == 0x3D {
                        padding += 1
                        accumulator <<= 6
                    } else {
                        let value = values[Int(symbol)]
                        guard value != 0xFF, padding == 0 else {
                            valid = false
                            return
                        }
                        accumulator = accumulator << 6 | UInt32(value)
                    }
                    count += 1
                    guard count == 4 else { continue }
                    guard padding <= 2 else {
                        valid = false
                        return
                    }
                    buffer[length] = UInt8(truncatingIfNeeded: accumulator >> 16)
                    buffer[length + 1] = UInt8(truncatingIfNeeded: accumulator >> 8)
                    buffer[length + 2] = UInt8(truncatingIfNeeded: accumulator)
                    length += 3 - padding
                    accumulator = 0
                    count = 0
                }
            }
            if count != 0 { valid = false }
            written = length
        }
        return valid ? out : nil
    }
}
