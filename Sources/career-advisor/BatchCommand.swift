import AdvisorTerminal

/// What a line starting with `/` does in a piped script.
enum BatchCommand: Equatable {
    /// `/reset`: forget the conversation; the next line starts another one.
    case reset
    /// `/quit` or `/exit`: stop reading.
    case quit
    /// Anything else: skipped, with this note for stderr.
    case refused(String)

    init(_ line: String) {
        switch SessionInput.parse(line, commands: MetaCommand.standard) {
        case .command(name: "reset", _): self = .reset
        case .command(name: "quit", _): self = .quit
        case .command(let name, _):
            self = .refused("/\(name) works only in the interactive session (piped, only /reset and /quit do); skipped")
        case .unknownCommand(let typed, let suggestion):
            let hint = suggestion.map { " (did you mean /\($0)?)" } ?? ""
            self = .refused("unknown command /\(typed.printable)\(hint); skipped")
        default:
            self = .refused("not a command; skipped")
        }
    }
}
