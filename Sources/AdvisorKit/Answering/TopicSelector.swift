/// Picks the topics that answer an intent for the slots a question fills, best first.
///
/// A topic about the same entity as the question fits best; a general topic (no value for that slot)
/// comes next; a topic about another entity never fits. Retrieval scores break the remaining ties.
struct TopicSelector: Sendable {
    let knowledge: KnowledgeBase

    func candidates(for intent: Intent, slots: Slots, matches: [Match]) -> [Int] {
        var scores: [Int: Double] = [:]
        for match in matches { scores[match.topic] = match.score }
        var fitting: [(topic: Int, fit: Int, score: Double)] = []
        for (index, topic) in knowledge.topics.enumerated() where topic.intent == intent {
            var fit = 0
            var excluded = false
            for kind in EntityKind.allCases {
                switch (slots[kind], topic.slots[kind]) {
                case let (asked?, about?): if asked == about { fit += 2 } else { excluded = true }
                case (nil, _?): fit -= 1
                default: break
                }
            }
            if !excluded { fitting.append((index, fit, scores[index] ?? 0)) }
        }
        fitting.sort { ($0.fit, $0.score, -$0.topic) > ($1.fit, $1.score, -$1.topic) }
        return fitting.map(\.topic)
    }
}
