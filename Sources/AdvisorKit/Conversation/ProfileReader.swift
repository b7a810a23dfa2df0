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
        /// The line asks what comes first ("which of those first", "what should I tackle first").
        var asksOrder = false
        /// The line asks which role or title suits the user ("which role fits me", "what should I apply for").
        var asksForFit = false
    }

    static let knowing: WordSet = [
        "know", "use", "used", "familiar", "experience", "learned", "learnt", "studied", "comfortable", "fluent",
        "good", "can", "worked", "done", "mastered", "fine", "got", "have", "did", "trained", "built", "teach",
        "taught", "teaching",
    ]
    static let wanting: WordSet = [
        "want", "wanna", "become", "aim", "goal", "dream", "switch", "transition", "hoping", "hope", "would",
    ]
    static let liking: WordSet = ["like", "love", "enjoy", "interested", "passionate", "fascinated"]
    static let gap: [[String]] = [
        ["missing"], ["skills", "gap"], ["skill", "gap"], ["what", "else"], ["lacking"], ["still", "need"],
        ["learning", "plan"], ["study", "plan"], ["gaps"], ["a", "plan"], ["plan", "for", "me"],
    ]
    static let whatToLearn: [[String]] = [
        ["learn", "next"], ["what", "do", "i", "need"], ["what", "should", "i", "learn"], ["roadmap"],
    ]
    /// Gap phrases that speak of the user even with the "I" far away ("…, what am I missing").
    static let missing: [[String]] = [
        ["i", "missing"], ["im", "missing"], ["gaps"], ["skill", "gap"], ["skills", "gap"],
    ]
    /// "which of those first", "what should I tackle first", "where do I start".
    static let order: [[String]] = [
        ["first"], ["start", "with"], ["begin", "with"], ["tackle"], ["prioritize"], ["priority"], ["where", "start"],
    ]
    /// "which role fits me", "what title should I target", "what should I apply for".
    static let fit: [[String]] = [
        ["fit", "me"], ["fits", "me"], ["suit", "me"], ["suits", "me"], ["fit", "for", "me"], ["right", "for", "me"],
        ["best", "for", "me"], ["should", "i", "target"], ["i", "target"], ["should", "i", "apply"],
        ["i", "apply", "for"], ["should", "i", "aim"], ["match", "me"], ["my", "best", "fit"],
        ["first", "job", "title"],
        ["my", "first", "title"], ["my", "first", "role"], ["i", "start", "as"],
    ]
    /// Words before "into" that make it a liking ("I'm really into speech and audio").
    static let intoLiking: WordSet = [
        "m", "im", "am", "really", "kinda", "pretty", "super", "very", "so", "totally",
    ]
    static let student: WordSet = ["student", "studying", "undergrad", "undergraduate", "freshman", "sophomore"]

    /// Words of telling things apart: a line with one asks.
    static let contrasting: WordSet = [
        "apart", "difference", "differences", "vs", "versus", "distinguish", "confuse", "confused",
    ]
    /// Words by which a line speaks of its speaker.
    static let speaker: WordSet = ["i", "im", "my", "me"]
    /// Words that introduce someone without "I" ("physicist here", "eng grad").
    static let introducing: WordSet = ["here", "grad", "graduate"]
    /// Words before a stage that make it the speaker's ("I am a senior", "currently mid level").
    static let being: WordSet = ["am", "m", "im", "currently", "as"]
    static let iAm: WordSet = ["im", "m", "am"]
    static let articles: WordSet = ["a", "an"]
    /// Words between "like" and what is liked ("like working with …").
    static let beforeLiked: WordSet = ["working", "work", "to", "with", "on", "in", "doing", "about", "building"]

    /// Every word the reader listens for: words the engine understands.
    static var vocabulary: Set<String> {
        knowing.words.union(wanting).union(liking).union(student).union((gap + whatToLearn).joined())
    }

    /// Positions of the words a negation governs: up to three words after "no", "not", "never", "don't"…
    static func negatedPositions(_ words: [String]) -> Set<Int> {
        var positions: Set<Int> = []
        for (index, word) in words.enumerated() where Language.english.negations.contains(word) {
            positions.formUnion((index + 1)..<min(words.count, index + 4))
        }
        return positions
    }

    /// Whether `text` has a "?" of its own (not one a combining mark makes another character of): in ASCII
    /// text, a "?" byte is one.
    static func hasQuestionMark(_ text: String) -> Bool {
        let bytes = text.utf8
        guard bytes.contains(UInt8(ascii: "?")) else { return false }
        return bytes.allSatisfy { $0 < 0x80 } || text.contains(Character("?"))
    }

    let catalog: SkillCatalog
    /// The first career stage (where students are).
    let firstStage: String?

    func read(_ analysis: Analysis, reading: Reading, text: String) -> Statement {
        let words = analysis.words.map(\.text)
        var statement = Statement()
        let language = Language.english
        // Naming things to tell apart ("I can't tell deep learning and ML apart") asks, whatever its form.
        let contrasts = words.contains(where: Self.contrasting.contains)
        let asks =
            contrasts || Self.hasQuestionMark(text)
            || words.contains(where: language.questionWords.contains)
            || words.first(where: { !language.interjections.contains($0) }).map(language.questionOpeners.contains)
                == true
            // "…but do I need…", "can I…" after a preamble; "please" asks for something.
            || words.indices.dropLast().contains {
                language.questionOpeners.contains(words[$0]) && language.firstPerson.contains(words[$0 + 1])
            }
            || words.contains { $0 == "please" || $0 == "pls" || $0 == "plz" }
        // About the speaker: "I", "I'm" or "my" among the first words ("As a student, I…" counts too), or
        // anywhere in a line that tells rather than asks ("physicist here, … tbh I like papers").
        let firstPerson = words.indices.filter { Self.speaker.contains(words[$0]) }
        // …or a line that introduces someone without "I" ("electrical eng grad, … really into audio").
        let introduced =
            !asks
            && (words.prefix(4).contains { Self.introducing.contains($0) || Self.student.contains($0) }
                || words.indices.contains { words[$0] == "into" && $0 > 0 && Self.intoLiking.contains(words[$0 - 1]) })
        // Phrases match with at most one word between two of theirs ("should I even apply").
        // (A phrase whose first word the line lacks is not tried at every word.)
        // (The line's words behind a filter: most first words are ruled out without a compare.)
        let present = WordFilter(words)
        func says(_ phrases: [[String]]) -> Bool {
            phrases.contains { phrase in
                guard let first = phrase.first, present.mayContain(first), words.contains(first) else { return false }
                return words.indices.contains { IntentMatcher.match(phrase, in: words, at: $0) != nil }
            }
        }
        // "which of those first": about the plan on the table, whoever it names.
        statement.asksOrder = asks && says(Self.order)
        // A line that asks what the user is missing is about the user, wherever the "I" is.
        guard introduced || says(Self.missing) || firstPerson.first.map({ $0 < 4 || !asks || words.count < 12 }) == true
        else {
            return statement
        }
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
            words.prefix(stage.position).contains(where: Self.being.contains)
        {
            update.stage = stage.value
        } else if words.contains(where: Self.student.contains) {
            update.stage = firstStage
        }
        if let role = reading.entities.first(where: { $0.kind == .role && $0.position >= wishStart }) {
            update.target = role.value
        }
        // Skills said to be had ("I know Python"), or listed in a line that tells ("sql, excel, some
        // python"); a skill after a negation ("no real coding experience") is one the user lacks.
        let negated = Self.negatedPositions(words)
        // A line that introduces the speaker: "I'm a data analyst", "physicist here", "4 yrs in".
        let introduces =
            reading.years != nil || words.prefix(3).contains("here")
            || words.indices.contains {
                Self.iAm.contains(words[$0]) && $0 + 1 < words.count && Self.articles.contains(words[$0 + 1])
            }
        if !contrasts, words.prefix(wishStart).contains(where: Self.knowing.contains) || (!asks && introduces) {
            let had = analysis.words.prefix(wishStart).enumerated().map { index, word in
                negated.contains(index) ? Analysis.Word(text: "-", stem: "-", isStopword: true, isKnown: true) : word
            }
            update.skills = catalog.skills(in: Analysis(words: had, corrections: [])).map(\.name)
            let lacking = analysis.words.prefix(wishStart).enumerated().map { index, word in
                negated.contains(index) ? word : Analysis.Word(text: "-", stem: "-", isStopword: true, isKnown: true)
            }
            update.lacking = catalog.skills(in: Analysis(words: lacking, corrections: [])).map(\.name)
        }
        let like =
            words.firstIndex(where: Self.liking.contains)
            ?? words.indices.first { words[$0] == "into" && $0 > 0 && Self.intoLiking.contains(words[$0 - 1]) }
        if let like, like < wishStart {
            // "I like working with speech and text" → "speech and text".
            let liked = words[(like + 1)...].prefix { $0 != "want" && $0 != "but" }
                .drop(while: Self.beforeLiked.contains)
            if liked.contains(where: { !Language.english.isStopWord($0) }) {
                update.interests = [liked.joined(separator: " ")]
            }
        }
        statement.update = update
        statement.isStatement = !update.isEmpty && !asks
        statement.asksForGap = says(Self.gap)
        statement.asksForFit = asks && says(Self.fit)
        statement.asksWhatToLearn = says(Self.whatToLearn) || (!update.skills.isEmpty && update.target != nil)
        return statement
    }
}
