/// Reads `about.yaml`: name, covers, greeting, examples (a list) and threshold (a number from 0 to 1).
enum AboutParser {
    static let fields: Set<String> = ["name", "covers", "greeting", "examples", "threshold"]

    static func parse(_ text: String, file: String) -> Result<About, KnowledgeError> {
        if text.utf8.count > FrontMatter.maximumHeaderBytes {
            return .failure(
                .init(folder: file, problems: [.init(file: file, line: 1, message: "is too large for an about file")]))
        }
        var fields = YAMLFields(yaml: text, file: file, firstLine: 1, allowed: fields)
        var about = About()
        about.name = fields.text("name")
        about.covers = fields.text("covers")
        about.greeting = fields.text("greeting")
        about.examples = fields.list("examples").map(\.text)
        if let threshold = fields.text("threshold") {
            if let value = Double(threshold), value >= 0, value <= 1 {
                about.threshold = value
            } else {
                fields.report("threshold must be a number from 0 to 1, not '\(threshold)'", field: "threshold")
            }
        }
        guard fields.problems.isEmpty else { return .failure(.init(folder: file, problems: fields.problems)) }
        return .success(about)
    }
}
