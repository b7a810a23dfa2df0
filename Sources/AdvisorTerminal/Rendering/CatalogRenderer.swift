import AdvisorKit

/// Renders what the session offers: its commands and keys (`/help`), the topics (`/topics`) and the
/// roles (`/roles`).
public struct CatalogRenderer: Sendable {
    /// Columns to wrap to; nil leaves lines whole.
    public var width: Int?
    public var style: Style

    public init(width: Int?, style: Style) {
        self.width = width
        self.style = style
    }

    /// The commands, the keys and where the history is; or, with `about` naming a command, its usage.
    /// `example` is a question of the knowledge's to show how to ask (none: no example).
    public func help(
        commands: [MetaCommand], about: String = "", historyPath: String? = nil,
        example: String? = "what does an NLP engineer do?"
    ) -> String {
        let asked = about.trimmingWhitespace.lowercased().drop { $0 == "/" }
        if !asked.isEmpty {
            if let command = commands.first(where: { $0.names.contains(String(asked)) }) {
                return wrap(command.usage + ": " + command.summary)
            }
            return wrap("There is no command /\(String(asked).printable). " + commandNames(commands))
        }
        var lines = Wrapper.wrap(
            "Ask in your own words" + (example.map { ", for example “\($0)”" } ?? "") + ". Commands:", width: width)
        let rows =
            commands.map { ($0.usage, $0.summary) } + [
                ("1–9", "ask the question with that number in the list on screen")
            ]
        let column = (rows.map { Wrapper.displayWidth($0.0) }.max() ?? 0) + 2
        for (usage, summary) in rows {
            let padding = String(repeating: " ", count: column - Wrapper.displayWidth(usage))
            lines += Wrapper.wrap(
                summary, width: width, indent: "  " + usage + padding,
                hanging: String(repeating: " ", count: column + 2))
        }
        lines += Wrapper.wrap(
            "Keys: Tab completes commands, roles, topic words and file names · ↑ ↓ recall earlier lines (those "
                + "starting as typed) · Ctrl-R searches them (Ctrl-G or Ctrl-C gives up) · Home End or Ctrl-A "
                + "Ctrl-E go to the start, the end · Ctrl-U clears the line · Ctrl-C discards it · Ctrl-D quits",
            width: width, hanging: "  ")
        if width != nil {
            lines += Wrapper.wrap(
                "Long output goes through $PAGER (/pager off prints it whole).", width: width, hanging: "  ")
        }
        if let historyPath {
            lines += Wrapper.wrap(
                "History: " + Platform.abbreviatingHome(historyPath).printable, width: width, hanging: "  ")
        }
        return lines.joined(separator: "\n")
    }

    /// The topics' titles, grouped by the kind of question (intent) they answer.
    public func topics(_ knowledge: KnowledgeBase) -> String {
        var lines: [String] = []
        let groups: [(String, [Topic])] =
            Intent.allCases.map { intent in (intent.rawValue, knowledge.topics.filter { $0.intent == intent }) }
            + [("other", knowledge.topics.filter { $0.intent == nil })]
        for (name, topics) in groups where !topics.isEmpty {
            lines.append(style.accent(name))
            lines += Wrapper.wrap(
                topics.map(\.title.printable).joined(separator: " · "), width: width, indent: "  ", hanging: "  ")
        }
        if lines.isEmpty { return "The knowledge has no topics." }
        return lines.joined(separator: "\n")
    }

    /// The roles (the topics answering what one kind of AI engineer does), with the other names they go by.
    public func roles(_ knowledge: KnowledgeBase) -> String {
        let roles = knowledge.topics.filter { $0.intent == .role }
        guard !roles.isEmpty else { return "The knowledge names no roles." }
        var lines = [style.bold("Kinds of AI engineer")]
        for role in roles {
            let others = role.names.filter { $0.lowercased() != role.title.lowercased() }
            let also = others.isEmpty ? "" : " (also: " + others.joined(separator: ", ") + ")"
            lines += Wrapper.wrap((role.title + also).printable, width: width, indent: "  • ", hanging: "    ")
        }
        lines += Wrapper.wrap(
            "Ask about any of them: what they do, the skills they need, or how two compare.", width: width)
        return lines.joined(separator: "\n")
    }

    private func commandNames(_ commands: [MetaCommand]) -> String {
        "The commands: " + commands.map { "/" + $0.name }.joined(separator: ", ") + "."
    }

    private func wrap(_ text: String) -> String {
        Wrapper.wrap(text, width: width, hanging: "  ").joined(separator: "\n")
    }
}
