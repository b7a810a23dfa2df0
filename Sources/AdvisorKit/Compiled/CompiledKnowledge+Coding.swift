/// The compiled knowledge as compact text (`CompactWriter`): what `make knowledge` writes for the built-in
/// knowledge, and what the program restores at start.
extension CompiledKnowledge {
    /// The encoded form: the compact bytes, which are UTF-8 text. The same knowledge always gives the same
    /// text (sets and dictionaries are written in sorted order).
    public func encoded() -> String {
        var out = CompactWriter()
        out.strings(topicIDs)
        out.array(blocks) { out, blocks in
            out.array(blocks) { out, block in
                switch block {
                case .paragraph(let text):
                    out.bool(false)
                    out.string(text)
                case .list(let items):
                    out.bool(true)
                    out.strings(items)
                }
            }
        }
        Self.write(synonyms, to: &out)
        Self.write(vocabulary, to: &out)
        Self.write(index, to: &out)
        Self.write(rules, to: &out)
        Self.write(skills, to: &out)
        out.strings(domainStems)
        out.array(naming) { $0.strings($1) }
        out.strings(titleWords)
        out.array(outsidePhrases.keys.sorted()) { out, key in
            out.string(key)
            out.array(outsidePhrases[key]!) { $0.strings($1) }
        }
        return out.text
    }

    /// Restores what `encoded()` wrote; throws on anything else.
    public init(encoded text: String) throws {
        // The text's bytes are the data: copied once, nothing decoded.
        let bytes = Array(text.utf8)
        var input = try CompactReader(bytes)
        topicIDs = try input.strings()
        blocks = try input.array { input in
            try input.array { input -> Answer.Block in
                try input.bool() ? .list(try input.strings()) : .paragraph(try input.string())
            }
        }
        guard blocks.count == topicIDs.count else { throw CompactReader.Malformed(position: 0) }
        synonyms = try Self.readSynonyms(&input)
        vocabulary = try Self.readVocabulary(&input)
        index = try Self.readIndex(&input)
        rules = try Self.readRules(&input)
        skills = try Self.readSkills(&input, topicCount: topicIDs.count)
        domainStems = Set(try input.strings())
        naming = try input.array { Set(try $0.strings()) }
        guard naming.count == topicIDs.count else { throw CompactReader.Malformed(position: 0) }
        titleWords = Set(try input.strings())
        var outside: [String: [[String]]] = [:]
        for _ in 0..<(try input.index()) {
            let key = try input.string()
            outside[key] = try input.array { try $0.strings() }
        }
        outsidePhrases = outside
        guard input.isAtEnd else { throw CompactReader.Malformed(position: bytes.count) }
    }

    // MARK: synonyms

    private static func write(_ synonyms: SynonymTable, to out: inout CompactWriter) {
        let entries = synonyms.entries.values
        out.array(entries.keys.sorted()) { out, first in
            out.string(first)
            out.array(entries[first]!) { out, entry in
                out.strings(entry.pattern)
                out.strings(entry.replacement)
            }
        }
        out.strings(synonyms.words)
    }

    private static func readSynonyms(_ input: inout CompactReader) throws -> SynonymTable {
        var entries: [String: [SynonymTable.Entry]] = [:]
        let count = try input.index()
        entries.reserveCapacity(count)
        for _ in 0..<count {
            let first = try input.string()
            entries[first] = try input.array { input in
                let entry = SynonymTable.Entry(pattern: try input.strings(), replacement: try input.strings())
                // A phrase is found by its first word, and replaced by at least one.
                guard entry.pattern.first == first, !entry.replacement.isEmpty else {
                    throw CompactReader.Malformed(position: 0)
                }
                return entry
            }
        }
        return SynonymTable(entries: entries, words: Set(try input.strings()))
    }

    // MARK: vocabulary

    private static func write(_ vocabulary: Analyzer.Vocabulary, to out: inout CompactWriter) {
        out.array(vocabulary.frequency.entries) { out, entry in
            out.string(entry.key)
            out.int(entry.value)
        }
        // The targets are some of those words: written as the list of them.
        out.strings(vocabulary.targets)
        out.strings(vocabulary.stems.words)
    }

    private static func readVocabulary(_ input: inout CompactReader) throws -> Analyzer.Vocabulary {
        // Words in sorted order, as `FrozenWords` keeps them, read as bytes: no string made, no dictionary or
        // set to build.
        var words: [Range<Int>] = []
        var counts: [Int] = []
        for _ in 0..<(try input.index()) {
            words.append(try input.stringBytes())
            counts.append(try input.int())
        }
        // The targets, sorted: words of `frequency` (the speller looks their counts up there).
        let targets = try input.strings()
        guard zip(targets, targets.dropFirst()).allSatisfy({ $0 < $1 }) else {
            throw CompactReader.Malformed(position: 0)
        }
        let stems = try input.array { try $0.stringBytes() }
        return Analyzer.Vocabulary(
            frequency: FrozenWords(words, in: input.bytes, counts: counts), targets: targets,
            stems: FrozenWords(stems, in: input.bytes))
    }

    // MARK: index

    private static func write(_ index: TFIDFIndex.Storage, to out: inout CompactWriter) {
        out.strings(index.terms)
        out.array(index.idf) { $0.double($1) }
        // Postings by term: each passage as the distance from the one before (small numbers, one byte).
        out.array(Array(index.terms.indices)) { out, id in
            var previous = 0
            out.array(Array(index.postings(of: id))) { out, posting in
                out.int(posting.passage - previous)
                out.double(posting.weight)
                previous = posting.passage
            }
        }
        out.array(index.passageTopics) { $0.int($1) }
        out.array(index.passageKinds) { out, kind in
            switch kind {
            case .body: out.int(-1)
            case .question(let number): out.int(number)
            }
        }
        out.int(index.topicCount)
        out.double(index.unknownIDF)
        out.bool(index.topics != nil)
        guard let topics = index.topics else { return }
        out.array(Array(index.terms.indices)) { out, id in
            out.array(Array(topics.contributions(of: id))) { out, entry in
                out.int(entry.topic)
                out.double(entry.score)
            }
        }
        out.array(topics.idf) { $0.double($1) }
        out.int(topics.topicCount)
    }

    private static func readIndex(_ input: inout CompactReader) throws -> TFIDFIndex.Storage {
        let terms = try input.strings()
        let idf = try input.array { try $0.double() }
        // Each term's postings, read into one array (`TFIDFIndex.Storage.postingStarts`).
        var postings: [TFIDFIndex.Posting] = []
        var postingStarts = [0]
        let termCount = try input.index()
        postingStarts.reserveCapacity(termCount + 1)
        for _ in 0..<termCount {
            var passage = 0
            for _ in 0..<(try input.index()) {
                passage += try input.index()
                postings.append(TFIDFIndex.Posting(passage: passage, weight: try input.double()))
            }
            postingStarts.append(postings.count)
        }
        let passageTopics = try input.array { try $0.index() }
        let passageKinds = try input.array { input -> Match.Passage in
            let number = try input.int()
            return number < 0 ? .body : .question(number)
        }
        let topicCount = try input.index()
        let unknownIDF = try input.double()
        var topics: BM25F?
        if try input.bool() {
            var contributions: [BM25F.Contribution] = []
            var starts = [0]
            let count = try input.index()
            guard count == terms.count else { throw CompactReader.Malformed(position: 0) }
            starts.reserveCapacity(count + 1)
            for _ in 0..<count {
                for _ in 0..<(try input.index()) {
                    contributions.append(
                        BM25F.Contribution(topic: try input.index(below: topicCount), score: try input.double()))
                }
                starts.append(contributions.count)
            }
            topics = BM25F(
                contributions: contributions, starts: starts, idf: try input.array { try $0.double() },
                topicCount: try input.index())
        }
        // Every id and position must point inside the index: restored data is trusted by the search.
        guard idf.count == terms.count, termCount == terms.count, passageKinds.count == passageTopics.count,
            passageTopics.allSatisfy({ $0 < topicCount }),
            postings.allSatisfy({ $0.passage < passageTopics.count }),
            topics.map({ $0.idf.count == terms.count }) ?? true
        else { throw CompactReader.Malformed(position: 0) }
        return TFIDFIndex.Storage(
            terms: terms, idf: idf, postings: postings, postingStarts: postingStarts, passageTopics: passageTopics,
            passageKinds: passageKinds,
            topicCount: topicCount, unknownIDF: unknownIDF, topics: topics)
    }

    // MARK: rules and names

    private static func write(_ rules: IntentMatcher.Compiled, to out: inout CompactWriter) {
        out.array(rules.cues) { out, cues in
            out.array(cues) { out, cue in
                out.strings(cue.stems)
                out.string(cue.text)
                out.double(cue.weight)
            }
        }
        out.array(rules.names) { out, name in
            out.strings(name.stems)
            out.string(name.kind.rawValue)
            out.string(name.value)
        }
        out.array(rules.fieldRoles.sorted { $0.key.lexicographicallyPrecedes($1.key) }) { out, entry in
            out.strings(entry.key)
            out.string(entry.value)
        }
    }

    private static func readRules(_ input: inout CompactReader) throws -> IntentMatcher.Compiled {
        let cues = try input.array { input in
            try input.array { input in
                IntentMatcher.Cue(stems: try input.strings(), text: try input.string(), weight: try input.double())
            }
        }
        let names = try input.array { input in
            let stems = try input.strings()
            guard !stems.isEmpty, let kind = EntityKind(rawValue: try input.string()) else {
                throw CompactReader.Malformed(position: 0)
            }
            return EntityRecognizer.Name(stems: stems, kind: kind, value: try input.string())
        }
        var fieldRoles: [[String]: String] = [:]
        for _ in 0..<(try input.index()) {
            let field = try input.strings()
            fieldRoles[field] = try input.string()
        }
        guard cues.count == IntentRule.table.count, cues.allSatisfy({ $0.allSatisfy { !$0.stems.isEmpty } }) else {
            throw CompactReader.Malformed(position: 0)
        }
        return IntentMatcher.Compiled(cues: cues, names: names, fieldRoles: fieldRoles)
    }

    // MARK: skills

    private static func write(_ catalog: SkillCatalog, to out: inout CompactWriter) {
        // Skills once, in the catalog's order; areas and roles by their positions there.
        out.array(catalog.skills) { out, skill in
            out.string(skill.name)
            out.strings(skill.words)
        }
        let position = Dictionary(catalog.skills.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        func write(_ skills: [SkillCatalog.Skill], to out: inout CompactWriter) {
            out.array(skills) { $0.int(position[$1]!) }
        }
        out.array(catalog.areas) { out, area in
            out.int(area.topic)
            write(area.skills, to: &out)
        }
        out.array(catalog.roles.keys.sorted()) { out, role in
            out.string(role)
            out.int(catalog.roles[role]!.topic)
            write(catalog.roles[role]!.skills, to: &out)
        }
        out.array(catalog.areaNames) { out, area in
            out.strings(area.words)
            write(area.skills, to: &out)
        }
    }

    private static func readSkills(_ input: inout CompactReader, topicCount: Int) throws -> SkillCatalog {
        let skills = try input.array { input in
            SkillCatalog.Skill(name: try input.string(), words: try input.strings())
        }
        func readSkills(_ input: inout CompactReader) throws -> [SkillCatalog.Skill] {
            try input.array { skills[try $0.index(below: skills.count)] }
        }
        let areas = try input.array { input in
            (topic: try input.index(below: topicCount), skills: try readSkills(&input))
        }
        var roles: [String: (topic: Int, skills: [SkillCatalog.Skill])] = [:]
        for _ in 0..<(try input.index()) {
            let role = try input.string()
            roles[role] = (try input.index(below: topicCount), try readSkills(&input))
        }
        let areaNames = try input.array { input in (words: try input.strings(), skills: try readSkills(&input)) }
        return SkillCatalog(skills: skills, areas: areas, roles: roles, areaNames: areaNames)
    }
}
