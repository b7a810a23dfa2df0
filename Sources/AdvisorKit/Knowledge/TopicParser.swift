/// Reads one topic file: YAML front matter (parsed with Yams) and a Markdown body.
enum TopicParser {
    static let fields: Set<String> = [
        "id", "title", "intent", "origin", "role", "stage", "area", "names", "years", "questions", "keywords", "skills",
        "followups",
    ]

    /// A topic with the file line of each of its fields, for problems found across files.
    struct Parsed {
        var topic: Topic
        var lines: [String: Int]
    }

    /// The topic in `text`, or the problems (file and line) that keep it from being one.
    static func parse(_ text: String, file: String) -> Result<Parsed, KnowledgeError> {
        let fail = { (problems: [KnowledgeProblem]) in
            Result<Parsed, KnowledgeError>.failure(.init(folder: file, problems: problems))
        }
        let split: FrontMatter
        switch FrontMatter.split(text, file: file) {
        case .success(let value): split = value
        case .failure(let problem): return fail([problem])
        }
        var header = YAMLFields(yaml: split.yaml, file: file, firstLine: split.yamlLine, allowed: fields)
        let id = header.text("id", required: true)
        let title = header.text("title", required: true)
        if let id, !isIdentifier(id) {
            header.report("id '\(id)' must use only lower-case letters, digits and '-'", field: "id")
        }
        var intent: Intent?
        if let name = header.text("intent") {
            intent = Intent(rawValue: name)
            if intent == nil || intent!.isComposed {
                let known = Intent.answerable.map(\.rawValue).joined(separator: ", ")
                header.report("unknown intent '\(name)' (known: \(known))", field: "intent")
            }
        }
        var origin = Topic.Origin.article
        if let name = header.text("origin") {
            if let value = Topic.Origin(rawValue: name) {
                origin = value
            } else {
                header.report("origin must be 'article' or 'general guidance', not '\(name)'", field: "origin")
            }
        }
        var slots = Slots()
        for kind in EntityKind.allCases {
            guard let value = header.text(kind.rawValue) else { continue }
            if isIdentifier(value) {
                slots[kind] = value
            } else {
                header.report(
                    "\(kind.rawValue) '\(value)' must use only lower-case letters, digits and '-'", field: kind.rawValue
                )
            }
        }
        var years: ClosedRange<Int>?
        if let text = header.text("years") {
            years = parseYears(text)
            if years == nil { header.report("years must look like '2-5' or '6+', not '\(text)'", field: "years") }
        }
        let names = header.list("names").map(\.text)
        let questions = header.list("questions").map(\.text)
        let keywords = header.list("keywords").map(\.text)
        let skills = header.list("skills").map(\.text)
        let followups = header.list("followups").map(\.text)
        let body = split.body.trimmingWhitespace
        if body.isEmpty {
            header.report("the answer (the text after the front matter) is empty", field: "title")
        }
        guard header.problems.isEmpty, let id, let title else { return fail(header.problems) }
        let topic = Topic(
            id: id, title: title, intent: intent, origin: origin, slots: slots, names: names, years: years,
            questions: questions, keywords: keywords, skills: skills, followups: followups, body: body, file: file)
        return .success(
            Parsed(topic: topic, lines: Dictionary(uniqueKeysWithValues: fields.map { ($0, header.line(of: $0)) })))
    }

    static func isIdentifier(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) || $0 == 45 }
    }

    /// "2-5" → 2...5, "6+" → 6...60, "3" → 3...3.
    static func parseYears(_ text: String) -> ClosedRange<Int>? {
        let compact = text.filter { $0 != " " }
        if compact.hasSuffix("+"), let low = Int(compact.dropLast()), low >= 0 { return low...max(low, 60) }
        let parts = compact.split(separator: "-", omittingEmptySubsequences: false)
        if parts.count == 1, let value = Int(parts[0]), value >= 0 { return value...value }
        if parts.count == 2, let low = Int(parts[0]), let high = Int(parts[1]), low >= 0, low <= high {
            return low...high
        }
        return nil
    }
}
