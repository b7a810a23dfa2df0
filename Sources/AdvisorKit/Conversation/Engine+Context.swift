/// How the engine reads a question in its conversation: follow-ups, the user's profile, their interests.
extension Engine {
    /// The role topic that best matches what someone likes working with ("speech and text" → NLP engineer).
    func suggestRole(for interest: String) -> Topic? {
        let matches = index.search(analyzer.analyze(interest).terms)
        return matches.lazy.map { self.knowledge.topics[$0.topic] }.first { $0.intent == .role }
    }

    /// The role that suits the user: the one closest to what they like, else the one they want, else the
    /// first jobs people take (the first stage's topic).
    func fittingTopic(for profile: Profile) -> (topic: Topic, reason: String)? {
        if !profile.interests.isEmpty, let role = suggestRole(for: profile.interests.joined(separator: " ")) {
            let liked = profile.interests.joined(separator: "; ")
            return (role, "From what you like (\(liked)), the role that fits best is \(role.title).")
        }
        if let target = profile.target,
            let role = knowledge.topics.first(where: { $0.slots.role == target && $0.intent == .role })
        {
            return (role, "You said you want to become \(PersonalAnswers.article(role.title)).")
        }
        guard let first = matcher.firstStage,
            let entry = knowledge.topics.first(where: { $0.slots.stage == first && $0.intent == .careerPath })
        else { return nil }
        return (entry, "Without a specialty in mind yet, these are the jobs people usually start in.")
    }

    /// Answers for the person asking: a salary question takes their stage when it names none, and so does
    /// a question about *their* path ("what's my next step?").
    func tailor(
        _ reading: inout Reading, analysis: Analysis, profile: Profile, recognized: IntentMatcher.Recognition? = nil
    ) -> [String] {
        guard let stage = profile.stage, reading.slots.stage == nil, let intent = reading.intent else { return [] }
        // About the asker ("what should I make?"), or a bare follow-up ("and the pay?"); not a question about
        // a job or a factor ("what affects an AI engineer's salary?").
        let personal = analysis.words.contains { ProfileReader.speaker.contains($0.text) }
        let bare = analysis.words.filter { !$0.isStopword }.count <= 2
        guard (intent == .salary && (personal || bare)) || (intent == .careerPath && personal) else { return [] }
        var slots = reading.slots
        slots.stage = stage
        let reread = matcher.read(analysis, inheriting: slots, recognized: recognized)
        if reread.intent == intent {
            reading = reread
        } else {
            // "what do people at my level make": another rule likes the stage more; the question stays.
            reading.slots.stage = stage
            reading.inherited.append(.stage)
            reading.score += 0.5
        }
        return ["tailored to the profile's stage '\(stage)'"]
    }

    /// Reads the question again in the conversation's context when it leans on it: an elliptical
    /// follow-up ("and for seniors?", "what about NLP engineers?") keeps the previous intent unless it
    /// plainly asks something else; a pointer ("they", "it", "next") takes the entities in play.
    func resolve(
        _ reading: inout Reading, analysis: Analysis, context: ConversationContext,
        recognized: IntentMatcher.Recognition? = nil
    ) -> [String] {
        guard let previous = context.intent, !previous.isSmallTalk else { return [] }
        let elliptical = ConversationContext.isElliptical(analysis)
        // A question whose own cues say little ("what would I actually work on") is read in the conversation too.
        let faint = reading.cueScore < 1 && reading.entities.isEmpty
        guard elliptical || faint || ConversationContext.leansOnContext(analysis) || reading.intent == nil else {
            return []
        }
        // After a plan, the role it aims at is in play ("what would I actually work on").
        var slots = context.slots
        if slots.role == nil, context.plan != nil { slots.role = context.profile.target }
        var reread = matcher.read(analysis, inheriting: slots, recognized: recognized)
        var notes: [String] = []
        if !reread.inherited.isEmpty {
            let taken = reread.inherited.map { "\($0.rawValue) \(reread.slots[$0] ?? "")" }
            notes.append("follow-up: took \(taken.joined(separator: ", ")) from the conversation")
        }
        // A follow-up that names a new kind of subject the previous intent has no topic for ("what does a
        // DL engineer do" → "and the math side?") asks about that subject.
        let named = Set(reread.entities.filter { $0.length > 0 }.map(\.kind))
        let fits = named.allSatisfy { kind in
            knowledge.tellsApart(previous, by: kind)
        }
        if elliptical, reread.cueScore < 1.5, previous != reread.intent, fits || reread.intent == nil,
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
}
