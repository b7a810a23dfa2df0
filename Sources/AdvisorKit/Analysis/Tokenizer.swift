/// Splits text into lower-case words: runs of letters, or runs of digits.
///
/// Unicode-aware (accents and other scripts are letters), it drops punctuation, symbols, control
/// characters and escape sequences, and splits "4yrs" into "4" and "yrs". It never fails. ASCII, the
/// common case, takes a fast path over bytes; other scalars are classified by their Unicode properties.
enum Tokenizer {
    /// Questions are read up to this many words; the rest is ignored. Knowledge text is read whole.
    static let maximumWords = 200

    private enum Kind {
        case letter, digit, mark, separator
    }

    /// The words of `text`, up to `limit` of them (`nil`: every word).
    static func words(_ text: String, limit: Int? = maximumWords) -> [String] {
        let limit = limit ?? Int.max
        return printableASCIIWords(text, limit: limit) ?? scalarWords(text, limit: limit)
    }

    /// `words(_:limit:)` for any text, scalar by scalar.
    static func scalarWords(_ text: String, limit: Int) -> [String] {
        var words: [String] = []
        var current: [UInt8] = []
        current.reserveCapacity(32)
        var currentIsDigit = false
        func flush() {
            if !current.isEmpty {
                words.append(String(decoding: current, as: UTF8.self))
                current.removeAll(keepingCapacity: true)
            }
        }
        var escape = EscapeSkipper()
        for scalar in text.unicodeScalars {
            if escape.skips(scalar) {
                flush()
                continue
            }
            let kind = classify(scalar)
            switch kind {
            case .letter, .digit:
                let isDigit = kind == .digit
                if !current.isEmpty && isDigit != currentIsDigit { flush() }
                if words.count >= limit { return words }
                currentIsDigit = isDigit
                appendLowercased(scalar, to: &current)
            case .mark where !current.isEmpty:
                continue  // a combining accent: fold "é" written as "e" + U+0301 to "e"
            default:
                flush()
            }
        }
        if words.count < limit { flush() }
        return words
    }

    /// `words(_:limit:)` for text of printable ASCII alone (almost every question), read byte by byte: the
    /// same words, without decoding scalars (no escapes, marks or other scripts can occur). Nil for any
    /// other text.
    static func printableASCIIWords(_ text: String, limit: Int) -> [String]? {
        var text = text
        return text.withUTF8 { bytes -> [String]? in
            guard bytes.allSatisfy({ ($0 >= 0x20 && $0 < 0x7F) || $0 == 0x09 }) else { return nil }
            var words: [String] = []
            var start = -1
            var currentIsDigit = false
            var lowered = [UInt8](repeating: 0, count: bytes.count)
            func flush(at end: Int) {
                if start >= 0 {
                    words.append(String(decoding: lowered[start..<end], as: UTF8.self))
                    start = -1
                }
            }
            for index in 0..<bytes.count {
                let byte = bytes[index]
                let isDigit = byte >= 0x30 && byte <= 0x39
                let isUpper = byte >= 0x41 && byte <= 0x5A
                guard isDigit || isUpper || (byte >= 0x61 && byte <= 0x7A) else {
                    flush(at: index)
                    continue
                }
                if start >= 0 && isDigit != currentIsDigit { flush(at: index) }
                if words.count >= limit { return words }
                currentIsDigit = isDigit
                if start < 0 { start = index }
                lowered[index] = isUpper ? byte + 32 : byte
            }
            if words.count < limit { flush(at: bytes.count) }
            return words
        }
    }

    /// `text` without its terminal escape sequences (as `words` skips them), so that nothing read before
    /// the words (a post's sentence breaks: the ";" of "ESC ]0;title BEL") cuts one in two.
    static func strippingEscapes(_ text: String) -> String {
        // (0x9B: U+009B, a one-character CSI, ends its UTF-8; a byte of other characters too, which costs
        // them only this slower pass.)
        guard text.utf8.contains(where: { $0 == 0x1B || $0 == 0x9B }) else { return text }
        var escape = EscapeSkipper()
        var kept = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where !escape.skips(scalar) { kept.append(scalar) }
        return String(kept)
    }

    /// Skips terminal escape sequences (CSI `ESC [ … final`, OSC `ESC ] … BEL or ESC \\`, and two-byte
    /// `ESC x`), so "\u{1B}[31mred" reads as "red", not "31", "mred".
    private struct EscapeSkipper {
        private enum State { case text, escape, csi, osc, oscEscape }
        private var state = State.text

        mutating func skips(_ scalar: Unicode.Scalar) -> Bool {
            let value = scalar.value
            switch state {
            case .text:
                if value == 0x1B { state = .escape } else if value == 0x9B { state = .csi } else { return false }
            case .escape:
                state = value == 0x5B ? .csi : value == 0x5D ? .osc : .text
            case .csi:
                if (0x40...0x7E).contains(value) { state = .text }
            case .osc:
                if value == 0x07 { state = .text } else if value == 0x1B { state = .oscEscape }
            case .oscEscape:
                state = value == 0x5C ? .text : .osc
            }
            return true
        }
    }

    private static func classify(_ scalar: Unicode.Scalar) -> Kind {
        let value = scalar.value
        if value < 0x80 {
            switch value {
            case 0x30...0x39: return .digit
            case 0x41...0x5A, 0x61...0x7A: return .letter
            default: return .separator
            }
        }
        let properties = scalar.properties
        if properties.numericType == .decimal { return .digit }
        if properties.isAlphabetic { return .letter }
        if properties.generalCategory == .nonspacingMark { return .mark }
        return .separator
    }

    private static func appendLowercased(_ scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
        let value = scalar.value
        if value < 0x80 {
            bytes.append(UInt8(value >= 0x41 && value <= 0x5A ? value + 32 : value))
        } else {
            bytes.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
        }
    }
}
