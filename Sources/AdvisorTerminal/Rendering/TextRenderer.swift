import AdvisorKit

/// Renders an answer as text: for a pipe (plain, unwrapped) or a terminal (wrapped, maybe colored).
public struct TextRenderer: Sendable {
    /// Columns to wrap to; nil leaves lines whole.
    public var width: Int?
    public var style: Style
    /// No blank lines inside an answer, so that a blank line always separates two answers (batch mode).
    public var compact: Bool

    public init(width: Int?, style: Style, compact: Bool = false) {
        self.width = width
        self.style = style
        self.compact = compact
    }

    /// The answer's lines: title, text, sources, then the follow-ups (see `SuggestionList`).
    public func render(_ answer: Answer) -> String {
        var lines: [String] = []
        if let title = answer.title {
            lines += Wrapper.wrap(title.printable, width: width).map(style.bold)
        }
        if !answer.readAs.isEmpty {
            let read = answer.readAs.map { "“\($0.typed)” as “\($0.read)”" }.joined(separator: ", ")
            lines += Wrapper.wrap("(read \(read))".printable, width: width).map(style.dim)
        }
        for (index, block) in answer.blocks.enumerated() {
            if index > 0 && !compact { lines.append("") }
            switch block {
            case .paragraph(let text):
                lines += Wrapper.wrap(text.printable, width: width)
            case .list(let items):
                for item in items {
                    lines += Wrapper.wrap(item.printable, width: width, indent: "  • ", hanging: "    ")
                }
            }
        }
        if !answer.sources.isEmpty {
            lines += Wrapper.wrap(Self.sourceLine(answer), width: width, hanging: " ").map(style.dim)
        }
        let suggestions = SuggestionList(answer.followups)
        if let meant = suggestions.didYouMean {
            lines += Wrapper.wrap("Did you mean: " + meant.printable, width: width, hanging: "  ")
        }
        for hint in suggestions.hints {
            lines += Wrapper.wrap(hint.printable, width: width, hanging: "  ")
        }
        if !suggestions.numbered.isEmpty {
            lines.append(style.accent(answer.understood ? "You could ask next:" : "You could ask:"))
            for (number, followup) in suggestions.numbered.enumerated() {
                lines += Wrapper.wrap(followup.printable, width: width, indent: "  \(number + 1)) ", hanging: "     ")
            }
        }
        return lines.joined(separator: "\n")
    }

    /// "(source: a, b)", with "; general guidance" when every source is guidance, or "(general guidance)"
    /// after each one that is when the origins differ ("salary, getting-started (general guidance)").
    static func sourceLine(_ answer: Answer) -> String {
        let guidance = Topic.Origin.generalGuidance.rawValue
        let sources = answer.sources.map(\.printable)
        guard answer.origins.contains(guidance) else { return "(source: \(sources.joined(separator: ", ")))" }
        guard answer.origins.count == sources.count, !answer.origins.allSatisfy({ $0 == guidance }) else {
            return "(source: \(sources.joined(separator: ", ")); general guidance)"
        }
        let marked = zip(sources, answer.origins).map { $1 == guidance ? "\($0) (general guidance)" : $0 }
        return "(source: \(marked.joined(separator: ", ")))"
    }
}
