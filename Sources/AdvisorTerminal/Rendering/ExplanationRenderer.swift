import AdvisorKit

/// Renders why an answer came about (`/why`): what the rules read (intent, cues, entities), what
/// retrieval ranked (passages with their TF-IDF scores and the terms that contributed), the spelling
/// corrections and the engine's notes.
public struct ExplanationRenderer: Sendable {
    /// Columns to wrap to; nil leaves lines whole.
    public var width: Int?
    public var style: Style
    /// Passages listed at most.
    public var passages = 5
    /// Terms listed per passage at most.
    public var termsPerPassage = 4

    public init(width: Int?, style: Style) {
        self.width = width
        self.style = style
    }

    public func render(_ answer: Answer) -> String {
        let explanation = answer.explanation
        let reading = explanation.reading
        var lines = Wrapper.wrap("Why that answer to “\(answer.question.printable)”", width: width).map(style.bold)
        lines += Wrapper.wrap(ReadingSummary.sentence(answer).printable, width: width)
        let outcome =
            answer.understood
            ? "answered as \(answer.intent.rawValue), confidence \(NumberText.fixed(answer.confidence, 2))"
            : "not answered (\(answer.intent.rawValue))"
        field(
            "Outcome", outcome + (answer.sources.isEmpty ? "" : " from " + answer.sources.joined(separator: ", ")),
            &lines)

        var rules = "no rule matched"
        if let intent = reading.intent {
            rules = "intent \(intent.rawValue), score \(NumberText.fixed(reading.score, 2))"
            if !reading.cues.isEmpty { rules += "; cues " + reading.cues.map { "“\($0)”" }.joined(separator: ", ") }
        }
        let runnersUp = reading.alternatives.prefix(3).map { "\($0.intent.rawValue) \(NumberText.fixed($0.score, 2))" }
        if !runnersUp.isEmpty { rules += "; runners-up " + runnersUp.joined(separator: ", ") }
        field("Rules", rules, &lines)

        var entities = reading.entities.map { "\($0.kind.rawValue) \($0.value) (“\($0.words)”)" }
        if let years = reading.years { entities.append("\(years) year\(years == 1 ? "" : "s") of experience") }
        field("Entities", entities.isEmpty ? "none" : entities.joined(separator: ", "), &lines)
        field("Terms", explanation.terms.isEmpty ? "none" : explanation.terms.joined(separator: " "), &lines)
        if !explanation.corrections.isEmpty {
            field(
                "Spelling", explanation.corrections.map { "\($0.typed) → \($0.read)" }.joined(separator: ", "), &lines)
        }
        if !explanation.unknownWords.isEmpty {
            field("Unknown words", explanation.unknownWords.joined(separator: ", "), &lines)
        }

        if explanation.matches.isEmpty {
            field("Passages", "none matched", &lines)
        } else {
            field("Passages", "TF-IDF cosine score; coverage: the share of the question found", &lines)
            for (number, match) in explanation.matches.prefix(passages).enumerated() {
                let terms = match.terms.prefix(termsPerPassage).map { "\($0.term) \(NumberText.fixed($0.weight, 2))" }
                let text =
                    "\(match.id) \(NumberText.fixed(match.score, 3)), coverage \(NumberText.fixed(match.coverage, 2))"
                    + (terms.isEmpty ? "" : "; terms " + terms.joined(separator: ", "))
                lines += Wrapper.wrap(text.printable, width: width, indent: "  \(number + 1). ", hanging: "     ")
            }
        }
        if !explanation.notes.isEmpty {
            lines.append(style.accent("Notes"))
            for note in explanation.notes {
                lines += Wrapper.wrap(note.printable, width: width, indent: "  • ", hanging: "    ")
            }
        }
        return lines.joined(separator: "\n")
    }

    /// One "Label: text" line, wrapped under itself; only the label is styled.
    private func field(_ label: String, _ text: String, _ lines: inout [String]) {
        var wrapped = Wrapper.wrap(text.printable, width: width, indent: label + ": ", hanging: "  ")
        if let first = wrapped.first, style.color {
            wrapped[0] = style.accent(label) + ":" + first.dropFirst(label.count + 1)
        }
        lines += wrapped
    }
}
