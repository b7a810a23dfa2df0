/// What a knowledge base says about itself (`about.yaml`): the advisor's name, what it covers, how it
/// greets, the examples its help offers, and optionally its decline threshold.
///
/// Everything the advisor says on its own account comes from here, so that the engine assumes nothing
/// about the subject of the knowledge it serves. Every field is optional.
public struct About: Sendable, Hashable {
    /// The advisor's name ("the career advisor").
    public var name: String?
    /// What the knowledge covers, as a phrase that ends "I answer questions about …" and
    /// "I can help with …" ("AI-engineering careers: roles, skills, salaries").
    public var covers: String?
    /// The greeting's own sentence, replacing "Hello! I answer questions about …".
    public var greeting: String?
    /// Example questions that help offers.
    public var examples: [String]
    /// The decline threshold, when the author chose one (0–1); otherwise the engine derives it.
    public var threshold: Double?

    public init(
        name: String? = nil, covers: String? = nil, greeting: String? = nil, examples: [String] = [],
        threshold: Double? = nil
    ) {
        self.name = name
        self.covers = covers
        self.greeting = greeting
        self.examples = examples
        self.threshold = threshold
    }

    /// What the knowledge covers without its parts: "AI-engineering careers" of "AI-engineering careers:
    /// roles, skills…".
    public var subject: String? {
        guard let covers else { return nil }
        return covers.split(separator: ":", maxSplits: 1).first.map { String($0).trimmingWhitespace }
    }
}
