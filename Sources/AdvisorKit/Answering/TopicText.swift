/// A topic's Markdown body as answer blocks: paragraphs, and `- ` lines gathered into lists.
enum TopicText {
    static func blocks(_ body: String) -> [Answer.Block] {
        var blocks: [Answer.Block] = []
        var paragraph: [String] = []
        var items: [String] = []
        func flush() {
            if !paragraph.isEmpty { blocks.append(.paragraph(paragraph.joined(separator: " "))) }
            if !items.isEmpty { blocks.append(.list(items)) }
            paragraph = []
            items = []
        }
        for raw in body.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = String(raw).trimmingWhitespace
            if line.isEmpty {
                flush()
            } else if line.hasPrefix("- ") || line.hasPrefix("* ") {
                if !paragraph.isEmpty { flush() }
                items.append(String(line.dropFirst(2)).trimmingWhitespace)
            } else if !items.isEmpty, raw.hasPrefix(" ") {
                items[items.count - 1] += " " + line  // a list item's continuation line
            } else {
                if !items.isEmpty { flush() }
                paragraph.append(line)
            }
        }
        flush()
        return blocks
    }

    /// The first sentence of a topic's first paragraph.
    static func firstSentence(_ body: String) -> String { firstSentences(of: blocks(body), 1) }

    /// The first `count` sentences of a topic's first paragraph that is not a note on where it comes from
    /// ("The source article does not say…, so this is general guidance."): what it says, for quoting.
    static func lead(of blocks: [Answer.Block], _ count: Int) -> String {
        let start = blocks.firstIndex { block in
            guard case .paragraph(let text) = block else { return false }
            return !text.lowercased().contains("general guidance")
        }
        return firstSentences(of: Array(blocks[(start ?? 0)...]), count)
    }

    /// The first `count` sentences of the first paragraph of `blocks` (a topic's text, parsed).
    static func firstSentences(of blocks: [Answer.Block], _ count: Int) -> String {
        guard case .paragraph(let text)? = blocks.first else { return "" }
        var end = text.startIndex
        for _ in 0..<count {
            guard let stop = text[end...].firstRange(of: ". ") else { return text }
            end = stop.upperBound
        }
        return String(text[..<end]).trimmingWhitespace
    }
}
