import AdvisorKit

/// Everything a session knows between lines: the advisor and its conversation, the last answer, the
/// commands and how to render. Answers each line read at the prompt; knows nothing of the terminal.
public struct SessionState {
    public var advisor: Advisor
    public let knowledge: KnowledgeBase
    /// The last answer given (for `/why`).
    public var lastAnswer: Answer?
    /// The numbered questions on screen, which typing a number asks: the last answer's, until a
    /// command's output replaces them.
    public private(set) var numbered: [String] = []
    /// Whether a command's output came after the last answer.
    private var commandShown = false
    public var commands: [MetaCommand]
    public var style: Style
    /// Columns to wrap to (set before each line, so a resized terminal re-wraps); nil leaves lines whole.
    public var width: Int?
    /// Where the history is kept, shown by `/help`.
    public var historyPath: String?
    /// Where the profile is kept across sessions.
    public var profileStore = ProfileStore(path: nil)
    /// The profile as last kept (to write it only when it changes).
    private var keptProfile = Profile()
    /// Whether output taller than the terminal goes through the pager (`/pager on|off`).
    public var paging = true
    /// A warning to show once: the profile could not be kept.
    public var profileWarning: String?

    public init(
        knowledge: KnowledgeBase, commands: [MetaCommand] = MetaCommand.standard, style: Style = .plain,
        width: Int? = nil, historyPath: String? = nil
    ) {
        self.init(
            engine: Engine(knowledge: knowledge), commands: commands, style: style, width: width,
            historyPath: historyPath)
    }

    /// A session's state answering with `engine`.
    public init(
        engine: Engine, commands: [MetaCommand] = MetaCommand.standard, style: Style = .plain,
        width: Int? = nil, historyPath: String? = nil
    ) {
        advisor = Advisor(engine: engine)
        self.knowledge = engine.knowledge
        self.commands = commands
        self.style = style
        self.width = width
        self.historyPath = historyPath
    }

    /// Answers one line read at the prompt.
    public mutating func respond(to input: SessionInput) -> Reply {
        switch input {
        case .empty:
            return .text("")
        case .question(let question):
            return .text(ask(question))
        case .followup(let number):
            guard let question = followup(number) else {
                let count = numbered.count
                let offered =
                    commandShown
                    ? "There is no numbered list on screen: a number asks one of the last answer's suggestions."
                    : count == 0
                        ? "The last answer suggested nothing to ask next."
                        : "The list on screen has \(count) question\(count == 1 ? "" : "s"): type 1–\(count)."
                return .text(
                    say(
                        lastAnswer == nil ? "Ask a question first; then a number asks one of its suggestions." : offered
                    ))
            }
            return .text(
                Wrapper.wrap("» " + question.printable, width: width, hanging: "  ").map(style.dim).joined(
                    separator: "\n")
                    + "\n" + ask(question))
        case .command(let name, let arguments):
            guard let command = commands.first(where: { $0.name == name }) else { return .text("") }
            numbered = []  // the command's output takes the screen: its numbers (if any) are not questions
            commandShown = true
            return command.action(arguments, &self)
        case .unknownCommand(let typed, let suggestion):
            let hint = suggestion.map { " Did you mean /\($0)?" } ?? ""
            let text = "Unknown command /\(typed.printable)." + hint + " Type /help for the commands."
            return .text(Wrapper.wrap(text, width: width, hanging: "  ").map(style.warning).joined(separator: "\n"))
        }
    }

    /// What the history keeps for a line: a follow-up number becomes the question it asks.
    public func historyEntry(for input: SessionInput, typed: String) -> String {
        if case .followup(let number) = input, let question = followup(number) { return question }
        return typed.trimmingWhitespace
    }

    /// Asks the advisor and renders the answer; keeps the profile when the answer changed it.
    public mutating func ask(_ question: String) -> String {
        let before = advisor.context.profile
        let answer = advisor.ask(question)
        keepProfile(after: before)
        lastAnswer = answer
        numbered = SuggestionList(answer.followups).numbered
        commandShown = false
        return TextRenderer(width: width, style: style).render(answer)
    }

    /// A message of the session, wrapped to the width.
    public func say(_ text: String) -> String {
        Wrapper.block(text, width: width, hanging: "  ")
    }

    /// Starts with a profile kept from an earlier session.
    public mutating func restore(_ profile: Profile) {
        advisor.remember(profile)
        keptProfile = profile
    }

    /// Makes stated years and stage agree (a stage said after the years replaces them), then writes the
    /// profile if it changed.
    private mutating func keepProfile(after before: Profile) {
        var profile = advisor.context.profile
        if profile.stage != before.stage, profile.years != nil, profile.years == before.years {
            profile.years = nil  // "I'm a student" after "I have 6 years": the newer word wins
            advisor.remember(profile)
        }
        guard profile != keptProfile else { return }
        if let warning = profileStore.save(profile), profileWarning == nil { profileWarning = warning }
        keptProfile = profile
    }

    /// Forgets the profile, here and on disk. Returns a warning when the file cannot be removed.
    public mutating func forgetProfile() -> String? {
        advisor.remember(Profile())
        keptProfile = Profile()
        return profileStore.erase()
    }

    /// The skills-gap plan to show: built from the profile when it names a target role, else the last
    /// plan the conversation made.
    public var plan: LearningPlan? {
        let profile = advisor.context.profile
        if profile.target != nil, !profile.skills.isEmpty {
            let asked = advisor.engine.respond(to: "what am I missing?", in: advisor.context, explaining: false)
            if let plan = asked.context.plan { return plan }
        }
        return advisor.context.plan
    }

    /// The name the knowledge gives a role or stage id ("nlp-engineer" → "NLP engineer").
    public func name(of id: String, _ kind: EntityKind) -> String {
        if kind == .role, let topic = knowledge.topics.first(where: { $0.intent == .role && $0.slots.role == id }) {
            return topic.title
        }
        let topic = knowledge.topics.first { $0.slots[kind] == id }
        return topic?.names.first ?? topic?.title ?? id
    }

    /// Forgets the conversation and the last answer; the profile stays (`/forget` erases it).
    public mutating func reset() {
        let profile = advisor.context.profile
        advisor.reset()
        advisor.remember(profile)
        lastAnswer = nil
        numbered = []
    }

    /// The question numbered `number` on screen.
    private func followup(_ number: Int) -> String? {
        numbered.indices.contains(number - 1) ? numbered[number - 1] : nil
    }
}
