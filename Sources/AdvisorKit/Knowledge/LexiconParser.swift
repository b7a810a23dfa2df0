/// Reads `lexicon.yaml`: synonyms (canonical term → words that mean it), ambiguous and outside terms.
enum LexiconParser {
    static func parse(_ text: String, file: String) -> Result<Lexicon, KnowledgeError> {
        if text.utf8.count > FrontMatter.maximumHeaderBytes * 4 {
            return .failure(
                .init(folder: file, problems: [.init(file: file, line: 1, message: "is too large for a lexicon")]))
        }
        var fields = YAMLFields(yaml: text, file: file, firstLine: 1, allowed: ["synonyms", "ambiguous", "outside"])
        var synonyms: [String: [String]] = [:]
        for entry in fields.listMapping("synonyms") {
            synonyms[entry.key.lowercased(), default: []] += entry.values.map { $0.lowercased() }
        }
        let ambiguous = fields.list("ambiguous").map { $0.text.lowercased() }
        let outside = fields.list("outside").map { $0.text.lowercased() }
        guard fields.problems.isEmpty else { return .failure(.init(folder: file, problems: fields.problems)) }
        return .success(Lexicon(synonyms: synonyms, ambiguous: ambiguous, outside: outside))
    }
}
