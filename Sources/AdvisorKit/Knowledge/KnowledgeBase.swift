/// A validated set of topics, the lexicon that goes with them, and what the knowledge says about itself.
public struct KnowledgeBase: Sendable {
    public let topics: [Topic]
    public let lexicon: Lexicon
    public let about: About
    private let positions: [String: Int]

    public init(topics: [Topic], lexicon: Lexicon, about: About = About()) {
        self.topics = topics
        self.lexicon = lexicon
        self.about = about
        var positions: [String: Int] = [:]
        for (index, topic) in topics.enumerated() where positions[topic.id] == nil {
            positions[topic.id] = index
        }
        self.positions = positions
    }

    public subscript(id: String) -> Topic? {
        positions[id].map { topics[$0] }
    }

    /// Whether some topic of `intent` declares a value for `kind`: whether the intent's topics are told
    /// apart by it. (By index: iterating would copy every topic.)
    func tellsApart(_ intent: Intent, by kind: EntityKind) -> Bool {
        topics.indices.contains { topics[$0].intent == intent && topics[$0].slots[kind] != nil }
    }

    /// The topics declaring a value for `kind`, e.g. every role.
    public func entityValues(_ kind: EntityKind) -> [String] {
        var seen: Set<String> = []
        return topics.compactMap { $0.slots[kind] }.filter { seen.insert($0).inserted }
    }
}
