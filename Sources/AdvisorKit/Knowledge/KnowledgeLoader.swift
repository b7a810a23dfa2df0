import Foundation

/// Reads and validates a knowledge folder: topic files (`*.md`), an optional `lexicon.yaml` and an
/// optional `about.yaml`.
///
/// Every problem is reported with its file and line; a folder with any problem is not used.
public enum KnowledgeLoader {
    /// The lexicon's file name inside a knowledge folder.
    public static let lexiconFile = "lexicon.yaml"
    /// The about file's name inside a knowledge folder.
    public static let aboutFile = "about.yaml"
    /// Files bigger than this are refused (a knowledge file is a page of text).
    static let maximumFileBytes = 1 << 20

    /// The knowledge in `folder`, or every problem found in it.
    public static func load(folder: String) throws(KnowledgeError) -> KnowledgeBase {
        let (knowledge, problems) = check(folder: folder)
        guard let knowledge, problems.isEmpty else { throw KnowledgeError(folder: folder, problems: problems) }
        return knowledge
    }

    /// Validates `folder`: the knowledge (when readable at all) and every problem found.
    public static func check(folder: String) -> (KnowledgeBase?, [KnowledgeProblem]) {
        var problems: [KnowledgeProblem] = []
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            return (nil, [.init(file: folder, line: 0, message: "no such knowledge folder")])
        }
        let files = markdownFiles(in: folder)
        if files.isEmpty {
            problems.append(.init(file: folder, line: 0, message: "no topic files (*.md) in this folder"))
        }
        var parsed: [TopicParser.Parsed] = []
        for file in files {
            switch read(file, in: folder).flatMap({ TopicParser.parse($0, file: file) }) {
            case .success(let topic): parsed.append(topic)
            case .failure(let error): problems += error.problems
            }
        }
        var lexicon = Lexicon()
        if FileManager.default.fileExists(atPath: folder + "/" + lexiconFile) {
            switch read(lexiconFile, in: folder).flatMap({ LexiconParser.parse($0, file: lexiconFile) }) {
            case .success(let value): lexicon = value
            case .failure(let error): problems += error.problems
            }
        }
        var about = About()
        if FileManager.default.fileExists(atPath: folder + "/" + aboutFile) {
            switch read(aboutFile, in: folder).flatMap({ AboutParser.parse($0, file: aboutFile) }) {
            case .success(let value): about = value
            case .failure(let error): problems += error.problems
            }
        }
        problems += crossCheck(parsed)
        return (KnowledgeBase(topics: parsed.map(\.topic), lexicon: lexicon, about: about), problems)
    }

    /// Topic files relative to `folder`, sorted; `README.md` and hidden files are not topics.
    static func markdownFiles(in folder: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
        var files: [String] = []
        while let path = enumerator.nextObject() as? String {
            let name = path.split(separator: "/").last.map(String.init) ?? path
            if name.hasPrefix(".") {
                enumerator.skipDescendants()
            } else if name.hasSuffix(".md"), name.lowercased() != "readme.md" {
                files.append(path)
            }
        }
        return files.sorted()
    }

    static func read(_ file: String, in folder: String) -> Result<String, KnowledgeError> {
        let fail = { (message: String) in
            Result<String, KnowledgeError>.failure(
                .init(folder: folder, problems: [.init(file: file, line: 0, message: message)]))
        }
        guard let handle = FileHandle(forReadingAtPath: folder + "/" + file) else { return fail("cannot be read") }
        defer { try? handle.close() }
        guard let data = try? handle.read(upToCount: maximumFileBytes + 1) ?? Data() else {
            return fail("cannot be read")
        }
        if data.count > maximumFileBytes { return fail("is larger than \(maximumFileBytes >> 20) MB") }
        if data.contains(0) { return fail("is a binary file (it contains NUL bytes), not UTF-8 text") }
        guard let text = String(validating: data, as: UTF8.self) else {
            let line = invalidUTF8Line(data)
            return .failure(
                .init(folder: folder, problems: [.init(file: file, line: line, message: "is not valid UTF-8 text")]))
        }
        return .success(text)
    }

    /// The line holding the first invalid UTF-8 byte.
    private static func invalidUTF8Line(_ data: Data) -> Int {
        var line = 1
        var start = data.startIndex
        for index in data.indices where data[index] == 10 {
            if String(validating: data[start..<index], as: UTF8.self) == nil { return line }
            line += 1
            start = index + 1
        }
        return line
    }

    /// Problems that concern several files: duplicate ids, dangling follow-ups, shared questions.
    static func crossCheck(_ parsed: [TopicParser.Parsed]) -> [KnowledgeProblem] {
        var problems: [KnowledgeProblem] = []
        var owners: [String: String] = [:]
        for entry in parsed {
            let topic = entry.topic
            if let first = owners[topic.id] {
                problems.append(
                    .init(
                        file: topic.file, line: entry.lines["id"] ?? 1,
                        message: "duplicate id '\(topic.id)' (also in \(first))"))
            } else {
                owners[topic.id] = topic.file
            }
        }
        var claimed: [String: String] = [:]
        for entry in parsed {
            let topic = entry.topic
            for followup in topic.followups where owners[followup] == nil {
                problems.append(
                    .init(
                        file: topic.file, line: entry.lines["followups"] ?? 1,
                        message: "follow-up '\(followup)' points to no topic"))
            }
            for question in topic.questions {
                let key = question.lowercased().filter { $0.isLetter || $0.isNumber || $0 == " " }
                if let other = claimed[key], other != topic.id {
                    problems.append(
                        .init(
                            file: topic.file, line: entry.lines["questions"] ?? 1,
                            message: "question '\(question)' is also claimed by topic '\(other)'"))
                } else {
                    claimed[key] = topic.id
                }
            }
        }
        return problems
    }
}
