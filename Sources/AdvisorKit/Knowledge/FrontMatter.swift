/// A Markdown file split into its YAML front matter block and its body.
struct FrontMatter {
    /// The largest front matter block we parse; anything bigger is an authoring mistake.
    static let maximumHeaderBytes = 64 * 1024

    var yaml: String
    /// File line of the first YAML line (the line after the opening `---`).
    var yamlLine: Int
    var body: String
    /// File line where the body starts.
    var bodyLine: Int

    /// Splits `text`; a problem (with its line) when there is no well-formed block.
    static func split(_ text: String, file: String) -> Result<FrontMatter, KnowledgeProblem> {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last == "" { lines.removeLast() }
        func trimmed(_ line: Substring) -> Substring {
            line.hasSuffix("\r") ? line.dropLast() : line
        }
        guard let first = lines.first, trimmed(first) == "---" else {
            return .failure(
                .init(file: file, line: 1, message: "missing front matter: the file must start with a '---' line"))
        }
        var headerBytes = 0
        for index in 1..<max(lines.count, 1) {
            if trimmed(lines[index]) == "---" {
                let yaml = lines[1..<index].joined(separator: "\n")
                let body = lines[(index + 1)...].joined(separator: "\n")
                return .success(FrontMatter(yaml: yaml, yamlLine: 2, body: body, bodyLine: index + 2))
            }
            headerBytes += lines[index].utf8.count + 1
            if headerBytes > maximumHeaderBytes {
                return .failure(
                    .init(
                        file: file, line: 1,
                        message:
                            "front matter is larger than \(maximumHeaderBytes / 1024) KB: is the closing '---' missing?"
                    ))
            }
        }
        return .failure(.init(file: file, line: 1, message: "front matter is not closed: no second '---' line"))
    }
}
