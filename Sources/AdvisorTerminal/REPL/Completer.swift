import AdvisorKit

/// Finds what Tab can complete, by context: a meta-command at the start of the line, a command's name
/// after `/help `, a file name after `/plan `, a role after "be a" or "become an", else a role name or a
/// topic word or phrase from the knowledge (names, titles and keywords).
///
/// A phrase completes across words: "what does a machine le" + Tab offers "machine learning engineer"
/// for "machine le". The longest run of words before the cursor that starts some phrase wins. Words keep
/// the knowledge's spelling where it has capitals (`NL` + Tab gives `NLP`), else what the user typed.
/// Tab inside a word completes nothing.
public struct Completer: Sendable {
    /// The commands, with their slash (`/help`), sorted.
    public let commands: [String]
    /// Words and phrases of the knowledge, lower-case, sorted.
    public let vocabulary: [String]
    /// The roles' names, lower-case, sorted (offered after "be a", "become an").
    public let roles: [String]
    /// The knowledge's spelling of the entries that have capitals ("nlp" → "NLP").
    public let spelling: [String: String]
    /// The most words a phrase of the vocabulary has.
    private let longestPhrase: Int

    public init(commands: [MetaCommand], vocabulary: [String], roles: [String] = [], spelling: [String: String] = [:]) {
        self.commands = Set(commands.flatMap(\.names).map { "/" + $0 }).sorted()
        self.vocabulary = Set(vocabulary.map { $0.lowercased() }).sorted()
        self.roles = Set(roles.map { $0.lowercased() }).sorted()
        self.spelling = spelling
        longestPhrase = self.vocabulary.map { $0.split(separator: " ").count }.max() ?? 1
    }

    public init(knowledge: KnowledgeBase, commands: [MetaCommand]) {
        let roleTopics = knowledge.topics.filter { $0.intent == .role }
        // Names of people ("NLP engineer", "research scientist"), not of fields ("NLP", "AI research").
        let people = ["er", "ist", "or", "ect", "ian", "ant"]
        let roles = roleTopics.flatMap { topic -> [String] in topic.names + [topic.title] }.filter { phrase in
            let words = phrase.split(separator: " ").map(String.init)
            return words.allSatisfy(Self.isWord) && people.contains { words.last?.lowercased().hasSuffix($0) == true }
        }
        self.init(
            commands: commands, vocabulary: Self.vocabulary(of: knowledge), roles: roles,
            spelling: Self.spelling(of: knowledge))
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

    /// How the knowledge writes its words and phrases that have capitals beyond a sentence's first letter
    /// ("NLP engineer", "TensorFlow"), by their lower-case form.
    public static func spelling(of knowledge: KnowledgeBase) -> [String: String] {
        var spelling: [String: String] = [:]
        for topic in knowledge.topics {
            for phrase in topic.names + [topic.title] + topic.keywords {
                var words = phrase.trimmingWhitespace.split(separator: " ").map(String.init)
                guard words.allSatisfy(isWord), let first = words.first else { continue }
                // "Skills of an NLP engineer": the capital of a sentence's first word is not the word's.
                if first.dropFirst().allSatisfy({ !$0.isUppercase }) { words[0] = first.lowercased() }
                let written = words.joined(separator: " ")
                if words.count <= maximumPhraseWords, written != written.lowercased() {
                    spelling[written.lowercased()] = spelling[written.lowercased()] ?? written
                }
                for word in words where word != word.lowercased() {
                    spelling[word.lowercased()] = spelling[word.lowercased()] ?? word
                }
            }
        }
        return spelling
    }

    /// What Tab can put in place of the end of `line` (the text before the cursor); `after` is the text
    /// after the cursor.
    public func complete(_ line: String, after: String = "") -> Completion {
        let start = line.drop { $0 == " " }
        if start.isEmpty { return Completion(typed: "", candidates: commands) }
        if start.hasPrefix("/") {
            let name = start.prefix { $0 != " " }
            let argument = start.dropFirst(name.count).drop { $0 == " " }
            if name.count == start.count {
                return Completion(typed: String(start), candidates: matches(String(start), in: commands))
            }
            guard !argument.contains(" ") || name.lowercased() == "/plan" else { return .none }
            switch name.lowercased() {
            case "/help":
                let names = commands.map { String($0.dropFirst()) }
                return Completion(typed: String(argument), candidates: matches(String(argument), in: names))
            case "/plan":
                return Completion(typed: String(argument), candidates: Self.files(String(argument)))
            default:
                return .none
            }
        }
        if let next = after.first, !next.isWhitespace { return .none }  // inside a word
        // The starts of the last few words, the longest run first.
        var starts: [String.Index] = []
        var previous: Character = " "
        for index in line.indices {
            if previous == " " && line[index] != " " { starts.append(index) }
            previous = line[index]
        }
        if line.last == " ", afterRoleCue(line[...]) { return Completion(typed: "", candidates: roles.map(spelled)) }
        for start in starts.suffix(longestPhrase) {
            let typed = String(line[start...])
            let entries = afterRoleCue(line[..<start]) ? roles : vocabulary
            let found = matches(typed, in: entries)
            if !found.isEmpty { return Completion(typed: typed, candidates: found) }
        }
        return .none
    }

    /// Whether `text` ends with "be a", "become an", "as a"…: a role comes next.
    private func afterRoleCue(_ text: Substring) -> Bool {
        let words = text.lowercased().split { !$0.isLetter }.suffix(2)
        guard words.count == 2, let article = words.last, article == "a" || article == "an" else { return false }
        return ["be", "become", "becoming", "as", "am", "being"].contains(String(words.first ?? ""))
    }

    /// The knowledge's spelling of an entry, if it has one.
    private func spelled(_ entry: String) -> String { spelling[entry] ?? entry }

    /// The files and folders whose path starts with `typed` (a `~` is the home folder), folders ending
    /// with `/`; hidden ones only when asked for by a leading dot.
    static func files(_ typed: String) -> [String] {
        let slash = typed.lastIndex(of: "/")
        let folder = slash.map { String(typed[...$0]) } ?? ""
        let start = slash.map { String(typed[typed.index(after: $0)...]) } ?? typed
        let listed = Platform.expandingHome(folder.isEmpty ? "." : folder)
        guard let names = Platform.folderEntries(listed) else { return [] }
        return names.filter { $0.name.hasPrefix(start) && (start.hasPrefix(".") || !$0.name.hasPrefix(".")) }
            .map { folder + $0.name + ($0.isFolder ? "/" : "") }.sorted()
    }

    /// The entries starting with `typed` (ignoring case), each written as the knowledge spells it, else
    /// as `typed` and the rest.
    private func matches(_ typed: String, in entries: [String]) -> [String] {
        let lowered = typed.lowercased()
        return entries.filter { $0.hasPrefix(lowered) }.map { entry in
            spelling[entry] ?? typed + entry.dropFirst(lowered.count)
        }
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
