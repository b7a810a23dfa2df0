/// An answer's follow-ups as they are shown: a "Did you mean" outside the list, hints addressed to the
/// user ("Which role do you want? e.g. …") as plain lines, and the questions to ask next, numbered.
/// Typing a number asks the question with that number on screen, nothing else.
public struct SuggestionList: Sendable, Hashable {
    /// The question the advisor thinks was meant, if it offered one.
    public var didYouMean: String?
    /// Lines telling the user what they could say, not questions to ask.
    public var hints: [String] = []
    /// The questions shown with numbers 1, 2, 3…
    public var numbered: [String] = []

    static let didYouMeanLead = "Did you mean: "

    public init(_ followups: [String]) {
        for followup in followups {
            if followup.hasPrefix(Self.didYouMeanLead), didYouMean == nil {
                didYouMean = String(followup.dropFirst(Self.didYouMeanLead.count))
            } else if followup.contains(" e.g. ") {
                hints.append(followup)
            } else {
                numbered.append(followup)
            }
        }
    }

    /// The question numbered `number` on screen.
    public func question(_ number: Int) -> String? {
        numbered.indices.contains(number - 1) ? numbered[number - 1] : nil
    }
}
