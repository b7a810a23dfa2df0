/// How sure the engine is: unknown and outside words, ambiguous terms, names-only questions, the
/// retrieval order, and when retrieval overrides the rules.
extension Engine {
    /// Positions of the words that belong to an outside term of the lexicon (matched word for word with
    /// plurals folded, not by stem: "marketer" is outside, "market" is not) or that make one of our job
    /// titles someone else's ("DevOps engineer"), except words that name one of our entities.
    func outsideWords(in analysis: Analysis) -> Set<Int> {
        let words = EntityRecognizer.folded(analysis)
        var phrases: Set<Int> = []
        var untitled: [Int] = []
        for (start, word) in words.enumerated() {
            for phrase in outsidePhrases[word] ?? [] where words[start...].starts(with: phrase) {
                phrases.formUnion(start..<(start + phrase.count))
            }
            // A job title of ours with a word we do not know in front ("DevOps engineer", "prompt engineer",
            // "BI manager") names someone else's job.
            if start > 0, titleWords.contains(word) {
                let before = analysis.words[start - 1]
                if !before.isStopword, !before.isKnown { untitled.append(start) }
            }
        }
        // Words of our names, every mention (the entities' spans among them), are never outside.
        let named = matcher.namedPositions(in: analysis)
        // …and a name or a word of no dictionary in front of one of them makes it someone else's: an
        // employer ("an NVIDIA computer vision engineer"), or a kind of job of theirs ("DevOps engineer").
        let owners = named.filter { start in
            guard start > 0, !named.contains(start - 1) else { return false }
            // (A title of ours: the run of named words ends with a title word, not a skill: "GA/SQL".)
            var end = start
            while named.contains(end + 1) { end += 1 }
            guard titleWords.contains(words[end]) else { return false }
            let before = analysis.words[start - 1]
            return !before.isStopword && !before.isKnown && !before.isOrdinary && !before.text.first!.isNumber
        }.map { $0 - 1 }
        guard !phrases.isEmpty || !untitled.isEmpty || !owners.isEmpty else { return [] }
        let titled = untitled.filter { !named.contains($0) && !named.contains($0 - 1) }.map { $0 - 1 }
        return phrases.union(titled).union(owners).subtracting(named)
    }

    /// Outside words said aside, not asked about: the asker's own job ("accountant here", "I'm a
    /// teacher", "as a nurse"), the job someone changes from ("can a software engineer switch to ML",
    /// "moving from teaching"), the foil of an alternative ("used in AI jobs or just in interviews"), or
    /// another job set beside one of ours (positions `ours`): "who gets paid more, a software engineer or
    /// an ML engineer?", "do ML engineers earn more than web developers?".
    static func asides(in analysis: Analysis, outside: Set<Int>, ours: Set<Int> = []) -> Set<Int> {
        guard !outside.isEmpty else { return [] }
        let words = analysis.words.map(\.text)
        return outside.filter { position in
            // ("I'm a high school teacher": a few words may describe the job; "from" stays close.)
            let introduces =
                words[max(0, position - 5)..<position].contains(where: introducing.contains)
                || words[max(0, position - 3)..<position].contains("from")
            let here = position + 1 < words.count && words[position + 1] == "here"
            let changes = words[(position + 1)..<min(words.count, position + 4)].contains(where: changing.contains)
            let foil = words[max(0, position - 5)..<position].contains("or")
            return introduces || here || changes || foil || describesSomeone(after: position, words: words)
                || isSetBeside(position, ours, words: words)
        }
    }

    /// Whether the job at `position` describes someone who means to do something else: "a marketing
    /// analyst (GA/SQL based) that's looking to upgrade their skills", "a nurse who wants to learn Python".
    private static func describesSomeone(after position: Int, words: [String]) -> Bool {
        let next = words[(position + 1)..<min(words.count, position + 8)]
        return next.indices.dropLast().contains { index in
            guard relative.contains(next[index]) else { return false }
            // (A verb of being may come between: "who is looking to"; "looking for a job" is no plan.)
            let verb = being.contains(words[index + 1]) && index + 2 < words.count ? index + 2 : index + 1
            return intending.contains(words[verb]) && verb + 1 < words.count && words[verb + 1] == "to"
        }
    }

    /// Words that open a description of someone ("who", "that's").
    private static let relative: Set<String> = ["who", "that", "thats", "whos", "s"]
    /// Verbs of meaning to do something ("looking to", "wants to").
    private static let intending: Set<String> = [
        "looking", "wants", "wanting", "trying", "hoping", "plans", "planning", "wishes", "aims",
    ]
    /// Verbs of being that may come between ("who is looking to").
    private static let being: Set<String> = ["is", "s", "am", "are", "was"]

    /// Whether a comparing word stands between the word at `position` and one of `ours`, each at most a
    /// few words from it.
    private static func isSetBeside(_ position: Int, _ ours: Set<Int>, words: [String]) -> Bool {
        guard !ours.isEmpty else { return false }
        let reach = 5
        return words.indices.contains { index in
            guard comparing.contains(words[index]), abs(index - position) <= reach else { return false }
            return ours.contains { abs($0 - index) <= reach && ($0 < index) != (position < index) }
        }
    }

    /// Words that set two things side by side ("or", "than", and "vs", "compared to"… as the lexicon
    /// writes them).
    private static let comparing: Set<String> = ["or", "than", "difference"]

    /// Words before someone's own job, up to five words before it ("I'm a", "as a", "former").
    private static let introducing: Set<String> = ["m", "am", "im", "was", "former", "ex", "as"]
    /// Verbs after the job someone changes from ("a teacher switching", "a nurse becoming").
    private static let changing = Language.english.changeVerbs.union(["become", "becoming"])

    /// Positions of the words of our job titles the question names ("ML engineer"), when it names
    /// something outside too (else none are looked for).
    func ourTitles(in analysis: Analysis, outside: Set<Int>) -> Set<Int> {
        guard !outside.isEmpty else { return [] }
        let words = EntityRecognizer.folded(analysis)
        return matcher.namedPositions(in: analysis).filter { titleWords.contains(words[$0]) }
    }

    /// Confidence in the rule's reading: a subject named — an entity, or the knowledge's general subject
    /// ("…I'm a bit lost. What is an AI engineer?") — counts on top of the rule's score, and a question of
    /// nothing but names is understood ("nlp engineer?", "AI engineer?").
    /// `names` overrides whether a subject is named (the asking sentences of a post count the general
    /// subject whatever the rule).
    func ruleConfidence(_ reading: Reading, analysis: Analysis, penalty: Double, names: Bool? = nil) -> Double {
        var namesOnly = Self.namesOnlyEntities(analysis, reading)
        if !namesOnly, reading.entities.isEmpty {
            let general = matcher.generalPositions(in: analysis)
            namesOnly =
                !general.isEmpty
                && analysis.words.indices.allSatisfy { general.contains($0) || analysis.words[$0].isStopword }
        }
        return policy.ruleConfidence(
            score: reading.score, namesEntity: names ?? reading.namesSubject, namesOnly: namesOnly, penalty: penalty)
    }

    /// Whether the rule's reading rests on a skill area's name alone — no cue word, nothing from the
    /// conversation, no other subject — in a question that never speaks of the work: "where can I find a
    /// mentor in ML", "is an interpretable ML model also explainable?". Such a question is about something
    /// in the field, not the skill an AI career needs ("is troubleshooting a big part of AI
    /// engineering?" speaks of the work, "pytorch" is a name alone, and "does Java count?" names a tool).
    func restsOnFieldAlone(_ reading: Reading, analysis: Analysis) -> Bool {
        guard reading.cueScore == 0, reading.inherited.isEmpty, !reading.entities.isEmpty,
            reading.entities.allSatisfy({ $0.kind == .area }), !Self.namesOnlyEntities(analysis, reading),
            reading.entities.contains(where: { IntentMatcher.isFieldName($0, in: analysis) })
        else { return false }
        return !matcher.speaksOfWork(analysis)
    }

    /// Whether the question is nothing but names of ours ("nlp engineer", "senior level"): fully understood.
    static func namesOnlyEntities(_ analysis: Analysis, _ reading: Reading) -> Bool {
        let named = Set(reading.entities.flatMap(\.span))
        let others = analysis.words.indices.filter { !named.contains($0) }
        // A fragment ("nlp engineer?", "what about seniors"): a few small words around our names, no
        // sentence of its own ("how big do pythons get" names Python, and asks about snakes).
        return !named.isEmpty && others.count <= 2 && others.allSatisfy { analysis.words[$0].isStopword }
    }

    /// Ambiguous words ("cv") count only next to another term of ours, or in a follow-up while one of our
    /// subjects is in play ("what about for cv instead"); alone they are unknown words.
    func settleAmbiguity(
        _ analysis: Analysis, context: ConversationContext = ConversationContext(), notes: inout [String]
    ) -> Analysis {
        guard analysis.words.contains(where: \.isAmbiguous) else { return analysis }
        let following =
            context.intent.map { !$0.isSmallTalk } == true && ConversationContext.leansOnContext(analysis)
        let anchored =
            following
            || analysis.words.contains {
                !$0.isStopword && !$0.isAmbiguous && domainStems.contains($0.stem)
                    && !Language.english.careerNouns.contains($0.text)
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

    /// Retrieval order, with topics about an entity the question does not name a little behind; relevance
    /// is blended as `blend` says (the policy's when nil), from `analysis` and the spelling's likeness when
    /// known (`blended(_:analysis:blend:spelling:)`). Without the analysis, in the index's own order.
    func rank(
        _ matches: [Match], slots: Slots, analysis: Analysis? = nil, blend: RetrievalBlend? = nil,
        spelling: [Double]? = nil
    ) -> [Match] {
        var ranked =
            analysis.map { blended(matches, analysis: $0, blend: blend ?? policy.blend, spelling: spelling) }
            ?? matches
        for index in ranked.indices {
            let about = knowledge.topics[ranked[index].topic].slots
            // A role's own topic is the narrowest answer: furthest behind when no role is named.
            if let role = about.role, let asked = slots.role, role != asked {
                ranked[index].scale(by: policy.otherRoleFactor)
            } else if about.role != nil && slots.role == nil {
                ranked[index].scale(by: policy.unnamedRoleFactor)
            } else if EntityKind.allCases.contains(where: { about[$0] != nil && slots[$0] == nil }) {
                ranked[index].scale(by: policy.unnamedEntityFactor)
            }
        }
        // Sorted by key (a match is a large value to move about); topics are distinct, so the order is
        // the same whatever order they come in.
        var keys = ranked.indices.map {
            RankingKey(relevance: ranked[$0].relevance, topic: ranked[$0].topic, position: $0)
        }
        keys.sort()
        return keys.map { ranked[$0.position] }
    }

    /// A retrieval match so much closer than any topic of the rule's intent that it should answer instead:
    /// the question is almost one of its alternate questions. (Asked only when the question names no entity:
    /// a named role, stage or area is the rule's own evidence.)
    func overridingMatch(for intent: Intent, matches: [Match]) -> Match? {
        guard let top = matches.first, knowledge.topics[top.topic].intent != intent, top.topic != generalTopic,
            top.score >= policy.overrideScore, top.coverage >= policy.overrideCoverage
        else { return nil }
        let ruleBest = matches.first { knowledge.topics[$0.topic].intent == intent }?.score ?? 0
        return top.score - ruleBest >= policy.overrideLead ? top : nil
    }

    /// The retrieval's best match, of another intent, when the rule's reading rests on names alone (no
    /// cue word, nothing taken from the conversation) in a question of some length, and that match holds
    /// more of the question than any topic of the rule's intent: "What's your advice for a data scientist
    /// trying to get more professional experience with cloud technologies?" names an entry-level job, and
    /// asks about the cloud.
    func betterThanNames(_ reading: Reading, analysis: Analysis, matches: [Match]) -> Match? {
        guard let intent = reading.intent, reading.cueScore == 0, reading.inherited.isEmpty,
            analysis.words.filter({ !$0.isStopword }).count >= 5,
            let top = matches.first, knowledge.topics[top.topic].intent != intent, top.topic != generalTopic
        else { return nil }
        let ruleBest = matches.first { knowledge.topics[$0.topic].intent == intent }?.coverage ?? 0
        return top.coverage > ruleBest ? top : nil
    }

    /// 1 when every content word is known; lower as unknown words take a larger share of the question.
    /// How much each unknown word weighs is the policy's: a word the lexicon calls outside most (it is
    /// likely the subject: "a dentist's salary"), an ordinary English word less, a place least.
    func unknownPenalty(
        _ analysis: Analysis, outside: Set<Int>, countingUnknown: Bool = true, outsideWeight: Double? = nil,
        inFollowUp: Bool = false
    ) -> Double {
        var known = 0.0
        var unknown = 0.0
        let asides = Self.asides(in: analysis, outside: outside, ours: ourTitles(in: analysis, outside: outside))
        for (index, word) in analysis.words.enumerated() where !word.isStopword && !word.text.first!.isNumber {
            if asides.contains(index) {
                unknown += policy.asideWeight
            } else if outside.contains(index) {
                unknown += outsideWeight ?? policy.outsideWeight
            } else if word.isKnown {
                // A word that names one of our subjects is full evidence; any other word the knowledge uses
                // ("started", "take", "look") says how the question asks more than what it is about.
                known += domainStems.contains(word.stem) ? 1 : policy.generalWordWeight
            } else if countingUnknown {
                let previous = index > 0 ? analysis.words[index - 1].text : ""
                unknown += policy.weightOfUnknown(
                    ordinary: word.isOrdinary, name: word.isName, after: previous, inFollowUp: inFollowUp)
            }
        }
        return known + unknown == 0 ? 1 : known / (known + unknown)
    }

    static func format(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
    }
}
