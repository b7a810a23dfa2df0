/// A command typed at the prompt after a slash (`/help`): its names, its line in `/help`, and what it does.
///
/// The session's commands are a table (`MetaCommand.standard`); adding one is adding an entry:
/// ```swift
/// MetaCommand(names: ["profile"], arguments: "[field value]", summary: "show or set your profile") {
///     arguments, session in .text("…")
/// }
/// ```
/// Tab completes every name, `/help` lists the commands in table order, and an unknown `/x` is
/// answered with the closest name.
public struct MetaCommand: Sendable {
    /// What a command does: gets the text after its name and the session, returns what to show.
    public typealias Action = @Sendable (_ arguments: String, _ session: inout SessionState) -> Reply

    /// Names without the slash, lower-case: the first is shown, the others are aliases (`exit` for `quit`).
    public var names: [String]
    /// Lines that run the command when typed alone, without a slash (`help`, `?`).
    public var bareWords: [String]
    /// How its arguments are written in `/help` (`[command]`), if it takes any.
    public var arguments: String?
    /// One line for `/help`, lower-case first ("forget the conversation").
    public var summary: String
    public var action: Action

    public init(
        names: [String], bareWords: [String] = [], arguments: String? = nil, summary: String,
        action: @escaping Action
    ) {
        self.names = names.map { $0.lowercased() }
        self.bareWords = bareWords.map { $0.lowercased() }
        self.arguments = arguments
        self.summary = summary
        self.action = action
    }

    /// The name shown (`help`).
    public var name: String { names.first ?? "" }

    /// How the command is written, with its arguments (`/help [command]`).
    public var usage: String { "/" + name + (arguments.map { " " + $0 } ?? "") }
}
