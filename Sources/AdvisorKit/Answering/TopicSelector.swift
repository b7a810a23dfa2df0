/// Picks the topics that answer an intent for the slots a question fills, best first.
///
/// A topic about the same entity as the question fits best; a general topic (no value for that slot)
/// comes next; a topic about another entity never fits. Retrieval scores break the remaining ties, with
/// a small head start for the intent's overview topic (the one whose id is the intent's name).
struct TopicSelector: Sendable {
    let knowledge: KnowledgeBase

    func candidates(for intent: Intent, slots: Slots, matches: [Match]) -> [Int] {
        let topics = knowledge.topics
        var scores = [Double](repeating: 0, count: topics.count)
        // A topic that holds more of the question's words is the better fit at equal similarity.
        for match in matches { scores[match.topic] = match.score * (0.5 + 0.5 * match.coverage) }
        var fitting: [(topic: Int, fit: Int, score: Double)] = []
        for index in topics.indices where topics[index].intent == intent {
            let about = topics[index].slots
            var fit = 0
            var excluded = false
            for kind in EntityKind.allCases {
                switch (slots[kind], about[kind]) {
                case let (asked?, about?): if asked == about { fit += 2 } else { excluded = true }
                case (nil, _?): fit -= 1
                default: break
                }
            }
            // The topic named after its intent is the intent's overview: first among equals.
            let overview = topics[index].id == intent.rawValue ? 0.05 : 0
            if !excluded { fitting.append((index, fit, scores[index] + overview)) }
        }
        fitting.sort { ($0.fit, $0.score, -$0.topic) > ($1.fit, $1.score, -$1.topic) }
        return fitting.map(\.topic)
    }
}
