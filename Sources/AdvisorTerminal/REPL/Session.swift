import AdvisorKit

/// The interactive session: a banner, a prompt with line editing and completion, a history kept across
/// sessions, meta-commands and answers wrapped to the terminal. Runs when stdin and stdout are terminals.
///
/// Ctrl-C discards the line being typed; Ctrl-D on an empty line (or `/quit`) ends the session.
public struct Session {
    public var state: SessionState
    /// The first line shown.
    public let banner: String
    public let prompt: String
    /// Where the history is read and written (nil: kept in memory only).
    public let historyPath: String?
    /// The pager for output taller than the terminal (`$CAREER_ADVISOR_PAGER`, else `$PAGER`, else
    /// `less -FRX`); nil (set empty, or `--no-pager`) prints everything directly.
    public let pager: String?

    /// A session on `knowledge`; `name` ("career-advisor 0.1.0") starts the banner. The history is at
    /// `History.path(environment:)`.
    public init(
        knowledge: KnowledgeBase, name: String, style: Style, environment: [String: String],
        commands: [MetaCommand] = MetaCommand.standard, paging: Bool = true
    ) {
        self.init(
            engine: Engine(knowledge: knowledge), name: name, style: style, environment: environment,
            commands: commands, paging: paging)
    }

    /// A session answering with `engine` (the built-in one is restored, not compiled, at start).
    public init(
        engine: Engine, name: String, style: Style, environment: [String: String],
        commands: [MetaCommand] = MetaCommand.standard, paging: Bool = true
    ) {
        let knowledge = engine.knowledge
        let chosen = environment["CAREER_ADVISOR_PAGER"] ?? environment["PAGER"] ?? "less -FRX"
        pager = paging && !chosen.trimmingWhitespace.isEmpty ? chosen : nil
        historyPath = History.path(environment: environment)
        state = SessionState(engine: engine, commands: commands, style: style, historyPath: historyPath)
        state.profileStore = ProfileStore(path: ProfileStore.path(environment: environment))
        banner =
            name + (knowledge.about.subject.map { ": ask me about \($0)." } ?? ": ask me a question.")
            + " Type /help for help."
        prompt = style.accent("advisor>") + " "
    }

    /// Runs the session until `/quit` or Ctrl-D. Returns false, having shown and written nothing, when
    /// the line editor cannot start.
    public mutating func run() -> Bool {
        Platform.useUTF8Locale()  // before the editor starts, or it drops non-ASCII input
        let completer = Completer(knowledge: state.knowledge, commands: state.commands)
        var history = History(path: historyPath)
        guard
            let editor = LineEditor(
                program: "career-advisor", limit: history.limit, complete: completer.complete)
        else { return false }
        Platform.catchInterrupts()
        Platform.unblockTerminalSignals()
        var warned = false
        let width = Wrapper.width(columns: Platform.columns())
        let style = state.style
        func warn(_ message: String) {
            guard !warned else { return }
            warned = true
            let text = Wrapper.block("career-advisor: " + message.printable, width: width, hanging: "  ")
            Platform.error(style.warning(text))
        }
        if let warning = history.load() { warn(warning) }
        for entry in history.entries { editor.remember(entry) }

        var opening = banner
        if let profile = state.profileStore.load() {
            state.restore(profile)
            opening += " " + Self.remembered(profile, name: state.name)
        }
        guard Platform.write(state.style.dim(Wrapper.block(opening.printable, width: width)) + "\n") else {
            return true
        }
        var profileWarned = false
        while true {
            switch editor.readLine(prompt: prompt) {
            case .end:
                Platform.write("\n")
                return true
            case .interrupted:
                guard Platform.write("^C\n") else { return true }
            case .line(let line):
                let input = SessionInput.parse(line, commands: state.commands)
                if input == .empty { continue }
                let (added, warning) = history.add(state.historyEntry(for: input, typed: line))
                if let warning { warn(warning) }
                if added, let entry = history.entries.last { editor.remember(entry) }
                state.width = Wrapper.width(columns: Platform.columns())
                let reply = state.respond(to: input)
                if let warning = state.profileWarning, !profileWarned {
                    profileWarned = true
                    Platform.error(style.warning(Wrapper.block("career-advisor: " + warning.printable, width: width)))
                }
                switch reply {
                case .quit:
                    return true
                case .text(let text):
                    if let pager, state.paging, let rows = Platform.rows(),
                        text.reduce(1, { $0 + ($1 == "\n" ? 1 : 0) }) >= rows - 1,
                        Platform.page(text + "\n", through: pager)
                    {
                        guard Platform.write("\n") else { return true }
                        continue
                    }
                    guard Platform.write(text.isEmpty ? "" : text + "\n\n") else { return true }
                }
            }
        }
    }

    /// The banner's note on a profile kept from an earlier session.
    static func remembered(_ profile: Profile, name: (String, EntityKind) -> String) -> String {
        var facts: [String] = []
        if let target = profile.target { facts.append("you want to become " + name(target, .role)) }
        if !profile.skills.isEmpty { facts.append("you know " + profile.skills.joined(separator: ", ")) }
        if let stage = profile.stage { facts.append("stage: " + name(stage, .stage)) }
        let told = facts.isEmpty ? "" : " (" + facts.joined(separator: "; ") + ")"
        return "I remember your profile\(told): /profile shows it, /forget erases it."
    }
}
