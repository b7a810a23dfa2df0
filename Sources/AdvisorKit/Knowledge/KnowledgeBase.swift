/// A validated set of topics and the lexicon that goes with them.
public struct KnowledgeBase: Sendable {
    public let topics: [Topic]
    public let lexicon: Lexicon
    private let positions: [String: Int]

    public init(topics: [Topic], lexicon: Lexicon) {
        self.topics = topics
        self.lexicon = lexicon
        var positions: [String: Int] = [:]
        for (index, topic) in topics.enumerated() where positions[topic.id] == nil {
            positions[topic.id] = index
        }
        self.positions = positions
    }

    public subscript(id: String) -> Topic? {
        positions[id].map { topics[$0] }
    }

    /// The topics declaring a value for `kind`, e.g. every role.
    public func entityValues(_ kind: EntityKind) -> [String] {
        var seen: Set<String> = []
        return topics.compactMap { $0.slots[kind] }.filter { seen.insert($0).inserted }
    }
}
