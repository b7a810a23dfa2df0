/// The answer pipeline, built once from the knowledge: analyzer → rules + TF-IDF index → composer.
///
/// It holds no conversation state: `Advisor` passes the context in.
public final class Engine: Sendable {
    public let knowledge: KnowledgeBase
    /// Each topic's answer text as blocks, parsed once.
    let blocks: [[Answer.Block]]
    let analyzer: Analyzer
    let index: TFIDFIndex
    let matcher: IntentMatcher
    let selector: TopicSelector
    let profileReader: ProfileReader
    let planner: PlanBuilder
    /// Stems of the names, keywords and titles: words that make a question ours.
    let domainStems: Set<String>
    /// The lexicon's outside terms, analyzed: a question naming one is not ours (unless it names a role).
    let outsidePhrases: [String: [[String]]]

    /// Below this confidence the advisor declines (chosen with `career-advisor eval`).
    public static let threshold = 0.6
    /// How much an unknown word counts against the known ones.
    static let unknownWeight = 1.0
    /// How much a word the lexicon calls outside (a dentist, a résumé) counts against the known ones.
    static let outsideWeight = 3.0
    /// Questions longer than this many characters are refused as too long to be a question.
    public static let maximumQuestionLength = 2_000

    public init(knowledge: KnowledgeBase) {
        self.knowledge = knowledge
        blocks = knowledge.topics.map { TopicText.blocks($0.body) }
        let reader = Analyzer(lexicon: knowledge.lexicon)
        var frequency: [String: Int] = [:]
        var passages: [TFIDFIndex.Passage] = []
        var domain: Set<String> = []
        // The rules' cue words are words we understand: known, and targets for typo correction.
        var targets = Set(IntentRule.table.flatMap { $0.cues.keys.flatMap(reader.words) })
        for word in targets { frequency[word, default: 0] += 1 }
        // Outside words are known too, so a typo fix never turns "pilot" into "pivot".
        for word in knowledge.lexicon.outside.flatMap(reader.words) { frequency[word, default: 0] += 1 }
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
            let naming = ([topic.title] + topic.names + topic.keywords).joined(separator: "\n")
            domain.formUnion(reader.analyze(naming).terms)
            targets.formUnion(reader.words(naming))
        }
        let analyzer = reader.learning(frequency, correctingTo: targets)
        self.analyzer = analyzer
        index = TFIDFIndex(passages: passages, topicCount: knowledge.topics.count)
        matcher = IntentMatcher(knowledge: knowledge, analyzer: analyzer)
        selector = TopicSelector(knowledge: knowledge)
        let catalog = SkillCatalog(knowledge: knowledge, analyzer: analyzer)
        profileReader = ProfileReader(catalog: catalog, firstStage: matcher.firstStage)
        planner = PlanBuilder(knowledge: knowledge, catalog: catalog)
        domainStems = domain
        outsidePhrases = Dictionary(
            grouping: knowledge.lexicon.outside.map { EntityRecognizer.folded(analyzer.analyze($0)) }.filter {
                !$0.isEmpty
            },
            by: { $0[0] })
    }

    /// An answer and the conversation as it stands after it.
    public struct Response: Sendable {
        public var answer: Answer
        public var context: ConversationContext
    }

    /// Answers `question` on its own, with no conversation before it.
    public func answer(_ question: String, context: ConversationContext = ConversationContext()) -> Answer {
        respond(to: question, in: context).answer
    }

    /// Answers `asked` in the conversation `context`, and returns the conversation after it: what is in
    /// play, what the user said about themselves, the plan and the suggestions on offer.
    public func respond(to asked: String, in context: ConversationContext) -> Response {
        var notes: [String] = []
        var text = asked
        // A question longer than any real question is read (and echoed) only in part.
        var question = asked
        if text.utf8.count > Self.maximumQuestionLength, text.count > Self.maximumQuestionLength {
            text = String(text.prefix(Self.maximumQuestionLength))
            question = text + "…"
            notes.append("question cut to its first \(Self.maximumQuestionLength) characters")
        }
        let analysis = settleAmbiguity(analyzer.analyze(text), notes: &notes)
        var reading = matcher.read(analysis)
        notes += resolve(&reading, analysis: analysis, context: context)
        let statement = profileReader.read(analysis, reading: reading, text: text)
        var next = context
        next.profile.merge(statement.update)
        notes += tailor(&reading, analysis: analysis, profile: next.profile)
        let matches = rank(index.search(analysis.terms), slots: reading.slots)
        let trace = Trace(analysis: analysis, reading: reading, matches: matches, engine: self)

        var answer: Answer
        let target = statement.update.target ?? reading.roles.first ?? next.profile.target
        let wantsPlan = statement.asksForGap || (statement.asksWhatToLearn && !next.profile.skills.isEmpty)
        if wantsPlan, let target, let plan = planner.plan(for: target, having: next.profile.skills) {
            next.profile.target = target
            next.plan = plan
            answer = PersonalAnswers.plan(plan, question: question, engine: self)
            notes.append("skills gap towards '\(target)' from the profile's skills")
        } else if statement.isStatement {
            answer = PersonalAnswers.noted(statement.update, profile: next.profile, question: question, engine: self)
            notes.append("a statement about the user: remembered in the profile")
        } else {
            answer = self.answer(
                question, text: text, analysis: analysis, reading: reading, matches: matches, notes: &notes)
        }
        answer.explanation = trace.explanation(notes)
        if answer.understood, !answer.intent.isSmallTalk, answer.intent != .profile {
            next.intent = answer.intent
            next.slots = reading.slots
            next.topic = answer.sources.first
        }
        next.followups = answer.followups
        return Response(answer: answer, context: next)
    }

    /// What the rules and retrieval make of a question: a topic's answer, a comparison, or a decline.
    private func answer(
        _ question: String, text: String, analysis: Analysis, reading: Reading, matches: [Match],
        notes: inout [String]
    ) -> Answer {
        let outside = outsideWords(in: analysis, entities: reading.entities)
        var penalty = unknownPenalty(analysis, outside: outside)
        // In a post of several sentences, the one that asks decides: background ("I'm a frontend dev, pretty
        // comfortable with JS") should not drown a plain question ("how do I become an AI engineer?").
        for sentence in Self.askingSentences(text) where penalty < 1 {
            let part = analyzer.analyze(sentence)
            penalty = max(penalty, unknownPenalty(part, outside: outsideWords(in: part, entities: [])))
        }
        if !outside.isEmpty {
            let words = outside.sorted().map { analysis.words[$0].text }.joined(separator: ", ")
            notes.append("outside the knowledge: \(words)")
        }
        if penalty < 1 {
            notes.append("words the knowledge does not know lower confidence to ×\(Self.format(penalty))")
        }
        if let intent = reading.intent, intent.isSmallTalk {
            return Answer(
                question: question, understood: true, intent: intent, confidence: 1, title: nil,
                blocks: SmallTalk.reply(to: intent), sources: [], followups: [], explanation: .empty)
        }
        var composer = AnswerComposer(engine: self, question: question, reading: reading, matches: matches)
        defer { notes += composer.notes }
        if let intent = reading.intent {
            // A named entity is a subject understood: it counts towards confidence on top of the rule's score.
            let evidence = reading.score + (reading.entities.isEmpty ? 0 : 0.5)
            let confidence = (Self.namesOnlyEntities(analysis, reading) ? 1 : min(1, evidence / 2.5)) * penalty
            if confidence >= Self.threshold {
                if let strong = overridingMatch(for: intent, matches: matches) {
                    notes.append(
                        "retrieval matched '\(knowledge.topics[strong.topic].id)' far better than the rule's topics")
                    if let answer = composer.retrieved(strong, confidence: confidence) { return answer }
                }
                if let answer = composer.compose(intent: intent, confidence: confidence) { return answer }
            }
            notes.append(
                "rule '\(intent.rawValue)' scored \(Self.format(reading.score)), confidence \(Self.format(confidence))")
        }
        if let best = matches.first {
            // Coverage already discounts unknown words here; only outside words count again.
            let outsidePenalty = unknownPenalty(analysis, outside: outside, countingUnknown: false)
            let confidence = best.coverage * min(1, best.score / 0.6) * outsidePenalty
            if confidence >= Self.threshold, let answer = composer.retrieved(best, confidence: confidence) {
                notes.append("answered by retrieval alone")
                return answer
            }
            notes.append("best passage '\(knowledge.topics[best.topic].id)' confidence \(Self.format(confidence))")
        }
        notes.append("declined: below confidence \(Self.threshold)")
        return composer.decline()
    }

    /// The role topic that best matches what someone likes working with ("speech and text" → NLP engineer).
    func suggestRole(for interest: String) -> Topic? {
        let matches = index.search(analyzer.analyze(interest).terms)
        return matches.lazy.map { self.knowledge.topics[$0.topic] }.first { $0.intent == .role }
    }

    /// The sentences of `text` that ask (end in "?" or open with a question word), when it has several.
    static func askingSentences(_ text: String) -> [String] {
        var sentences: [(text: String, asks: Bool)] = []
        var current = ""
        for character in text {
            if ".?!;\n".contains(character) {
                if !current.trimmingWhitespace.isEmpty { sentences.append((current, character == "?")) }
                current = ""
            } else {
                current.append(character)
            }
        }
        if !current.trimmingWhitespace.isEmpty { sentences.append((current, false)) }
        guard sentences.count > 1 else { return [] }
        let openers: Set<String> = [
            "what", "how", "which", "who", "why", "where", "when", "is", "are", "do", "does", "can",
        ]
        return sentences.filter { sentence in
            sentence.asks || Tokenizer.words(sentence.text).first.map(openers.contains) == true
        }.map(\.text)
    }

    /// Answers for the person asking: a salary question takes their stage when it names none, and so does
    /// a question about *their* path ("what's my next step?").
    private func tailor(_ reading: inout Reading, analysis: Analysis, profile: Profile) -> [String] {
        guard let stage = profile.stage, reading.slots.stage == nil, let intent = reading.intent else { return [] }
        let personal = analysis.words.contains { ["i", "my", "me", "im"].contains($0.text) }
        guard intent == .salary || (intent == .careerPath && personal) else { return [] }
        var slots = reading.slots
        slots.stage = stage
        let reread = matcher.read(analysis, inheriting: slots)
        guard reread.intent == intent else { return [] }
        reading = reread
        return ["tailored to the profile's stage '\(stage)'"]
    }

    /// Positions of the words that belong to an outside term of the lexicon (matched word for word with
    /// plurals folded, not by stem: "marketer" is outside, "market" is not), except words that name one of
    /// our entities.
    private func outsideWords(in analysis: Analysis, entities: [Entity]) -> Set<Int> {
        let words = EntityRecognizer.folded(analysis)
        var positions: Set<Int> = []
        for (start, word) in words.enumerated() {
            for phrase in outsidePhrases[word] ?? [] where words[start...].starts(with: phrase) {
                positions.formUnion(start..<(start + phrase.count))
            }
        }
        return positions.isEmpty ? positions : positions.subtracting(entities.flatMap(\.span))
    }

    /// Whether the question is nothing but names of ours ("nlp engineer", "senior level"): fully understood.
    static func namesOnlyEntities(_ analysis: Analysis, _ reading: Reading) -> Bool {
        let named = Set(reading.entities.flatMap(\.span))
        return !named.isEmpty
            && analysis.words.indices.allSatisfy { analysis.words[$0].isStopword || named.contains($0) }
    }

    /// Ambiguous words ("cv") count only next to another term of ours; alone they are unknown words.
    private func settleAmbiguity(_ analysis: Analysis, notes: inout [String]) -> Analysis {
        guard analysis.words.contains(where: \.isAmbiguous) else { return analysis }
        let anchored = analysis.words.contains {
            !$0.isStopword && !$0.isAmbiguous && domainStems.contains($0.stem)
        }
        if anchored { return analysis }
        var settled = analysis
        for index in settled.words.indices where settled.words[index].isAmbiguous {
            settled.words[index].stem = "?" + settled.words[index].stem
            settled.words[index].isKnown = false
        }
        notes.append("ambiguous word(s) with nothing else of ours: not counted")
        return settled
    }

    /// Retrieval order, with topics about an entity the question does not name a little behind.
    private func rank(_ matches: [Match], slots: Slots) -> [Match] {
        var ranked = matches
        for index in ranked.indices {
            let about = knowledge.topics[ranked[index].topic].slots
            // A role's own topic is the narrowest answer: furthest behind when no role is named.
            if about.role != nil && slots.role == nil {
                ranked[index].score *= 0.75
            } else if EntityKind.allCases.contains(where: { about[$0] != nil && slots[$0] == nil }) {
                ranked[index].score *= 0.85
            }
        }
        return ranked.sorted { ($0.score, -$0.topic) > ($1.score, -$1.topic) }
    }

    /// A retrieval match so much closer than any topic of the rule's intent that it should answer instead:
    /// the question is almost one of its alternate questions.
    private func overridingMatch(for intent: Intent, matches: [Match]) -> Match? {
        guard let top = matches.first, knowledge.topics[top.topic].intent != intent, top.score >= 0.7,
            top.coverage >= 0.8
        else { return nil }
        let ruleBest = matches.first { knowledge.topics[$0.topic].intent == intent }?.score ?? 0
        return top.score - ruleBest >= 0.3 ? top : nil
    }

    /// Reads the question again in the conversation's context when it leans on it: an elliptical
    /// follow-up ("and for seniors?", "what about NLP engineers?") keeps the previous intent unless it
    /// plainly asks something else; a pointer ("they", "it", "next") takes the entities in play.
    private func resolve(_ reading: inout Reading, analysis: Analysis, context: ConversationContext) -> [String] {
        guard let previous = context.intent, !previous.isSmallTalk else { return [] }
        let elliptical = ConversationContext.isElliptical(analysis)
        guard elliptical || ConversationContext.leansOnContext(analysis) || reading.intent == nil else { return [] }
        var reread = matcher.read(analysis, inheriting: context.slots)
        var notes: [String] = []
        if !reread.inherited.isEmpty {
            let taken = reread.inherited.map { "\($0.rawValue) \(reread.slots[$0] ?? "")" }
            notes.append("follow-up: took \(taken.joined(separator: ", ")) from the conversation")
        }
        if elliptical, reread.cueScore < 2, previous != reread.intent,
            previous != .compare || reread.roles.count >= 2
        {
            reread.intent = previous
            reread.score = max(reread.score, 2.5)
            notes.append("follow-up: kept the intent '\(previous.rawValue)' from the conversation")
        }
        if reread.intent == nil { return [] }
        reading = reread
        return notes
    }

    /// 1 when every content word is known; lower as unknown words take a larger share of the question.
    /// A word the lexicon calls outside weighs most (it is likely the subject: "a dentist's salary"); an
    /// unknown word after "in", "at" or "from" (a place or an employer) weighs least.
    private func unknownPenalty(_ analysis: Analysis, outside: Set<Int>, countingUnknown: Bool = true) -> Double {
        var known = 0.0
        var unknown = 0.0
        for (index, word) in analysis.words.enumerated() where !word.isStopword && !word.text.first!.isNumber {
            if outside.contains(index) {
                unknown += Self.outsideWeight
            } else if word.isKnown {
                known += 1
            } else {
                let previous = index > 0 ? analysis.words[index - 1].text : ""
                guard countingUnknown else { continue }
                unknown += ["in", "at", "from", "near"].contains(previous) ? 0.5 : Self.unknownWeight
            }
        }
        return known + unknown == 0 ? 1 : known / (known + unknown)
    }

    static func format(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
    }
}
