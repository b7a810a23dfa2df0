/// How sure the engine is: unknown and outside words, ambiguous terms, names-only questions, the
/// retrieval order, and when retrieval overrides the rules.
extension Engine {
    /// The sentences of `text` that ask, when it has several and not all of them ask: a sentence asks
    /// when it ends in "?", opens with a question word, puts a question word before a verb of asking
    /// ("how I can gain experience") or asks for advice ("any tips").
    static func askingSentences(_ text: String) -> [String] {
        // One sentence at most without a mark between two pieces of text: nothing to choose.
        guard text.utf8.contains(where: { $0 == 0x2E || $0 == 0x3F || $0 == 0x21 || $0 == 0x3B || $0 == 0x0A }) else {
            return []
        }
        let sentences = printableASCIISentences(text) ?? characterSentences(text)
        guard sentences.count > 1 else { return [] }
        let language = Language.english
        let asking = sentences.filter { sentence in
            sentence.asks || language.asks(Tokenizer.words(sentence.text))
        }.map(\.text)
        return asking.count < sentences.count ? asking : []
    }

    /// The sentences of `text`, each with whether it ends in "?".
    static func characterSentences(_ text: String) -> [(text: String, asks: Bool)] {
        var sentences: [(text: String, asks: Bool)] = []
        func hasText(_ part: Substring) -> Bool { part.unicodeScalars.contains { !$0.properties.isWhitespace } }
        var start = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            switch character {
            case ".", "?", "!", ";", "\n":
                let current = text[start..<index]
                if hasText(current) { sentences.append((String(current), character == "?")) }
                start = next
            default: break
            }
            index = next
        }
        if hasText(text[start...]) { sentences.append((String(text[start...]), false)) }
        return sentences
    }

    /// The sentences of text of printable ASCII alone (almost every question), split byte by byte (each
    /// byte is then a character); nil for any other text.
    static func printableASCIISentences(_ text: String) -> [(text: String, asks: Bool)]? {
        var text = text
        return text.withUTF8 { bytes -> [(text: String, asks: Bool)]? in
            guard bytes.allSatisfy({ ($0 >= 0x20 && $0 < 0x7F) || $0 == 0x09 }) else { return nil }
            var sentences: [(text: String, asks: Bool)] = []
            var start = 0
            func add(upTo end: Int, asks: Bool) {
                let part = UnsafeBufferPointer(rebasing: bytes[start..<end])
                if part.contains(where: { $0 != 0x20 && $0 != 0x09 }) {
                    sentences.append((String(decoding: part, as: UTF8.self), asks))
                }
            }
            for index in 0..<bytes.count {
                let byte = bytes[index]
                guard byte == 0x2E || byte == 0x3F || byte == 0x21 || byte == 0x3B else { continue }
                add(upTo: index, asks: byte == 0x3F)
                start = index + 1
            }
            add(upTo: bytes.count, asks: false)
            return sentences
        }
    }

    /// Positions of the words that belong to an outside term of the lexicon (matched word for word with
    /// plurals folded, not by stem: "marketer" is outside, "market" is not) or that make one of our job
    /// titles someone else's ("DevOps engineer"), except words that name one of our entities.
    func outsideWords(in analysis: Analysis, entities: [Entity]) -> Set<Int> {
        let words = EntityRecognizer.folded(analysis)
        let named = Set(entities.flatMap(\.span))
        var positions: Set<Int> = []
        for (start, word) in words.enumerated() {
            for phrase in outsidePhrases[word] ?? [] where words[start...].starts(with: phrase) {
                positions.formUnion(start..<(start + phrase.count))
            }
            // A job title of ours with a word we do not know in front ("DevOps engineer", "prompt engineer",
            // "BI manager") names someone else's job.
            if start > 0, titleWords.contains(word), !named.contains(start) {
                let before = analysis.words[start - 1]
                if !before.isStopword, !before.isKnown, !named.contains(start - 1) { positions.insert(start - 1) }
            }
        }
        return positions.subtracting(named)
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

    /// Retrieval order, with topics about an entity the question does not name a little behind.
    func rank(_ matches: [Match], slots: Slots) -> [Match] {
        var ranked = matches
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
        guard let top = matches.first, knowledge.topics[top.topic].intent != intent,
            top.score >= policy.overrideScore, top.coverage >= policy.overrideCoverage
        else { return nil }
        let ruleBest = matches.first { knowledge.topics[$0.topic].intent == intent }?.score ?? 0
        return top.score - ruleBest >= policy.overrideLead ? top : nil
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
        for (index, word) in analysis.words.enumerated() where !word.isStopword && !word.text.first!.isNumber {
            if outside.contains(index) {
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
