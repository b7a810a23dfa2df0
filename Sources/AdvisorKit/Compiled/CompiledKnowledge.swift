/// Everything the engine derives from its knowledge before the first question: the question analyzer's
/// vocabulary, the TF-IDF and BM25F index, the rules' cues and the entity names as the analyzer reads
/// them, the skills, and the words that make a question ours or someone else's.
///
/// For a folder given at run time (`--knowledge DIR`) it is built when the engine is; for the built-in
/// knowledge the build computes it (`make knowledge` writes it, encoded, beside the knowledge's text) and
/// the program only restores it (`init(encoded:)`), so that a one-question process does not analyze the
/// whole knowledge first.
public struct CompiledKnowledge: Sendable, Equatable {
    /// The ids of the topics it was compiled from, in order: restored data is used only for that knowledge.
    var topicIDs: [String]
    /// Each topic's answer text as blocks.
    var blocks: [[Answer.Block]]
    /// The lexicon's synonyms as the analyzer's phrase table.
    var synonyms: SynonymTable
    var vocabulary: Analyzer.Vocabulary
    var index: TFIDFIndex.Storage
    var rules: IntentMatcher.Compiled
    var skills: SkillCatalog
    /// Stems of the names, keywords and titles: words that make a question ours.
    var domainStems: Set<String>
    /// Each topic's naming stems (its title, names and keywords), by position.
    var naming: [Set<String>]
    /// The last words of the job titles the knowledge names ("engineer", "scientist", "manager").
    var titleWords: Set<String>
    /// The lexicon's outside terms, analyzed, by their first word.
    var outsidePhrases: [String: [[String]]]

    /// Whether this was compiled from `knowledge` (the same topics, in the same order).
    public func fits(_ knowledge: KnowledgeBase) -> Bool {
        topicIDs.count == knowledge.topics.count && zip(topicIDs, knowledge.topics).allSatisfy { $0 == $1.id }
    }
}

extension CompiledKnowledge {
    /// Analyzes `knowledge` whole: its words counted, every passage analyzed and indexed, the rules' cues,
    /// the entity names and skills read as questions will be.
    public init(_ knowledge: KnowledgeBase) {
        let reader = Analyzer(lexicon: knowledge.lexicon)
        var frequency: [String: Int] = [:]
        var passages: [TFIDFIndex.Passage] = []
        var fields: [BM25F.Fields] = []
        var domain: Set<String> = []
        var naming: [Set<String>] = []
        // The rules' cue words are words we understand: known, and targets for typo correction.
        var targets = Set(IntentRule.table.flatMap { $0.cues.keys.flatMap(reader.words) })
        for word in targets { frequency[word, default: 0] += 1 }
        // So are the words the profile reader listens for ("missing", "know", "like").
        for word in ProfileReader.vocabulary { frequency[word, default: 0] += 1 }
        for (position, topic) in knowledge.topics.enumerated() {
            // Each text is split once: its words are counted, then analyzed.
            // The title line twice, the names and keywords, then the text: analyzed as one passage, and the
            // naming part and the text again as BM25F's fields (a phrase never spans two lines' words, so
            // the parts' terms are the whole's).
            let titleWords = reader.words(topic.title)
            let namingWords = reader.words(([topic.title] + topic.names + topic.keywords).joined(separator: "\n"))
            let bodyOnly = reader.words(topic.body)
            for word in titleWords + namingWords + bodyOnly { frequency[word, default: 0] += 1 }
            let namingTerms = reader.analyze(tokens: namingWords).terms
            let bodyTerms = reader.analyze(tokens: bodyOnly).terms
            passages.append(
                .init(
                    topic: position, kind: .body,
                    terms: reader.analyze(tokens: titleWords).terms + namingTerms + bodyTerms))
            var questionTerms: [String] = []
            for (number, question) in topic.questions.enumerated() {
                let questionWords = reader.words(question)
                for word in questionWords { frequency[word, default: 0] += 1 }
                let terms = reader.analyze(tokens: questionWords).terms
                questionTerms += terms
                passages.append(.init(topic: position, kind: .question(number), terms: terms))
            }
            fields.append(.init(title: namingTerms, questions: questionTerms, body: bodyTerms))
            domain.formUnion(namingTerms)
            naming.append(Set(namingTerms))
            targets.formUnion(namingWords)
        }
        // Outside words are known too ("youtuber" is no typo), but no typo is read as one ("youtube").
        let vocabulary = reader.vocabulary(
            frequency, correctingTo: targets, alsoKnowing: knowledge.lexicon.outside.flatMap(reader.words))
        let analyzer = reader.learning(vocabulary)
        self.init(
            topicIDs: knowledge.topics.map(\.id), blocks: knowledge.topics.map { TopicText.blocks($0.body) },
            synonyms: SynonymTable(knowledge.lexicon), vocabulary: vocabulary,
            index: TFIDFIndex(passages: passages, topicCount: knowledge.topics.count, fields: fields).storage,
            rules: IntentMatcher.compile(knowledge: knowledge, analyzer: analyzer),
            skills: SkillCatalog(knowledge: knowledge, analyzer: analyzer), domainStems: domain, naming: naming,
            titleWords: Set(
                knowledge.topics.filter { $0.slots.role != nil || $0.slots.stage != nil }.flatMap(\.names).compactMap {
                    EntityRecognizer.folded(analyzer.analyze($0)).last
                }.filter { $0.count > 5 }),
            outsidePhrases: Dictionary(
                grouping: knowledge.lexicon.outside.map { EntityRecognizer.folded(analyzer.analyze($0)) }.filter {
                    !$0.isEmpty
                },
                by: { $0[0] }))
    }
}
