/// The result of holding every conversation of a shared evaluation set (JSON Lines) with the advisor:
/// accuracy overall and per category, and the failing turns. Graded as the shared `run.py` does.
public struct ConversationEvaluationReport: Sendable {
    /// What an answer is graded on: its text and whether the advisor understood (false: declined).
    public typealias Reading = @Sendable (Answer) -> (text: String, understood: Bool)

    /// Every turn, conversation by conversation, in the set's order.
    public var turns: [GradedTurn]

    /// Holds each conversation afresh, as a piped-in batch would (`career-advisor --format json < turns`):
    /// one question a line, trimmed, with no `/why` explanations. `reading` says what is graded; by default
    /// the answer's text, which is what JSON output carries as "answer".
    public init(
        conversations: [EvaluationConversation], engine: Engine,
        reading: Reading = { ($0.text, $0.understood) }
    ) {
        turns = conversations.flatMap { conversation in
            var advisor = Advisor(engine: engine)
            advisor.explains = false
            return conversation.turns.enumerated().map { index, turn in
                let answer = advisor.ask(Self.line(turn.question))
                let (text, understood) = reading(answer)
                return GradedTurn(
                    conversation: conversation.id, index: index, category: conversation.category,
                    question: turn.question, answer: text, understood: understood,
                    failures: turn.failures(text: text, understood: understood))
            }
        }
    }

    /// A question as the batch reads it: `run.py` makes line breaks spaces, the batch trims the line.
    static func line(_ question: String) -> String {
        var line = String.UnicodeScalarView()
        for scalar in question.unicodeScalars { line.append(scalar == "\n" || scalar == "\r" ? " " : scalar) }
        return String(line).trimmingWhitespace
    }

    public var passed: Int { turns.filter(\.passed).count }

    public var accuracy: Double { turns.isEmpty ? 0 : Double(passed) / Double(turns.count) }

    /// Per category, sorted by name: turns, passed turns.
    public var byCategory: [(category: String, total: Int, passed: Int)] {
        Dictionary(grouping: turns, by: \.category)
            .sorted { $0.key.unicodeScalars.lexicographicallyPrecedes($1.key.unicodeScalars) }
            .map { ($0.key, $0.value.count, $0.value.filter(\.passed).count) }
    }

    public var failures: [GradedTurn] { turns.filter { !$0.passed } }

    /// The report as the shared `grade.py` prints it, so the two can be compared line by line: the set's
    /// figures, each category's, then (with `failures`) every failing turn.
    public func text(name: String, failures listed: Bool = true) -> String {
        var out = "== \(name): \(passed)/\(turns.count) turns = \(PythonText.percent(accuracy))\n"
        for row in byCategory {
            out +=
                "   " + pad(row.category, 10) + " " + pad("\(row.passed)", 4, left: true) + "/"
                + pad("\(row.total)", 4) + " "
                + pad(PythonText.percent(Double(row.passed) / Double(row.total)), 6, left: true) + "\n"
        }
        guard listed else { return out }
        for turn in failures {
            out += "   FAIL \(turn.id): \(turn.failures.joined(separator: "; "))\n"
            out += "        q: \(turn.question)\n"
            out += "        a: \(PythonText.collapsed(turn.answer, limit: 160))\n"
        }
        return out
    }

    private func pad(_ text: String, _ width: Int, left: Bool = false) -> String {
        let fill = String(repeating: " ", count: max(0, width - text.unicodeScalars.count))
        return left ? fill + text : text + fill
    }
}
