/// One turn of an evaluation conversation: a question and what a right answer to it contains.
///
/// A turn passes when the answer text matches every `all` pattern, at least one `any` pattern (when there
/// are any) and no `none` pattern, and the advisor declined exactly when the turn is out of scope.
public struct EvaluationTurn: Sendable, Hashable {
    public var question: String
    public var all: [AnswerPattern]
    public var any: [AnswerPattern]
    public var none: [AnswerPattern]
    /// The question is outside what the advisor knows: it must decline.
    public var outOfScope: Bool

    public init(
        question: String, all: [AnswerPattern] = [], any: [AnswerPattern] = [], none: [AnswerPattern] = [],
        outOfScope: Bool = false
    ) {
        self.question = question
        self.all = all
        self.any = any
        self.none = none
        self.outOfScope = outOfScope
    }

    /// Why an answer with `text` (declined when `understood` is false) fails this turn, in the words of
    /// the shared grader (`grade.py`); empty when it passes.
    public func failures(text: String, understood: Bool) -> [String] {
        var why: [String] = []
        if outOfScope && understood { why.append("answered an out-of-scope question") }
        if !outOfScope && !understood { why.append("declined an in-scope question") }
        why += all.filter { !$0.matches(text) }.map { "missing " + PythonText.repr($0.source) }
        if !any.isEmpty && !any.contains(where: { $0.matches(text) }) {
            why.append("none of any=" + PythonText.json(any.map(\.source)))
        }
        why += none.filter { $0.matches(text) }.map { "matched none-regex " + PythonText.repr($0.source) }
        return why
    }
}
