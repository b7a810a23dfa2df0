/// One line of an evaluation file: a question with the intent and topic a careful reader expects.
///
/// Format: `intent<TAB>topic<TAB>question`. Topic `*` accepts any topic, `-` none. An intent written
/// `~salary` continues the previous line's conversation (a follow-up); otherwise each line starts afresh.
/// `#` starts a comment line.
public struct LabelledQuestion: Sendable, Hashable {
    public var intent: Intent
    public var topic: String?
    public var question: String
    public var continuesConversation: Bool
    public var line: Int

    /// The labelled questions in `text`, or a problem naming the first bad line.
    public static func parse(_ text: String, file: String) -> Result<[LabelledQuestion], KnowledgeProblem> {
        var questions: [LabelledQuestion] = []
        for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if line.allSatisfy(\.isWhitespace) || line.hasPrefix("#") { continue }
            let columns = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
            guard columns.count == 3 else {
                return .failure(
                    .init(file: file, line: offset + 1, message: "expected 'intent<TAB>topic<TAB>question'"))
            }
            let continues = columns[0].hasPrefix("~")
            let name = String(continues ? columns[0].dropFirst() : columns[0])
            guard let intent = Intent(rawValue: name) else {
                let known = Intent.allCases.map(\.rawValue).joined(separator: ", ")
                return .failure(
                    .init(file: file, line: offset + 1, message: "unknown intent '\(name)' (known: \(known))"))
            }
            let topic = String(columns[1])
            questions.append(
                LabelledQuestion(
                    intent: intent, topic: topic == "*" || topic == "-" ? nil : topic, question: String(columns[2]),
                    continuesConversation: continues, line: offset + 1))
        }
        return .success(questions)
    }
}
