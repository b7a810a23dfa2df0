extension String {
    /// The text with control characters (and so every escape sequence) made visible and harmless:
    /// a question or a knowledge file can never move the cursor or retitle the terminal.
    public var printable: String {
        var out = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            let value = scalar.value
            if value < 0x20 || (0x7F...0x9F).contains(value) {
                out.append(value == 0x09 ? " " : "\u{FFFD}")
            } else if (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value) {
                continue  // bidirectional overrides
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }
}
