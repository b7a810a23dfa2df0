/// The answer pipeline, built once from the knowledge: analyzer → rules + TF-IDF index → composer.
///
/// It holds no conversation state: `Advisor` passes the context in.
public final class Engine: Sendable {
    public let knowledge: KnowledgeBase
    let analyzer: Analyzer
    let index: TFIDFIndex
    let matcher: IntentMatcher
    let selector: TopicSelector
    /// Stems of the names, keywords and titles: words that make a question ours.
    let domainStems: Set<String>
    let ambiguousStems: Set<String>

    /// Below this confidence the advisor declines (chosen with `career-advisor eval`).
    public static let threshold = 0.5
    /// Questions longer than this many characters are refused as too long to be a question.
    public static let maximumQuestionLength = 2_000

    public init(knowledge: KnowledgeBase) {
        self.knowledge = knowledge
        let reader = Analyzer(lexicon: knowledge.lexicon)
        var frequency: [String: Int] = [:]
        var passages: [TFIDFIndex.Passage] = []
        var domain: Set<String> = []
        for (position, topic) in knowledge.topics.enumerated() {
            let heading = ([topic.title, topic.title] + topic.names + topic.keywords).joined(separator: "\n")
            for word in reader.words(heading + "\n" + topic.body + "\n" + topic.questions.joined(separator: "\n")) {
                frequency[word, default: 0] += 1
            }
            passages.append(
                .init(topic: position, kind: .body, terms: reader.analyze(heading + "\n" + topic.body).terms))
            for (number, question) in topic.questions.enumerated() {
                passages.append(
                    .init(topic: position, kind: .question(number), terms: reader.analyze(question).terms))
            }
            domain.formUnion(
                reader.analyze(([topic.title] + topic.names + topic.keywords).joined(separator: "\n")).terms)
        }
        let analyzer = reader.learning(frequency)
        self.analyzer = analyzer
        index = TFIDFIndex(passages: passages, topicCount: knowledge.topics.count)
        matcher = IntentMatcher(knowledge: knowledge, analyzer: analyzer)
        selector = TopicSelector(knowledge: knowledge)
        domainStems = domain
        ambiguousStems = Set(knowledge.lexicon.ambiguous.flatMap { analyzer.analyze($0).stems })
    }

    /// Answers `question` given the conversation so far.
    public func answer(_ question: String, context: ConversationContext = ConversationContext()) -> Answer {
        var notes: [String] = []
        var text = question
        if text.count > Self.maximumQuestionLength {
            text = String(text.prefix(Self.maximumQuestionLength))
            notes.append("question cut to its first \(Self.maximumQuestionLength) characters")
        }
        let analysis = analyzer.analyze(text)
        var reading = matcher.read(analysis)
        let resolved = resolve(&reading, analysis: analysis, context: context)
        notes += resolved

        // Ambiguous terms ("cv") count only next to another term of ours.
        let anchored =
            !reading.entities.isEmpty
            || analysis.words.contains {
                !$0.isStopword && domainStems.contains($0.stem) && !ambiguousStems.contains($0.stem)
            }
        var terms = analysis.terms
        if !anchored && terms.contains(where: ambiguousStems.contains) {
            terms = terms.map { ambiguousStems.contains($0) ? "?" + $0 : $0 }
            notes.append("ambiguous word(s) with nothing else of ours: not counted")
        }
        let matches = index.search(terms)
        let penalty = unknownPenalty(analysis, terms: terms)
        if penalty < 1 {
            notes.append("words the knowledge does not know lower confidence to ×\(Self.format(penalty))")
        }

        let explanation = { (notes: [String]) in
            Explanation(
                terms: terms, corrections: analysis.corrections, unknownWords: analysis.unknownWords, reading: reading,
                matches: matches.prefix(5).map {
                    .init(
                        id: self.knowledge.topics[$0.topic].id, score: $0.score, coverage: $0.coverage, terms: $0.terms)
                }, notes: notes)
        }

        if let intent = reading.intent, intent.isSmallTalk {
            return Answer(
                question: question, understood: true, intent: intent, confidence: 1, title: nil,
                blocks: SmallTalk.reply(to: intent), sources: [], followups: [], explanation: explanation(notes))
        }

        var composer = AnswerComposer(engine: self, question: question, reading: reading, matches: matches)
        if let intent = reading.intent {
            let confidence = min(1, reading.score / 2.5) * penalty
            if confidence >= Self.threshold, let answer = composer.compose(intent: intent, confidence: confidence) {
                return answer.with(explanation(notes + composer.notes))
            }
            notes.append(
                "rule '\(intent.rawValue)' scored \(Self.format(reading.score)), confidence \(Self.format(confidence))")
        }
        if let best = matches.first {
            let confidence = best.coverage * min(1, best.score / 0.45) * penalty
            if confidence >= Self.threshold, let answer = composer.retrieved(best, confidence: confidence) {
                return answer.with(explanation(notes + ["answered by retrieval alone"] + composer.notes))
            }
            notes.append("best passage '\(knowledge.topics[best.topic].id)' confidence \(Self.format(confidence))")
        }
        return composer.decline().with(explanation(notes + ["declined: below confidence \(Self.threshold)"]))
    }

    /// Fills the reading from the conversation when the question leans on it.
    private func resolve(_ reading: inout Reading, analysis: Analysis, context: ConversationContext) -> [String] {
        guard let previous = context.intent, !previous.isSmallTalk else { return [] }
        var notes: [String] = []
        if reading.cues.isEmpty, !reading.slots.isEmpty, ConversationContext.isElliptical(analysis) {
            var slots = context.slots
            for kind in EntityKind.allCases where reading.slots[kind] != nil {
                slots[kind] = reading.slots[kind]
            }
            if previous != .compare || reading.roles.count >= 2 {
                reading.intent = previous
                reading.score = max(reading.score, 2.5)
                reading.slots = slots
                notes.append("follow-up: kept the intent '\(previous.rawValue)' from the conversation")
                return notes
            }
        }
        if ConversationContext.leansOnContext(analysis) || reading.intent == nil {
            var inherited: [String] = []
            for kind in EntityKind.allCases where reading.slots[kind] == nil && context.slots[kind] != nil {
                reading.slots[kind] = context.slots[kind]
                inherited.append("\(kind.rawValue) \(context.slots[kind]!)")
            }
            if !inherited.isEmpty {
                let rereading = matcher.read(analysis, slots: reading.slots)
                reading.intent = rereading.intent ?? reading.intent
                reading.score = max(rereading.score, reading.score)
                reading.cues = rereading.cues
                reading.alternatives = rereading.alternatives
                notes.append("follow-up: took \(inherited.joined(separator: ", ")) from the conversation")
            }
        }
        return notes
    }

    /// 1 when every content word is known; lower as unknown words take a larger share of the question.
    /// An unknown word after "in", "at" or "from" (a place or an employer) counts half.
    private func unknownPenalty(_ analysis: Analysis, terms: [String]) -> Double {
        var known = 0.0
        var unknown = 0.0
        let ambiguousUnanchored = terms.contains { $0.hasPrefix("?") }
        for (index, word) in analysis.words.enumerated() where !word.isStopword && !word.text.first!.isNumber {
            if word.isKnown && !(ambiguousUnanchored && ambiguousStems.contains(word.stem)) {
                known += 1
            } else {
                let previous = index > 0 ? analysis.words[index - 1].text : ""
                unknown += ["in", "at", "from", "near"].contains(previous) ? 0.5 : 1
            }
        }
        return known + unknown == 0 ? 1 : known / (known + unknown)
    }

    static func format(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
    }
}
