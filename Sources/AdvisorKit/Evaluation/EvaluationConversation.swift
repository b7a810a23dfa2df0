import Foundation

/// One conversation of a shared evaluation set (JSON Lines): its turns are asked in order, in one
/// conversation that starts afresh.
///
/// A line: `{"id": "ctx-nlp", "cat": "context", "turns": [{"q": "…", "all": ["(?i)…"], "any": [],
/// "none": [], "oos": false}]}`. `all`, `any`, `none` and `oos` may be left out. Blank lines are skipped.
public struct EvaluationConversation: Sendable, Hashable {
    public var id: String
    /// The category the set reports accuracy by.
    public var category: String
    public var turns: [EvaluationTurn]
    /// 1-based line of the set.
    public var line: Int

    public init(id: String, category: String, turns: [EvaluationTurn], line: Int = 0) {
        self.id = id
        self.category = category
        self.turns = turns
        self.line = line
    }

    /// The conversations in `text`, or a problem naming the first bad line (a regex that does not compile
    /// is one).
    public static func parse(_ text: String, file: String) -> Result<[EvaluationConversation], KnowledgeProblem> {
        var conversations: [EvaluationConversation] = []
        var seen: Set<String> = []
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.allSatisfy(\.isWhitespace) { continue }
            let problem = { (message: String) in KnowledgeProblem(file: file, line: offset + 1, message: message) }
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                return .failure(problem("bad conversation: not a JSON object"))
            }
            guard let id = object["id"] as? String, !seen.contains(id) else {
                return .failure(problem("bad conversation: missing or duplicate id"))
            }
            guard let category = object["cat"] as? String else {
                return .failure(problem("bad conversation \(id): missing cat"))
            }
            guard let rawTurns = object["turns"] as? [Any], !rawTurns.isEmpty else {
                return .failure(problem("bad conversation \(id): no turns"))
            }
            var turns: [EvaluationTurn] = []
            for (number, raw) in rawTurns.enumerated() {
                switch turn(raw, problem: { problem("bad conversation \(id), turn \(number): " + $0) }) {
                case .success(let turn): turns.append(turn)
                case .failure(let bad): return .failure(bad)
                }
            }
            seen.insert(id)
            conversations.append(EvaluationConversation(id: id, category: category, turns: turns, line: offset + 1))
        }
        guard !conversations.isEmpty else {
            return .failure(KnowledgeProblem(file: file, line: 0, message: "no conversations"))
        }
        return .success(conversations)
    }

    /// One turn of a conversation, or the problem `problem` makes of what is wrong with it.
    private static func turn(
        _ raw: Any, problem: (String) -> KnowledgeProblem
    ) -> Result<EvaluationTurn, KnowledgeProblem> {
        guard let object = raw as? [String: Any], let question = object["q"] as? String,
            !question.allSatisfy(\.isWhitespace)
        else { return .failure(problem("turn without q")) }
        var patterns: [String: [AnswerPattern]] = [:]
        for key in ["all", "any", "none"] {
            let value = object[key] ?? [String]()
            guard let sources = value as? [String] else {
                return .failure(problem("\(key) is not a list of strings"))
            }
            do {
                patterns[key] = try sources.map { source throws(InvalidPattern) in try AnswerPattern(source) }
            } catch {
                return .failure(problem("\(key): \(error)"))
            }
        }
        let outOfScope: Bool
        switch object["oos"] {
        case nil, is NSNull: outOfScope = false
        case let flag as Bool: outOfScope = flag
        default: return .failure(problem("oos is not true or false"))
        }
        return .success(
            EvaluationTurn(
                question: question, all: patterns["all"] ?? [], any: patterns["any"] ?? [],
                none: patterns["none"] ?? [], outOfScope: outOfScope))
    }
}
