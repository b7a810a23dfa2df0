/// Composes answers from the knowledge: the chosen topic's text, a comparison of two roles, or a
/// decline that points to the closest topics.
struct AnswerComposer {
    let engine: Engine
    let question: String
    let reading: Reading
    let matches: [Match]
    /// What the composer decided, for the explanation.
    private(set) var notes: [String] = []

    init(engine: Engine, question: String, reading: Reading, matches: [Match]) {
        self.engine = engine
        self.question = question
        self.reading = reading
        self.matches = matches
        topics = engine.knowledge.topics
    }

    private let topics: [Topic]

    /// The answer for `intent`, or nil when no topic answers it for these slots.
    mutating func compose(intent: Intent, confidence: Double) -> Answer? {
        if intent == .compare { return compare(confidence: confidence) }
        let candidates = engine.selector.candidates(for: intent, slots: reading.slots, matches: matches)
        guard let best = candidates.first else {
            notes.append("no topic answers '\(intent.rawValue)' for these entities")
            return nil
        }
        // The rules asked only faintly (no entity named or taken, a weak cue) and retrieval holds a far closer passage of
        // another topic that names no other subject: that passage answers, the rule's topic is offered.
        let chosenScore = matches.first(where: { $0.topic == best })?.score ?? 0
        if let top = matches.first, top.topic != best, top.topic != engine.generalTopic, reading.entities.isEmpty,
            reading.inherited.isEmpty,
            // (Among one intent's topics, the one the stated years chose stands: "… with 6 years … make".)
            reading.years == nil || topics[top.topic].intent != topics[best].intent,
            reading.cueScore < engine.policy.faintCue, top.score >= engine.policy.preferredLead * chosenScore,
            top.score >= engine.policy.preferredScore, top.coverage >= engine.policy.preferredCoverage,
            topics[top.topic].slots.role == reading.slots.role,
            let intent = topics[top.topic].intent
        {
            var answer = topicAnswer(top.topic, intent: intent, confidence: confidence)
            answer.offer(topics[best].suggestedQuestion)
            notes.append("the rule asked faintly; retrieval's '\(topics[top.topic].id)' is far closer: answered by it")
            return answer
        }
        var answer = topicAnswer(best, intent: intent, confidence: confidence)
        answer.blocks.insert(contentsOf: preface(for: topics[best]), at: 0)
        if let particular = roleParticular(to: best) {
            answer.blocks.append(.paragraph(particular.text))
            answer.sources.append(topics[particular.topic].id)
        }
        // A close runner-up from retrieval: answer with the best and offer the other.
        if let top = matches.first, top.topic != best, !candidates.prefix(1).contains(top.topic),
            let chosen = matches.first(where: { $0.topic == best }), top.score > 0.3, chosen.score < top.score * 0.8
        {
            answer.offer(topics[top.topic].suggestedQuestion)
            notes.append("retrieval preferred '\(topics[top.topic].id)': offered as an alternative")
        }
        return answer
    }

    /// The answer of the topic retrieval ranked first.
    mutating func retrieved(_ match: Match, confidence: Double) -> Answer? {
        let topic = topics[match.topic]
        var answer = topicAnswer(match.topic, intent: topic.intent ?? .topic, confidence: confidence)
        if let second = matches.dropFirst().first, second.score >= match.score * 0.9 {
            answer.offer(topics[second.topic].suggestedQuestion)
            notes.append("'\(topics[second.topic].id)' scored close: offered as an alternative")
        }
        return answer
    }

    /// A decline that names what made the question someone else's (`naming`, as typed), when known.
    func decline(naming: [String] = []) -> Answer {
        let closest = matches.prefix(3).map { topics[$0.topic] }
        // With nothing close, the questions help offers.
        let suggestions =
            closest.isEmpty ? Array(engine.helpExamples.prefix(3)) : closest.map(\.suggestedQuestion)
        return Answer(
            question: question, understood: false, intent: .decline, confidence: 0, title: nil,
            blocks: SmallTalk.decline(closest: closest.map(\.title), about: engine.knowledge.about, naming: naming),
            sources: [],
            followups: suggestions, explanation: .empty)
    }

    private func topicAnswer(_ index: Int, intent: Intent, confidence: Double) -> Answer {
        let topic = topics[index]
        return Answer(
            question: question, understood: true, intent: intent, confidence: confidence, title: topic.title,
            blocks: engine.blocks[index], sources: [topic.id],
            followups: topic.followups.compactMap { engine.knowledge[$0]?.suggestedQuestion },
            explanation: .empty)
    }

    /// A sentence tying the answer to what the question stated, when the topic is broader than the question.
    private mutating func preface(for topic: Topic) -> [Answer.Block] {
        var lines: [String] = []
        if let years = reading.years, let stage = topic.slots.stage,
            let stageTopic = topics.first(where: { $0.slots.stage == stage && $0.years != nil })
        {
            let unit = years == 1 ? "year" : "years"
            let level = stageTopic.names.first?.lowercased() ?? stage
            // The year bands (`years:` of the stage topics) are general guidance, not the article's.
            lines.append(
                "With \(years) \(unit) of experience you are most likely at \(level) (general guidance, not from the article)."
            )
        }
        if let role = reading.slots.role, topic.slots.role == nil, topic.intent == .salary,
            let roleTopic = topics.first(where: { $0.slots.role == role && $0.intent == .role })
        {
            // The figures are the overview's ("AI engineer"): the knowledge's own general name.
            let general = topics.first { $0.intent == .overview }?.names.first.map { " to \($0)s" } ?? ""
            lines.append(
                "There are no separate figures for the \(roleTopic.title) role; these apply\(general) in general.")
        }
        return lines.map { .paragraph($0) }
    }

    /// The role's own skills, when a general answer on getting started meets a question naming a role ("how
    /// do I become a computer vision engineer?"): the route is everyone's, what to learn on it the role's.
    /// The role's skills topic retrieval ranks first.
    private func roleParticular(to answered: Int) -> (text: String, topic: Int)? {
        // (A role the question names itself: one in play from earlier turns is no reason to add one.)
        guard topics[answered].intent == .gettingStarted, topics[answered].slots.role == nil,
            let role = reading.slots.role,
            reading.entities.contains(where: { $0.kind == .role && $0.value == role && $0.length > 0 }),
            let roleTopic = topics.first(where: { $0.slots.role == role && $0.intent == .role })
        else { return nil }
        let skills = topics.indices.filter { topics[$0].slots.role == role && topics[$0].intent == .roleSkills }
        guard
            let chosen = matches.first(where: { skills.contains($0.topic) })?.topic ?? skills.first
        else { return nil }
        // Beside the intent's overview ("How to get started") the role's skills always belong; beside a
        // narrower topic (a portfolio) only a role topic retrieval finds as close ("…degree… NLP engineer").
        let overview = topics[answered].id == Intent.gettingStarted.rawValue
        guard overview || matches.prefix(3).contains(where: { $0.topic == chosen }) else { return nil }
        let title = PersonalAnswers.article(roleTopic.names.first ?? roleTopic.title)
        return ("For \(title) in particular: " + TopicText.lead(of: engine.blocks[chosen], 2), chosen)
    }

    /// Two roles side by side, from their role and skills topics. One side may be the general subject (the
    /// overview topic, with the general skills topic): "AI engineer vs ML engineer".
    private mutating func compare(confidence: Double) -> Answer? {
        // In the order the question names them.
        let named = reading.entities.filter { $0.kind == .role }.prefix(2).sorted { $0.position < $1.position }
        let described = named.map(\.value).compactMap { role in
            topics.firstIndex { $0.slots.role == role && $0.intent == .role }
                ?? topics.firstIndex { $0.id == role && $0.intent == .overview }
        }
        guard described.count == 2 else { return nil }
        var blocks: [Answer.Block] = []
        var sources: [String] = []
        for index in described {
            let topic = topics[index]
            var items = [engine.leads.value[index].two]
            sources.append(topic.id)
            let skills =
                topic.intent == .overview
                ? topics.firstIndex { $0.intent == .skills && $0.slots.isEmpty }
                : topics.firstIndex { $0.slots.role == topic.slots.role && $0.intent == .roleSkills }
            if let skills {
                items.append("Skills: " + engine.leads.value[skills].one)
                sources.append(topics[skills].id)
            }
            blocks.append(.paragraph(name(of: topic) + ":"))
            blocks.append(.list(items))
        }
        let titles = described.map { name(of: topics[$0]) }
        return Answer(
            question: question, understood: true, intent: .compare, confidence: confidence,
            title: titles.joined(separator: " vs "), blocks: blocks, sources: sources,
            followups: described.flatMap { topics[$0].followups }.prefix(3).compactMap {
                engine.knowledge[$0]?.suggestedQuestion
            },
            explanation: .empty)
    }

    /// What a side of a comparison is called: a role by its title, the general subject by its first name
    /// ("AI engineer", not "What an AI engineer is").
    private func name(of topic: Topic) -> String {
        guard topic.intent == .overview, let first = topic.names.first else { return topic.title }
        return first.prefix(1).uppercased() + first.dropFirst()
    }
}

extension Answer {
    /// Offers a close second reading first among the suggestions ("Did you mean: …"), once, and keeps the
    /// suggestions to four.
    mutating func offer(_ question: String) {
        followups.removeAll { $0 == question }
        followups.insert("Did you mean: " + question, at: 0)
        followups = Array(followups.prefix(4))
    }
}
