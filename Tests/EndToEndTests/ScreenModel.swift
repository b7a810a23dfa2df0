/// What a terminal `columns` wide shows after some output: enough of an xterm (the control sequences the
/// line editor and the advisor write) to check the screen a person sees, not the bytes that drew it.
///
/// Rows are kept without limit (nothing scrolls away); lines wrap at the last column as xterm does
/// (the cursor waits there until the next character).
struct ScreenModel {
    /// The width; a resized terminal keeps what it shows and wraps what comes next at the new width.
    var columns: Int {
        didSet { column = min(column, columns - 1) }
    }
    private(set) var rows: [[Character]] = [[]]
    private(set) var row = 0
    private(set) var column = 0
    private var pendingWrap = false

    init(columns: Int) {
        self.columns = columns
    }

    /// The rows as text, trailing blanks removed.
    var lines: [String] {
        rows.map { String($0.filter { $0 != Self.wideRest }).replacingTrailingBlanks() }
    }

    /// The row the cursor is on, as text.
    var cursorLine: String { lines[row] }

    /// Applies `bytes` of output.
    mutating func feed(_ bytes: [UInt8]) {
        var index = 0
        let text = String(decoding: bytes, as: UTF8.self)
        let characters = Array(text)
        while index < characters.count {
            let character = characters[index]
            index += 1
            switch character {
            case "\r\n":
                column = 0
                pendingWrap = false
                lineFeed()
            case "\r":
                column = 0
                pendingWrap = false
            case "\n":
                lineFeed()
            case "\u{8}":
                if pendingWrap { pendingWrap = false } else { column = max(0, column - 1) }
            case "\u{7}", "\u{0}":
                continue
            case "\u{1B}":
                index = escape(characters, from: index)
            default:
                put(character)
            }
        }
    }

    private mutating func put(_ character: Character) {
        if pendingWrap {
            pendingWrap = false
            column = 0
            lineFeed()
        }
        let width = Self.width(of: character)
        ensure(column + width)
        rows[row][column] = character
        if width == 2 { rows[row][column + 1] = Self.wideRest }
        if column + width >= columns {
            column = columns - 1
            pendingWrap = true
        } else {
            column += width
        }
    }

    private mutating func lineFeed() {
        row += 1
        if row == rows.count { rows.append([]) }
    }

    private mutating func ensure(_ count: Int) {
        if rows[row].count < count { rows[row] += Array(repeating: " ", count: count - rows[row].count) }
    }

    /// Applies the escape sequence starting after ESC at `index`; returns the index after it.
    private mutating func escape(_ characters: [Character], from start: Int) -> Int {
        guard start < characters.count else { return start }
        var index = start
        let kind = characters[index]
        index += 1
        guard kind == "[" else {
            return kind == "]" ? (characters[index...].firstIndex { $0 == "\u{7}" } ?? characters.count) + 1 : index
        }
        var parameters = ""
        while index < characters.count, let ascii = characters[index].asciiValue, (0x20...0x3F).contains(ascii) {
            parameters.append(characters[index])
            index += 1
        }
        guard index < characters.count else { return index }
        let final = characters[index]
        index += 1
        let numbers = parameters.split(separator: ";").map { Int($0) ?? 0 }
        let count = max(numbers.first ?? 1, 1)
        pendingWrap = false
        switch final {
        case "A": row = max(0, row - count)
        case "B":
            for _ in 0..<count { lineFeed() }
        case "C": column = min(columns - 1, column + count)
        case "D": column = max(0, column - count)
        case "G": column = min(columns - 1, count - 1)
        case "K":
            ensure(column)
            let mode = numbers.first ?? 0
            if mode == 0 { rows[row].removeSubrange(column...) }
            if mode == 1 { rows[row].replaceSubrange(0..<column, with: Array(repeating: " ", count: column)) }
            if mode == 2 { rows[row].removeAll() }
        case "J":
            ensure(column)
            rows[row].removeSubrange(column...)
            rows.removeSubrange((row + 1)...)
        case "@":
            ensure(column)
            rows[row].insert(contentsOf: Array(repeating: " ", count: count), at: column)
            if rows[row].count > columns { rows[row].removeSubrange(columns...) }
        case "P":
            ensure(column + count)
            rows[row].removeSubrange(column..<(column + count))
        case "H":
            // Home (Ctrl-L clears the screen first): a fresh screen below what was shown.
            if parameters.isEmpty {
                rows.append([])
                row = rows.count - 1
                column = 0
            }
        default:
            break  // colors, modes: nothing shown
        }
        return index
    }

    /// What fills the second column of a wide character (not shown in `lines`).
    static let wideRest: Character = "\u{0}"

    /// Columns a character takes: two for the wide ones (emoji, East Asian), else one.
    static func width(of character: Character) -> Int {
        guard let value = character.unicodeScalars.first?.value else { return 1 }
        let wide =
            (0x1100...0x115F).contains(value) || (0x2600...0x27BF).contains(value)
            || (0x2E80...0xA4CF).contains(value) || (0xAC00...0xD7A3).contains(value)
            || (0xF900...0xFAFF).contains(value) || (0xFF00...0xFF60).contains(value)
            || (0x1F300...0x1FAFF).contains(value)
        return wide ? 2 : 1
    }
}

extension String {
    fileprivate func replacingTrailingBlanks() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
