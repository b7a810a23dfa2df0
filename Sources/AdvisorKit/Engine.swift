/// The answer pipeline, built once from the knowledge: analyzer → rules + TF-IDF index → composer.
///
/// It holds no conversation state: `Advisor` passes the context in.
public final class Engine: Sendable {
    public let knowledge: KnowledgeBase
    /// Each topic's answer text as blocks, parsed once.
    let blocks: [[Answer.Block]]
    /// Each topic's first sentence and first two (comparisons quote them), found on first use.
    let leads: Lazy<[(one: String, two: String)]>
    let analyzer: Analyzer
    let index: TFIDFIndex
    let matcher: IntentMatcher
    let selector: TopicSelector
    let profileReader: ProfileReader
    let planner: PlanBuilder
    /// Stems of the names, keywords and titles: words that make a question ours.
    let domainStems: Set<String>
    /// Each topic's naming stems (its title, names and keywords), by position.
    let naming: [Set<String>]
    /// The lexicon's outside terms, analyzed: a question naming one is not ours (unless it names a role).
    let outsidePhrases: WordTable<[[String]]>
    /// The last words of the job titles the knowledge names ("engineer", "scientist", "manager").
    let titleWords: Set<String>
    /// The topic about the knowledge's general subject ("What an AI engineer is"): nearly every question
    /// names that subject, so retrieval alone never puts it above the rules' reading.
    let generalTopic: Int?
    /// Whether the knowledge has roles and skills: only then do profile and plan answers speak.
    let speaksPersonally: Bool
    /// The example questions help offers: the knowledge's own (`about.yaml`), or its first topics'.
    let helpExamples: [String]
    /// The spelling of each topic's own questions, made when a blend first needs it (`RetrievalBlend`).
    let grams: Lazy<CharacterGrams>

    /// When to answer and when to decline.
    public let policy: ConfidencePolicy
    /// Questions longer than this many characters are refused as too long to be a question.
    public static let maximumQuestionLength = 2_000

    /// An engine over `knowledge` with the threshold the knowledge declares (`about.yaml`), or else the
    /// threshold and naming exponent it derives from itself (`ThresholdCalibration`); the other constants
    /// are `ConfidencePolicy.standard`'s.
    public convenience init(knowledge: KnowledgeBase) {
        self.init(knowledge: knowledge, policy: Self.policy(for: knowledge))
    }

    /// An engine over `knowledge` from its `compiled` form when that fits it (the built-in knowledge's,
    /// restored from the data the build wrote), else compiling it now; deciding as `init(knowledge:)` does.
    public convenience init(knowledge: KnowledgeBase, compiled: CompiledKnowledge?) {
        guard let compiled, compiled.fits(knowledge) else {
            self.init(knowledge: knowledge)
            return
        }
        self.init(knowledge: knowledge, policy: Self.policy(for: knowledge), compiled: compiled)
    }

    /// An engine over `knowledge` deciding by `policy`.
    public convenience init(knowledge: KnowledgeBase, policy: ConfidencePolicy) {
        self.init(knowledge: knowledge, policy: policy, compiled: CompiledKnowledge(knowledge))
    }

    /// The standard policy with the threshold `knowledge` declares, or else the threshold and naming
    /// exponent it derives from itself.
    private static func policy(for knowledge: KnowledgeBase) -> ConfidencePolicy {
        var policy = ConfidencePolicy.standard
        if let declared = knowledge.about.threshold {
            policy.threshold = declared
        } else {
            policy = ThresholdCalibration(knowledge: knowledge).applied(to: policy)
        }
        return policy
    }

    /// An engine over `knowledge`, compiled as `compiled`, deciding by `policy`.
    init(knowledge: KnowledgeBase, policy: ConfidencePolicy, compiled: CompiledKnowledge) {
        self.knowledge = knowledge
        self.policy = policy
        blocks = compiled.blocks
        leads = Lazy { [blocks = compiled.blocks] in
            blocks.map { (TopicText.firstSentences(of: $0, 1), TopicText.firstSentences(of: $0, 2)) }
        }
        let analyzer = Analyzer(
            lexicon: knowledge.lexicon, synonyms: compiled.synonyms, vocabulary: compiled.vocabulary)
        self.analyzer = analyzer
        index = TFIDFIndex(storage: compiled.index)
        matcher = IntentMatcher(knowledge: knowledge, compiled: compiled.rules, domain: compiled.domainStems)
        selector = TopicSelector(knowledge: knowledge)
        profileReader = ProfileReader(catalog: compiled.skills, firstStage: matcher.firstStage)
        planner = PlanBuilder(knowledge: knowledge, catalog: compiled.skills)
        domainStems = compiled.domainStems
        naming = compiled.naming
        speaksPersonally =
            !knowledge.entityValues(.role).isEmpty && knowledge.topics.contains { !$0.skills.isEmpty }
        helpExamples =
            knowledge.about.examples.isEmpty
            ? knowledge.topics.prefix(5).map(\.suggestedQuestion) : knowledge.about.examples
        titleWords = compiled.titleWords
        outsidePhrases = WordTable(compiled.outsidePhrases)
        generalTopic = knowledge.topics.firstIndex { $0.intent == .overview && $0.slots.isEmpty }
        grams = Lazy { [topics = knowledge.topics] in CharacterGrams(topics: topics.map(Self.ownQuestions(of:))) }
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
    /// With `explaining` false the answer's explanation keeps only the reading and the notes, not the
    /// passages' contributing terms (for batch runs, where nobody asks `/why`).
    public func respond(to asked: String, in context: ConversationContext, explaining: Bool = true) -> Response {
        let first = respond(to: asked, in: context, explaining: explaining, mendingRealWords: false)
        // A question declined as typed may hold a real word slipped from one of ours ("nlp sills", "what
        // toils do they use"): read again with such words mended, and answer if that reading is sure.
        guard first.response.answer.intent == .decline,
            first.analysis.words.contains(where: { $0.isOrdinary && analyzer.realWordSlip(of: $0.text) != nil })
        else { return first.response }
        let second = respond(to: asked, in: context, explaining: explaining, mendingRealWords: true)
        let mended = second.response.answer
        return mended.understood && !mended.readAs.isEmpty && mended.confidence >= policy.mendedThreshold
            ? second.response : first.response
    }

    /// One reading of `asked`, with the analysis it was read from.
    private func respond(to asked: String, in context: ConversationContext, explaining: Bool, mendingRealWords: Bool)
        -> (response: Response, analysis: Analysis)
    {
        var notes: [String] = []
        var text = asked
        // A question longer than any real question is read (and echoed) only in part.
        var question = asked
        if text.utf8.count > Self.maximumQuestionLength, text.count > Self.maximumQuestionLength {
            text = String(text.prefix(Self.maximumQuestionLength))
            question = text + "…"
            notes.append("question cut to its first \(Self.maximumQuestionLength) characters")
        }
        // Terminal escape sequences are no words, and their ";" no sentence break.
        text = Tokenizer.strippingEscapes(text)
        // A post is split into sentences once: to read it, and to judge the sentences that ask.
        let sentences = analyzer.sentences(of: text)
        let post = settleAmbiguity(
            analyzer.analyze(post: text, sentences: sentences, mendingRealWords: mendingRealWords), context: context,
            notes: &notes)
        let postRecognized = matcher.recognize(post)
        let postReading = matcher.read(post, recognized: postRecognized)
        // A post's sentences that ask, read alone, decide what is asked when they make a sure question of
        // their own ("Currently a backend dev, 5 years in. What's an MLE?"); the background still tells who
        // is asking (the profile), and decides only when the question leans on it ("…Any advice?").
        var (analysis, recognized, reading) = (post, postRecognized, postReading)
        let askingAlone = askingReading(of: post, sentences: sentences, background: postReading.slots)
        if let askingAlone {
            (analysis, recognized, reading) = askingAlone
            notes.append("read the sentences that ask on their own: the rest is background")
        }
        let readAs = analysis.corrections.filter(\.ofRealWord)
        if !readAs.isEmpty {
            notes.append(
                "read as typed it made no sense: " + readAs.map { "\($0.typed) → \($0.read)" }.joined(separator: ", "))
        }
        notes += resolve(&reading, analysis: analysis, context: context, recognized: recognized)
        // The profile reads the whole post, knowing what the conversation supplied ("and with 5 years?"
        // asks about someone else's years).
        var postResolved = postReading
        postResolved.inherited = reading.inherited
        // Profile and plan speak only when the knowledge has roles and skills to speak of.
        let statement =
            speaksPersonally
            ? profileReader.read(post, reading: askingAlone == nil ? reading : postResolved, text: text)
            : ProfileReader.Statement()
        var next = context
        next.profile.merge(statement.update)
        notes += tailor(&reading, analysis: analysis, profile: next.profile, recognized: recognized)
        let matches = rank(index.search(analysis.terms, ranked: false), slots: reading.slots, analysis: analysis)
        let trace = Trace(analysis: analysis, reading: reading, matches: matches, engine: self)

        var answer: Answer
        // The role a plan aims at: named now, in play ("what am I missing for that"), or wanted before.
        let inPlay = reading.inherited.contains(.role) ? reading.slots.role : nil
        var target = statement.update.target ?? reading.roles.first ?? inPlay ?? next.profile.target
        // After a plan: "which of those first?" asks the plan again; "what about CV instead?" re-plans.
        let afterPlan = context.plan != nil
        // The roles this line names itself (a role in play joins them for comparisons).
        let named = reading.entities.filter { $0.kind == .role && $0.length > 0 }.map(\.value)
        let replans =
            afterPlan && ConversationContext.isElliptical(analysis) && named.count == 1
            && (context.intent == .plan || analysis.words.contains { $0.text == "instead" })
        if replans { target = named.first }
        let wantsPlan =
            statement.asksForGap || (statement.asksWhatToLearn && !next.profile.skills.isEmpty)
            || (afterPlan && statement.asksOrder) || replans
        if wantsPlan, let plan = planner.plan(for: target, having: next.profile.skills) {
            next.profile.target = target ?? next.profile.target
            next.plan = plan
            answer = PersonalAnswers.plan(plan, question: question, engine: self)
            notes.append("skills gap towards '\(plan.role)' from the profile's skills")
        } else if statement.asksForFit, reading.roles.isEmpty, let fit = fittingTopic(for: next.profile) {
            answer = PersonalAnswers.fit(fit.topic, because: fit.reason, question: question, engine: self)
            reading.slots.role = fit.topic.slots.role ?? reading.slots.role
            reading.slots.stage = fit.topic.slots.stage ?? reading.slots.stage
            notes.append("which role suits the user: from the profile")
        } else if statement.isStatement {
            answer = PersonalAnswers.noted(statement.update, profile: next.profile, question: question, engine: self)
            notes.append("a statement about the user: remembered in the profile")
            // A statement that plainly says what it is about ("career changer here, just finished an ML
            // course") gets that topic's answer too.
            if let intent = reading.intent, !intent.isSmallTalk, reading.cueScore >= policy.certainEvidence {
                var composer = AnswerComposer(engine: self, question: question, reading: reading, matches: matches)
                if let topic = composer.compose(intent: intent, confidence: 1) {
                    answer.append(topic, heading: "For you")
                    notes.append("the statement plainly concerns '\(intent.rawValue)': its topic follows")
                }
            }
        } else {
            let following =
                context.intent.map { !$0.isSmallTalk } == true && ConversationContext.leansOnContext(analysis)
            answer = self.answer(
                question, text: text, sentences: sentences, analysis: analysis, reading: reading, matches: matches,
                following: following, notes: &notes)
            if answer.understood, !answer.intent.isSmallTalk, Self.mayAskTwice(post, sentences: sentences),
                let other = bundledAnswer(
                    to: Self.askingClauses(of: text, sentences: sentences), besides: answer, reading: reading,
                    question: question)
            {
                answer.append(other)
                notes.append("the post asks a second question ('\(other.intent.rawValue)'): answered after the first")
            }
        }
        answer.explanation = trace.explanation(notes, withMatches: explaining)
        answer.origins = answer.sources.map { knowledge[$0]?.origin.rawValue ?? Topic.Origin.article.rawValue }
        if answer.understood, !answer.intent.isSmallTalk, answer.intent != .profile {
            next.intent = answer.intent
            next.slots = reading.slots
            // Skills named in a plan or a profile line are the user's, not the subject of the next question.
            if answer.intent == .plan { next.slots.area = nil }
            next.topic = answer.sources.first
            // What was answered is in play: the stage of the entry-level topic ("…what jobs could I get
            // first?" → "how much do those pay?"), unless the question named another.
            if answer.intent != .plan, answer.intent != .compare,
                let topic = answer.sources.first.flatMap({ knowledge[$0] })
            {
                for kind in EntityKind.allCases where next.slots[kind] == nil { next.slots[kind] = topic.slots[kind] }
            }
        }
        next.followups = answer.followups
        answer.readAs = readAs
        return (Response(answer: answer, context: next), analysis)
    }

    /// `words` (as the analyzer lowered them) as `text` spells them (a whole word of it), each once, at
    /// most three.
    static func typed(_ words: [String], in text: String) -> [String] {
        // (ASCII text, almost all, is split byte by byte: there, letters and digits are the only letters
        // and numbers.)
        let tokens =
            text.utf8.allSatisfy { $0 < 0x80 }
            ? text.utf8.split { !Self.isASCIILetterOrDigit($0) }.map { Substring($0) }
            : text.split { !$0.isLetter && !$0.isNumber }
        var spelled: [String] = []
        for word in words {
            let found = tokens.first { $0.lowercased() == word }.map(String.init) ?? word
            if !spelled.contains(found) { spelled.append(found) }
        }
        return Array(spelled.prefix(3))
    }

    /// Whether an ASCII byte is a letter or a digit.
    private static func isASCIILetterOrDigit(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    /// The sentences of a post that ask, analysed and read on their own, when the post has background and
    /// they make a sure question without it: a rule reading that names one of our subjects or is plainly
    /// cued, sure enough to answer, and points back at nothing. The role and stage of the whole post
    /// (`background`) fill its open slots when it asks the same with them. Nil otherwise (the whole post
    /// is read).
    private func askingReading(of post: Analysis, sentences: Sentences?, background: Slots)
        -> (Analysis, IntentMatcher.Recognition, Reading)?
    {
        guard let sentences, sentences.hasBackground else { return nil }
        // The post's words of the sentences that ask, as the post's analysis read them (the questions after
        // the first still marked so).
        let analysis = Analysis(words: post.words.filter { !$0.isBackground }, corrections: post.corrections)
        // "…start my own startup. Is that a common path?": a question pointing back leans on the background;
        // a pronoun after a subject of ours points at it ("what does an AI engineer do? deploy models, train
        // them?").
        let subjects = matcher.namedPositions(in: analysis).union(matcher.generalPositions(in: analysis))
        for (index, word) in analysis.words.enumerated() where Self.pointingBack.contains(word.text) {
            guard Self.pronouns.contains(word.text), subjects.contains(where: { $0 < index }) else { return nil }
        }
        let recognized = matcher.recognize(analysis)
        var reading = matcher.read(analysis, recognized: recognized)
        guard let intent = reading.intent, !intent.isSmallTalk else { return nil }
        // (The general subject is a subject of ours: "…I'm a bit lost. What is an AI engineer?")
        let names = !reading.entities.isEmpty || !matcher.generalPositions(in: analysis).isEmpty
        guard names || reading.cueScore >= policy.plainCue else { return nil }
        let confidence = ruleConfidence(
            reading, analysis: analysis, penalty: unknownPenalty(analysis, outside: outsideWords(in: analysis)),
            names: names)
        guard policy.answers(confidence) else { return nil }
        // The role the background names fills the question's when it leaves it open and stays what it asks
        // with it; so does the background's stage ("5 years as an ML engineer") when the question is about
        // the asker ("…what's market rate for someone like me?"), not about a job ("…what's typical comp?").
        var slots = Slots()
        slots.role = background.role
        if analysis.words.contains(where: { ProfileReader.speaker.contains($0.text) }) {
            slots.stage = background.stage
        }
        // (Only a kind the intent's topics are told apart by: a list of roles takes no role.)
        for kind in [EntityKind.role, .stage]
        where !knowledge.tellsApart(intent, by: kind) {
            slots[kind] = nil
        }
        if slots.role != nil || slots.stage != nil {
            let reread = matcher.read(analysis, inheriting: slots, recognized: recognized)
            if reread.intent == intent { reading = reread }
        }
        return (analysis, recognized, reading)
    }

    /// Of those, the pronouns: after a subject of ours in the question, they point at it.
    private static let pronouns: Set<String> = ["they", "them", "their"]
    /// Words by which a post's question points back at its background.
    private static let pointingBack: Set<String> = ["that", "this", "these", "those", "they", "them", "their", "such"]

    /// What the rules and retrieval make of a question: a topic's answer, a comparison, or a decline.
    private func answer(
        _ question: String, text: String, sentences: Sentences?, analysis: Analysis, reading: Reading,
        matches: [Match], following: Bool, notes: inout [String]
    ) -> Answer {
        var outside = outsideWords(in: analysis)
        // In a follow-up, a word of one of our titles is ours ("back to the architect thing").
        if following, !outside.isEmpty {
            let folded = EntityRecognizer.folded(analysis)
            outside = outside.filter { !titleWords.contains(folded[$0]) }
        }
        // Someone moving into AI names the job they come from ("I'm a teacher, can I become…", "for a
        // software engineer transitioning to ML"): an outside word weighs less in a question about getting
        // started or about changing careers.
        let changing = analysis.words.contains { Language.english.changeVerbs.contains($0.text) }
        let weight =
            reading.intent == .gettingStarted || changing ? policy.changerOutsideWeight : policy.outsideWeight
        var penalty = unknownPenalty(analysis, outside: outside, outsideWeight: weight, inFollowUp: following)
        // In a post of several sentences, the one that asks decides: background ("I'm a frontend dev, pretty
        // comfortable with JS") should not drown a plain question ("how do I become an AI engineer?").
        // (A text that cannot hold two sentences has none that asks apart from the others.)
        let asking = penalty < 1 ? sentences?.asking ?? [] : []
        for sentence in asking where penalty < 1 {
            let part = analyzer.analyze(sentence)
            penalty = max(penalty, unknownPenalty(part, outside: outsideWords(in: part)))
        }
        if !outside.isEmpty {
            let words = outside.sorted().map { analysis.words[$0].text }.joined(separator: ", ")
            notes.append("outside the knowledge: \(words)")
        }
        if penalty < 1 {
            notes.append("words the knowledge does not know lower confidence to ×\(Self.format(penalty))")
        }
        if Language.english.isForeign(analysis, text: text) {
            notes.append("not English: no English function word, and most words are neither ours nor English")
            return Answer(
                question: question, understood: false, intent: .decline, confidence: 0, title: nil,
                blocks: SmallTalk.onlyEnglish, sources: [], followups: [], explanation: .empty)
        }
        if let intent = reading.intent, intent.isSmallTalk {
            return Answer(
                question: question, understood: true, intent: intent, confidence: 1, title: nil,
                blocks: SmallTalk.reply(to: intent, about: knowledge.about, examples: helpExamples), sources: [],
                followups: [], explanation: .empty)
        }
        var composer = AnswerComposer(engine: self, question: question, reading: reading, matches: matches)
        defer { notes += composer.notes }
        if let intent = reading.intent {
            let confidence = ruleConfidence(reading, analysis: analysis, penalty: penalty)
            let fieldAlone = !following && restsOnFieldAlone(reading, analysis: analysis)
            if fieldAlone { notes.append("the rule rests on a field's name alone: retrieval decides") }
            if policy.answers(confidence), !fieldAlone {
                if !following, let better = betterThanNames(reading, analysis: analysis, matches: matches) {
                    notes.append(
                        "the rule rests on names alone; retrieval's '\(knowledge.topics[better.topic].id)' holds more")
                    if let answer = composer.retrieved(better, confidence: confidence) { return answer }
                }
                if reading.entities.isEmpty, let strong = overridingMatch(for: intent, matches: matches),
                    reading.slots.role == nil || knowledge.topics[strong.topic].slots.role == reading.slots.role
                {
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
            // How much of the question the passage holds: of all its terms (unknown ones weigh as the rarest
            // known term), or of its known terms with the unknown-word penalty — whichever is kinder. In a
            // small FAQ one unknown word would otherwise weigh more than the words that match.
            let outsidePenalty = unknownPenalty(analysis, outside: outside, countingUnknown: false)
            let held = max(best.coverage * outsidePenalty, best.knownCoverage * penalty)
            let confidence = policy.retrievalConfidence(
                held: held, score: best.score, named: namedShare(of: best.topic, in: analysis.terms),
                runnerUp: policy.runnerUp(ConfidencePolicy.runnerUpShares(matches)))
            if policy.answers(confidence), let answer = composer.retrieved(best, confidence: confidence) {
                notes.append("answered by retrieval alone")
                return answer
            }
            notes.append("best passage '\(knowledge.topics[best.topic].id)' confidence \(Self.format(confidence))")
        }
        notes.append("declined: below confidence \(Self.format(policy.threshold))")
        // What made it someone else's question, named when the lexicon or the word list says so: an outside
        // term ("nurse"), a place or a company ("Germany", "Google").
        // (Not one said aside or in the background: "I'm a teacher in India. Best gaming laptop?")
        let named = outside.union(analysis.words.indices.filter { analysis.words[$0].isName })
            .subtracting(Self.asides(in: analysis, outside: outside, ours: ourTitles(in: analysis, outside: outside)))
            .filter { !analysis.words[$0].isBackground }
        return composer.decline(naming: Self.typed(named.sorted().map { analysis.words[$0].text }, in: text))
    }
}
