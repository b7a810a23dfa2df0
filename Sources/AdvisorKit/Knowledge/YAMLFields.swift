import Yams

/// The fields of one YAML mapping, each with its file line, read with Yams.
///
/// Every accessor records a problem (file and line) instead of throwing, so one pass reports them all.
struct YAMLFields {
    let file: String
    private(set) var problems: [KnowledgeProblem] = []
    private var values: [String: (node: Node, line: Int)] = [:]
    private let firstLine: Int

    /// Parses `yaml`, whose first line is line `firstLine` of `file`.
    init(yaml: String, file: String, firstLine: Int, allowed: Set<String>) {
        self.file = file
        self.firstLine = firstLine
        if let line = YAMLNesting.lineTooDeep(in: yaml) {
            problems.append(
                .init(
                    file: file, line: line + firstLine - 1,
                    message: "nested more than \(YAMLNesting.limit) levels deep: fields are text or lists of text"))
            return
        }
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            problems.append(Self.problem(for: error, file: file, firstLine: firstLine))
            return
        } catch {
            problems.append(.init(file: file, line: firstLine, message: "unreadable YAML: \(error)"))
            return
        }
        guard let mapping = node?.mapping else {
            problems.append(
                .init(file: file, line: firstLine, message: "the header must be a YAML mapping of 'field: value' lines")
            )
            return
        }
        for (key, value) in mapping {
            let line = fileLine(key.mark)
            guard let name = key.string else {
                problems.append(.init(file: file, line: line, message: "a field name must be text"))
                continue
            }
            if !allowed.contains(name) {
                let known = allowed.sorted().joined(separator: ", ")
                problems.append(.init(file: file, line: line, message: "unknown field '\(name)' (known: \(known))"))
            } else if values[name] != nil {
                problems.append(.init(file: file, line: line, message: "field '\(name)' appears twice"))
            } else {
                values[name] = (value, line)
            }
        }
    }

    private func fileLine(_ mark: Mark?) -> Int {
        (mark?.line ?? 1) + firstLine - 1
    }

    private static func problem(for error: YamlError, file: String, firstLine: Int) -> KnowledgeProblem {
        switch error {
        case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
            return .init(file: file, line: mark.line + firstLine - 1, message: "malformed YAML: \(problem)")
        default:
            return .init(file: file, line: firstLine, message: "malformed YAML: \(error)")
        }
    }

    /// Line of a field, or of the header when the field is absent.
    func line(of name: String) -> Int { values[name]?.line ?? firstLine }

    mutating func text(_ name: String, required: Bool = false) -> String? {
        guard let (node, line) = values[name] else {
            if required { problems.append(.init(file: file, line: firstLine, message: "missing field '\(name)'")) }
            return nil
        }
        guard let scalar = node.scalar else {
            problems.append(.init(file: file, line: line, message: "field '\(name)' must be a single value"))
            return nil
        }
        let value = scalar.string.trimmingWhitespace
        if value.isEmpty {
            problems.append(.init(file: file, line: line, message: "field '\(name)' is empty"))
            return nil
        }
        return value
    }

    /// A list field; a single value counts as a list of one.
    mutating func list(_ name: String) -> [(text: String, line: Int)] {
        guard let (node, line) = values[name] else { return [] }
        if let scalar = node.scalar {
            return scalar.string.isEmpty ? [] : [(scalar.string.trimmingWhitespace, line)]
        }
        guard let sequence = node.sequence else {
            problems.append(.init(file: file, line: line, message: "field '\(name)' must be a list"))
            return []
        }
        var items: [(String, Int)] = []
        for item in sequence {
            guard let text = item.scalar?.string.trimmingWhitespace, !text.isEmpty else {
                problems.append(
                    .init(file: file, line: fileLine(item.mark), message: "'\(name)' items must be non-empty text"))
                continue
            }
            items.append((text, fileLine(item.mark)))
        }
        return items
    }

    /// A mapping of text to lists of text (the lexicon's synonyms).
    mutating func listMapping(_ name: String) -> [(key: String, values: [String], line: Int)] {
        guard let (node, line) = values[name] else { return [] }
        guard let mapping = node.mapping else {
            problems.append(
                .init(file: file, line: line, message: "field '\(name)' must be a mapping of 'term: [words]'"))
            return []
        }
        var entries: [(String, [String], Int)] = []
        for (key, value) in mapping {
            let keyLine = fileLine(key.mark)
            guard let term = key.string?.trimmingWhitespace, !term.isEmpty else {
                problems.append(.init(file: file, line: keyLine, message: "'\(name)' keys must be text"))
                continue
            }
            let words = (value.sequence.map { Array($0) } ?? [value]).compactMap {
                $0.scalar?.string.trimmingWhitespace
            }
            if words.isEmpty || words.contains(where: \.isEmpty) {
                problems.append(.init(file: file, line: keyLine, message: "'\(term)' needs a list of words"))
                continue
            }
            entries.append((term, words, keyLine))
        }
        return entries
    }

    mutating func report(_ message: String, field: String) {
        problems.append(.init(file: file, line: line(of: field), message: message))
    }
}

extension String {
    /// The text without leading and trailing white space.
    public var trimmingWhitespace: String {
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let end = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[start...end])
    }
}
