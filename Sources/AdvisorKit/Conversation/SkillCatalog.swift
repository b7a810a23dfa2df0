/// The concrete skills the knowledge names (`skills:` of skill-area and role-skills topics): to recognise
/// what a user says they know, and to order a learning plan.
struct SkillCatalog: Sendable {
    struct Skill: Sendable, Hashable {
        /// As the knowledge writes it ("linear algebra").
        var name: String
        /// Its words, analyzed and folded, for matching.
        var words: [String]
    }

    /// Every distinct skill, longest name first (so "deep learning" wins over "learning").
    private(set) var skills: [Skill] = []
    /// The foundation areas in learning order: (area topic, its skills).
    private(set) var areas: [(topic: Int, skills: [Skill])] = []
    /// Each role's own skills topic: role value → (topic, skills).
    private(set) var roles: [String: (topic: Int, skills: [Skill])] = [:]
    /// A foundation area's names that are not skills themselves ("coding", "math"), analyzed and folded →
    /// the area's skills: "no coding experience" lacks them all.
    private(set) var areaNames: [(words: [String], skills: [Skill])] = []
    /// The first words of the skills and the area names: the only words `skills(in:)` needs the places
    /// of. Made on first use.
    private let firstWords: Lazy<WordSet>

    /// A catalog as built before (restored from the built-in data).
    init(
        skills: [Skill], areas: [(topic: Int, skills: [Skill])], roles: [String: (topic: Int, skills: [Skill])],
        areaNames: [(words: [String], skills: [Skill])]
    ) {
        self.skills = skills
        self.areas = areas
        self.areaNames = areaNames
        self.roles = roles
        firstWords = Self.firstWords(skills: skills, areaNames: areaNames)
    }

    /// The first words of `skills` and `areaNames`, made on first use.
    private static func firstWords(skills: [Skill], areaNames: [(words: [String], skills: [Skill])])
        -> Lazy<WordSet>
    {
        // (Closures, not key paths: applying a key path costs more than the whole set.)
        Lazy { WordSet(skills.compactMap { $0.words.first } + areaNames.compactMap { $0.words.first }) }
    }

    init(knowledge: KnowledgeBase, analyzer: Analyzer) {
        var byWords: [[String]: Skill] = [:]
        func skill(_ name: String) -> Skill {
            let words = EntityRecognizer.folded(analyzer.analyze(name))
            if let known = byWords[words] { return known }
            let made = Skill(name: name, words: words)
            byWords[words] = made
            return made
        }
        // Areas in the order the skills overview names them.
        let overview = knowledge.topics.first { $0.intent == .skills }?.body.lowercased() ?? ""
        var areas: [(position: Int, topic: Int, skills: [Skill])] = []
        for (index, topic) in knowledge.topics.enumerated() where !topic.skills.isEmpty {
            let skills = topic.skills.map(skill).filter { !$0.words.isEmpty }
            if let role = topic.slots.role {
                roles[role] = (index, skills)
            } else if topic.slots.area != nil {
                let position =
                    overview.firstRange(of: topic.title.lowercased().split(separator: " ").first ?? "")
                    .map { overview.distance(from: overview.startIndex, to: $0.lowerBound) } ?? Int.max
                areas.append((position, index, skills))
            }
        }
        for (_, topic, skills) in areas {
            for name in knowledge.topics[topic].names {
                let words = EntityRecognizer.folded(analyzer.analyze(name))
                guard !words.isEmpty, byWords[words] == nil else { continue }
                areaNames.append((words, skills))
            }
        }
        areaNames.sort { $0.words.count > $1.words.count }
        self.areas = areas.sorted { ($0.position, $0.topic) < ($1.position, $1.topic) }.map { ($0.topic, $0.skills) }
        skills = byWords.values.sorted { ($0.words.count, $1.name) > ($1.words.count, $0.name) }
        firstWords = Self.firstWords(skills: skills, areaNames: areaNames)
    }

    /// The skills named in `analysis`, in the order they appear.
    func skills(in analysis: Analysis) -> [Skill] {
        let words = EntityRecognizer.folded(analysis)
        // Where each word that starts a skill or an area's name is: a skill is tried only where its first
        // word is.
        let firstWords = firstWords.value
        var positions: [String: [Int]] = [:]
        for (index, word) in words.enumerated() where firstWords.contains(word) {
            positions[word, default: []].append(index)
        }
        // (A skill's first word is looked up only when a filter of the placed words lets it through: most
        // skills start with a word the line lacks.)
        let placed = WordFilter(positions.keys)
        var found: [(position: Int, skill: Skill)] = []
        var taken: Set<Int> = []
        for skill in skills {
            let starts =
                skill.words.first.map { placed.mayContain($0) ? positions[$0] ?? [] : [] } ?? Array(words.indices)
            for start in starts where words[start...].starts(with: skill.words) {
                let span = Set(start..<(start + skill.words.count))
                if span.isDisjoint(with: taken) {
                    found.append((start, skill))
                    taken.formUnion(span)
                }
            }
        }
        // An area named as a whole stands for its skills, where no skill of its own is named.
        for area in areaNames {
            let starts =
                area.words.first.map { placed.mayContain($0) ? positions[$0] ?? [] : [] } ?? Array(words.indices)
            for start in starts where words[start...].starts(with: area.words) {
                let span = Set(start..<(start + area.words.count))
                guard span.isDisjoint(with: taken) else { continue }
                taken.formUnion(span)
                for skill in area.skills where !found.contains(where: { $0.skill == skill }) {
                    found.append((start, skill))
                }
            }
        }
        return found.sorted { $0.position < $1.position }.map(\.skill)
    }
}

extension SkillCatalog: Equatable {
    static func == (left: SkillCatalog, right: SkillCatalog) -> Bool {
        left.skills == right.skills && left.areas.elementsEqual(right.areas) { $0 == $1 }
            && left.areaNames.elementsEqual(right.areaNames) { $0 == $1 }
            && left.roles.count == right.roles.count
            && left.roles.allSatisfy { role, own in right.roles[role].map { $0 == own } == true }
    }
}
