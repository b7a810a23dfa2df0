/// One thing wrong with a knowledge folder, with the file and line where it is.
public struct KnowledgeProblem: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file, relative to the knowledge folder (or the folder itself).
    public var file: String
    /// 1-based line in `file`; 0 when the problem concerns the whole file.
    public var line: Int
    public var message: String

    public init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String {
        line > 0 ? "\(file):\(line): \(message)" : "\(file): \(message)"
    }
}

/// A knowledge folder that cannot be used, with every problem found in it.
public struct KnowledgeError: Error, Sendable, CustomStringConvertible {
    public var folder: String
    public var problems: [KnowledgeProblem]

    public init(folder: String, problems: [KnowledgeProblem]) {
        self.folder = folder
        self.problems = problems
    }

    public var description: String {
        let count = problems.count == 1 ? "1 problem" : "\(problems.count) problems"
        return "knowledge in \(folder) has \(count):\n"
            + problems.map { "  \($0)" }.joined(separator: "\n")
    }
}
