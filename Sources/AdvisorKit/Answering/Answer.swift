/// The advisor's reply to one question: a value the renderers turn into text, JSON or a terminal view.
public struct Answer: Sendable, Hashable {
    /// A piece of the answer's text.
    public enum Block: Sendable, Hashable {
        case paragraph(String)
        case list([String])
    }

    /// The question as asked.
    public var question: String
    /// False when the advisor declined (outside the knowledge, or not understood).
    public var understood: Bool
    public var intent: Intent
    /// How sure the advisor is (0–1).
    public var confidence: Double
    /// A heading for the answer (a topic's title), if any.
    public var title: String?
    public var blocks: [Block]
    /// Ids of the knowledge topics the answer comes from.
    public var sources: [String]
    /// Questions worth asking next.
    public var followups: [String]
    /// Where each source comes from, in the order of `sources`: "article" or "general guidance".
    public var origins: [String] = []
    /// Why the advisor answered this way (for `/why`).
    public var explanation: Explanation
    /// Real words read as others to make sense of the question ("sills" read as "skills"): told to the
    /// user with the answer.
    public var readAs: [Analysis.Correction] = []

    /// The answer as plain text: paragraphs separated by blank lines, list items as "- " lines.
    public var text: String {
        blocks.map { block in
            switch block {
            case .paragraph(let text): text
            case .list(let items): items.map { "- " + $0 }.joined(separator: "\n")
            }
        }.joined(separator: "\n\n")
    }
}
