/// Splits text into lower-case words: runs of letters, or runs of digits.
///
/// Unicode-aware (accents and other scripts are letters), it drops punctuation, symbols, control
/// characters and escape sequences, and splits "4yrs" into "4" and "yrs". It never fails.
enum Tokenizer {
    /// Questions are read up to this many words; the rest is ignored.
    static let maximumWords = 200

    static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        var currentIsDigit = false
        func flush() {
            if !current.isEmpty {
                words.append(String(current).lowercased())
                current = String.UnicodeScalarView()
            }
        }
        for scalar in text.unicodeScalars {
            let properties = scalar.properties
            let isDigit = properties.numericType == .decimal
            if isDigit || properties.isAlphabetic {
                if !current.isEmpty && isDigit != currentIsDigit { flush() }
                if words.count >= maximumWords { break }
                currentIsDigit = isDigit
                current.append(scalar)
            } else if properties.generalCategory == .nonspacingMark && !current.isEmpty {
                continue  // a combining accent: fold "é" written as "e" + U+0301 to "e"
            } else {
                flush()
            }
        }
        if words.count < maximumWords { flush() }
        return words
    }
}
