/// Word-wraps text to a width, keeping a hanging indent for continuation lines.
public enum Wrapper {
    /// The widest text is laid out, however wide the terminal: longer lines are hard to read.
    public static let maximumWidth = 100

    /// The width to wrap to on a terminal `columns` wide: the columns, at most `maximumWidth`.
    public static func width(columns: Int?) -> Int? {
        columns.map { min($0, maximumWidth) }
    }

    /// `text` wrapped (see `wrap`), its lines joined by newlines.
    static func block(_ text: String, width: Int?, indent: String = "", hanging: String = "") -> String {
        wrap(text, width: width, indent: indent, hanging: hanging).joined(separator: "\n")
    }

    static func wrap(_ text: String, width: Int?, indent: String = "", hanging: String = "") -> [String] {
        guard let width, width > indent.count + 10 else { return [indent + text] }
        var lines: [String] = []
        var current = indent
        var currentWidth = indent.count
        var empty = true
        let room = width - displayWidth(hanging)
        let words = text.split(separator: " ", omittingEmptySubsequences: true).flatMap { word in
            displayWidth(word) > room ? pieces(of: word, room: room) : [word]
        }
        for word in words {
            let wordWidth = displayWidth(word)
            if !empty && currentWidth + 1 + wordWidth > width {
                lines.append(current)
                current = hanging
                currentWidth = hanging.count
                empty = true
            }
            if !empty {
                current += " "
                currentWidth += 1
            }
            current += word
            currentWidth += wordWidth
            empty = false
        }
        lines.append(current)
        return lines
    }

    /// A word too long for any line, in pieces that fit: each ends after a `/` or `-` when one is near
    /// the end, else where the room ends.
    static func pieces(of word: Substring, room: Int) -> [Substring] {
        var pieces: [Substring] = []
        var rest = word
        while displayWidth(rest) > room {
            var end = rest.startIndex
            var columns = 0
            while end < rest.endIndex, columns + displayWidth(rest[end...end]) <= room {
                columns += displayWidth(rest[end...end])
                end = rest.index(after: end)
            }
            if end == rest.startIndex { end = rest.index(after: end) }
            let breaks = rest[rest.startIndex..<end].lastIndex { $0 == "/" || $0 == "-" }
            if let breaks, rest.distance(from: rest.startIndex, to: breaks) > room / 2 {
                end = rest.index(after: breaks)
            }
            pieces.append(rest[..<end])
            rest = rest[end...]
        }
        if !rest.isEmpty { pieces.append(rest) }
        return pieces
    }

    /// Columns a string takes: wide (East Asian, emoji) characters count two.
    static func displayWidth<S: StringProtocol>(_ text: S) -> Int {
        text.unicodeScalars.reduce(0) { total, scalar in
            let value = scalar.value
            if scalar.properties.generalCategory == .nonspacingMark || value == 0x200D
                || (0xFE00...0xFE0F).contains(value)
            {
                return total
            }
            let wide =
                (0x1100...0x115F).contains(value) || (0x2E80...0xA4CF).contains(value)
                || (0xAC00...0xD7A3).contains(value) || (0xF900...0xFAFF).contains(value)
                || (0xFF00...0xFF60).contains(value) || (0x1F300...0x1FAFF).contains(value)
                || (0x20000...0x3FFFD).contains(value)
            return total + (wide ? 2 : 1)
        }
    }
}
