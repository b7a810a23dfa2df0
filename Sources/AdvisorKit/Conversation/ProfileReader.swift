/// Reads what a user says about themselves: "I'm a student", "I have 6 years in industry", "I know Python
/// and SQL", "I like working with speech and text", "I want to be an NLP engineer".
struct ProfileReader: Sendable {
    /// What one line says about the user, and whether it tells rather than asks.
    struct Statement: Sendable {
        var update = Profile()
        /// No question mark, no opening question word, no plain intent cue: the line informs.
        var isStatement = false
        /// The line asks in so many words what is missing ("what am I missing?", "skills gap").
        var asksForGap = false
        /// The line asks what to learn ("what should I learn?"): a plan only for someone whose skills we know.
        var asksWhatToLearn = false
    }

    static let knowing: Set<String> = [
        "know", "use", "used", "familiar", "experience", "learned", "learnt", "studied", "comfortable", "fluent",
        "good", "can", "worked", "done", "mastered",
    ]
    static let wanting: Set<String> = [
        "want", "wanna", "become", "aim", "goal", "dream", "switch", "transition", "hoping", "hope", "would",
    ]
    static let liking: Set<String> = ["like", "love", "enjoy", "interested", "passionate", "fascinated"]
    static let gap: [[String]] = [
        ["missing"], ["skills", "gap"], ["skill", "gap"], ["what", "else"], ["lacking"], ["still", "need"],
        ["learning", "plan"], ["study", "plan"],
    ]
    static let whatToLearn: [[String]] = [
        ["learn", "next"], ["what", "do", "i", "need"], ["what", "should", "i", "learn"], ["roadmap"],
    ]
    static let student: Set<String> = ["student", "studying", "undergrad", "undergraduate", "freshman", "sophomore"]
    static let questionWords: Set<String> = ["what", "how", "which", "who", "why", "where", "when"]
    static let questionOpeners: Set<String> = ["should", "can", "do", "does", "is", "are", "will", "could", "would"]

    /// Every word the reader listens for: words the engine understands.
    static var vocabulary: Set<String> {
        knowing.union(wanting).union(liking).union(student).union((gap + whatToLearn).joined())
    }

    let catalog: SkillCatalog
    /// The first career stage (where students are).
    let firstStage: String?

    func read(_ analysis: Analysis, reading: Reading, text: String) -> Statement {
        let words = analysis.words.map(\.text)
        var statement = Statement()
        // About the speaker: "I", "I'm" or "my" among the first words ("As a student, I…" counts too).
        guard words.prefix(4).contains(where: { ["i", "im", "my"].contains($0) }) else { return statement }
        // Wishes: what comes after "want", "become"… is wanted, not had ("like to" wishes too).
        let wishStart =
            words.indices.first { index in
                Self.wanting.contains(words[index])
                    || (words[index] == "like" && index + 1 < words.count && words[index + 1] == "to")
            } ?? words.count
        var update = Profile()
        if let years = reading.years, reading.inherited.isEmpty {
            update.years = years
            update.stage = reading.slots.stage
        } else if let stage = reading.entities.first(where: { $0.kind == .stage && $0.position < wishStart }),
            words.prefix(stage.position).contains(where: { ["am", "m", "im", "currently", "as"].contains($0) })
        {
            update.stage = stage.value
        } else if words.contains(where: Self.student.contains) {
            update.stage = firstStage
        }
        if let role = reading.entities.first(where: { $0.kind == .role && $0.position >= wishStart }) {
            update.target = role.value
        }
        if words.prefix(wishStart).contains(where: Self.knowing.contains) {
            let had = Analysis(words: Array(analysis.words.prefix(wishStart)), corrections: [])
            update.skills = catalog.skills(in: had).map(\.name)
        }
        if let like = words.firstIndex(where: Self.liking.contains), like < wishStart {
            // "I like working with speech and text" → "speech and text".
            let liked = words[(like + 1)...].prefix { $0 != "want" && $0 != "but" }
                .drop { ["working", "work", "to", "with", "on", "in", "doing", "about", "building"].contains($0) }
            if liked.contains(where: { !Language.english.isStopWord($0) }) {
                update.interests = [liked.joined(separator: " ")]
            }
        }
        statement.update = update
        let asks =
            text.contains("?") || words.contains(where: Self.questionWords.contains)
            || words.first.map(Self.questionOpeners.contains) == true
        statement.isStatement = !update.isEmpty && !asks
        func says(_ phrases: [[String]]) -> Bool {
            phrases.contains { phrase in words.indices.contains { words[$0...].starts(with: phrase) } }
        }
        statement.asksForGap = says(Self.gap)
        statement.asksWhatToLearn = says(Self.whatToLearn) || (!update.skills.isEmpty && update.target != nil)
        return statement
    }
}
