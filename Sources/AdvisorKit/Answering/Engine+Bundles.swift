/// Posts that bundle two questions ("What does an NLP engineer do, and how much do they make?"): the
/// answer to the post, then the answer to the other question it asks.
extension Engine {
    /// The clauses of a post that ask: its sentences that ask (all of it when it has one sentence), each cut
    /// again before "and", "also" or "plus" followed by a question word ("…do and how much…", "…and
    /// what's…") or by an opener asking of someone ("…and do they…"; not "…and do projects").
    static func askingClauses(of text: String, sentences: Sentences?) -> [String] {
        let asking = sentences.map { $0.all.filter(\.asks).map(\.text) } ?? [text]
        var clauses: [String] = []
        for sentence in asking {
            // (Most questions join nothing: not split word by word.)
            guard Self.mayJoin(sentence) else {
                clauses.append(sentence)
                continue
            }
            let words = sentence.split(separator: " ")
            let plain = words.map { Self.plain($0) }
            var current: [Substring] = []
            for index in words.indices {
                let next = index + 1 < words.count ? plain[index + 1] : ""
                let after = index + 2 < words.count ? plain[index + 2] : ""
                let asksAgain =
                    Language.english.questionWords.contains(next)
                    || (Language.english.questionOpeners.contains(next) && subjects.contains(after))
                if joining.contains(plain[index]), !current.isEmpty, asksAgain {
                    clauses.append(current.joined(separator: " "))
                    current = []
                    continue
                }
                current.append(words[index])
            }
            if !current.isEmpty { clauses.append(current.joined(separator: " ")) }
        }
        return clauses
    }

    /// Whether `sentence` has a joining word between spaces (" and ", " also ", " plus ", " & "), in any
    /// case. Byte by byte: no other letter lowers to one of these ASCII letters, so this is what finding
    /// them in `sentence.lowercased()` says.
    static func mayJoin(_ sentence: String) -> Bool {
        var sentence = sentence
        return sentence.withUTF8 { bytes in
            guard bytes.count >= 3 else { return false }
            for start in 0..<(bytes.count - 2) where bytes[start] == 0x20 {
                for word in joiningBytes where start + word.count + 1 < bytes.count {
                    var matches = bytes[start + word.count + 1] == 0x20
                    var offset = 0
                    while matches, offset < word.count {
                        let byte = bytes[start + 1 + offset]
                        matches = (byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte) == word[offset]
                        offset += 1
                    }
                    if matches { return true }
                }
            }
            return false
        }
    }

    /// `joining`'s words as bytes.
    private static let joiningBytes: [[UInt8]] = joining.map { Array($0.utf8) }

    /// A word lowered, without punctuation around it or "'s" after it ("What's" → "what").
    private static func plain(_ word: Substring) -> String {
        var lowered = word.lowercased().filter { $0.isLetter || $0 == "&" || $0 == "'" || $0 == "’" }
        for suffix in ["'s", "’s"] where lowered.hasSuffix(suffix) { lowered.removeLast(2) }
        return lowered
    }

    /// Whether a post may ask two things: it has two sentences that ask, or a word that joins a second
    /// question ("and", "also"). Most questions do not, and are not split.
    static func mayAskTwice(_ post: Analysis, sentences: Sentences?) -> Bool {
        post.words.contains { joining.contains($0.text) }
            || (sentences?.all.lazy.filter(\.asks).dropFirst().isEmpty == false)
    }

    /// Words that join a second question to a first.
    private static let joining: WordSet = ["and", "also", "plus", "&"]
    /// Who an opener asks of in a second question ("…and do they…", "…and is it…").
    private static let subjects: WordSet = [
        "i", "you", "they", "we", "it", "he", "she", "there", "the", "a", "an", "this", "that", "these", "those",
        "my", "your", "their",
    ]

    /// The answer to a second question the post asks, when a clause of it, read alone (taking the main
    /// reading's subjects when it points back: "…and how much do they make?"), is a sure question of
    /// another intent, answered by topics the main answer does not already hold.
    func bundledAnswer(to clauses: [String], besides main: Answer, reading: Reading, question: String) -> Answer? {
        guard clauses.count > 1 else { return nil }
        for clause in clauses.prefix(Self.mostClauses) {
            let analysis = analyzer.analyze(clause)
            let recognized = matcher.recognize(analysis)
            var part = matcher.read(analysis, recognized: recognized)
            if ConversationContext.leansOnContext(analysis) || part.entities.isEmpty {
                part = matcher.read(analysis, inheriting: reading.slots, recognized: recognized)
            }
            let named = part.entities.contains { $0.length > 0 }
            // (Not the list of roles or the overview: "…what's that role called?" adds nothing to an answer.)
            guard let intent = part.intent, !intent.isSmallTalk, intent != main.intent,
                ![.compare, .listRoles, .overview].contains(intent), named || part.cueScore >= policy.plainCue
            else { continue }
            let confidence = policy.ruleConfidence(
                score: part.score, namesEntity: named, namesOnly: Self.namesOnlyEntities(analysis, part),
                penalty: unknownPenalty(analysis, outside: outsideWords(in: analysis)))
            guard policy.answers(confidence) else { continue }
            let matches = rank(index.search(analysis.terms, ranked: false), slots: part.slots, analysis: analysis)
            var composer = AnswerComposer(engine: self, question: question, reading: part, matches: matches)
            guard let answer = composer.compose(intent: intent, confidence: confidence),
                answer.sources.allSatisfy({ !main.sources.contains($0) })
            else { continue }
            return answer
        }
        return nil
    }

    /// The most clauses of a post read for a second question.
    static let mostClauses = 4
}

extension Answer {
    /// This answer followed by `other`'s, under its title after `heading`: a post that asked two things gets
    /// both (this answer keeps its intent, confidence, suggestions and explanation).
    mutating func append(_ other: Answer, heading: String = "Also asked") {
        blocks.append(.paragraph("\(heading) — \(other.title ?? other.intent.rawValue):"))
        blocks += other.blocks
        sources += other.sources
    }
}
