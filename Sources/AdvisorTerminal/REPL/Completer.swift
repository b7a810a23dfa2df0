import AdvisorKit

/// Finds what Tab can complete: a meta-command at the start of the line, else a role name or a topic
/// word or phrase from the knowledge (names, titles and keywords, lower-case).
///
/// A phrase completes across words: "what does a machine le" + Tab offers "machine learning engineer"
/// for "machine le". The longest run of words before the cursor that starts some phrase wins.
public struct Completer: Sendable {
    /// The commands, with their slash (`/help`), sorted.
    public let commands: [String]
    /// Words and phrases of the knowledge, lower-case, sorted.
    public let vocabulary: [String]
    /// The most words a phrase of the vocabulary has.
    private let longestPhrase: Int

    public init(commands: [MetaCommand], vocabulary: [String]) {
        self.commands = Set(commands.flatMap(\.names).map { "/" + $0 }).sorted()
        self.vocabulary = Set(vocabulary.map { $0.lowercased() }).sorted()
        longestPhrase = self.vocabulary.map { $0.split(separator: " ").count }.max() ?? 1
    }

    public init(knowledge: KnowledgeBase, commands: [MetaCommand]) {
        self.init(commands: commands, vocabulary: Self.vocabulary(of: knowledge))
    }

    /// The words and phrases worth completing: every topic's names, title and keywords (up to four
    /// words), and the words in them; without punctuation, numbers or little words.
    public static func vocabulary(of knowledge: KnowledgeBase) -> [String] {
        var phrases: Set<String> = []
        for topic in knowledge.topics {
            for phrase in topic.names + [topic.title] + topic.keywords {
                let lowered = phrase.lowercased().trimmingWhitespace
                let words = lowered.split(separator: " ").map(String.init)
                guard words.allSatisfy(isWord) else { continue }
                if words.count <= maximumPhraseWords { phrases.insert(words.joined(separator: " ")) }
                for word in words where word.count >= 3 && !littleWords.contains(word) {
                    phrases.insert(word)
                }
            }
        }
        return phrases.sorted()
    }

    /// What Tab can put in place of the end of `line` (the text before the cursor).
    public func complete(_ line: String) -> Completion {
        let start = line.drop { $0 == " " }
        if start.isEmpty { return Completion(typed: "", candidates: commands) }
        if start.hasPrefix("/") {
            guard !start.contains(" ") else { return .none }
            return Completion(typed: String(start), candidates: matches(String(start), in: commands))
        }
        // The starts of the last few words, the longest run first.
        var starts: [String.Index] = []
        var previous: Character = " "
        for index in line.indices {
            if previous == " " && line[index] != " " { starts.append(index) }
            previous = line[index]
        }
        for start in starts.suffix(longestPhrase) {
            let typed = String(line[start...])
            let found = matches(typed, in: vocabulary)
            if !found.isEmpty { return Completion(typed: typed, candidates: found) }
        }
        return .none
    }

    /// The entries starting with `typed` (ignoring case), each written as `typed` and the rest.
    private func matches(_ typed: String, in entries: [String]) -> [String] {
        let lowered = typed.lowercased()
        return entries.filter { $0.hasPrefix(lowered) }.map { typed + $0.dropFirst(lowered.count) }
    }

    private static func isWord(_ word: String) -> Bool {
        !word.isEmpty && word.first?.isLetter == true
            && word.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "'" }
    }

    /// Longer titles are sentences rather than names: only their words are offered.
    private static let maximumPhraseWords = 4

    private static let littleWords: Set<String> = [
        "and", "the", "for", "with", "from", "that", "what", "how", "who", "are", "its", "into", "per",
    ]
}
