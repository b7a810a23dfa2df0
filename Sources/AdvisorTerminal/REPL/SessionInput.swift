/// What a line typed at the prompt asks for.
public enum SessionInput: Sendable, Hashable {
    /// Nothing (a blank line).
    case empty
    /// A meta-command, by its shown name, with the text after it.
    case command(name: String, arguments: String)
    /// A `/word` that names no command, with the closest command's name, if any is close.
    case unknownCommand(typed: String, suggestion: String?)
    /// A bare number 1–9: the last answer's n-th suggested follow-up.
    case followup(Int)
    /// A question for the advisor.
    case question(String)

    /// Reads a line: `/name arguments`, a command's bare word (`help`, `?`, `exit`), a digit 1–9, or
    /// else a question.
    public static func parse(_ line: String, commands: [MetaCommand]) -> SessionInput {
        let text = line.trimmingWhitespace
        if text.isEmpty { return .empty }
        if text.hasPrefix("/") {
            let body = text.dropFirst()
            let word = body.prefix { !$0.isWhitespace }
            let name = word.lowercased()
            let arguments = String(body.dropFirst(word.count)).trimmingWhitespace
            if let command = commands.first(where: { $0.names.contains(name) }) {
                return .command(name: command.name, arguments: arguments)
            }
            return .unknownCommand(typed: String(word), suggestion: closest(to: name, in: commands))
        }
        let lowered = text.lowercased()
        if let command = commands.first(where: { $0.bareWords.contains(lowered) }) {
            return .command(name: command.name, arguments: "")
        }
        if text.count == 1, let digit = text.first?.wholeNumberValue, (1...9).contains(digit) {
            return .followup(digit)
        }
        return .question(text)
    }

    /// The command whose name `typed` starts, or is at most two edits away from (the nearest).
    static func closest(to typed: String, in commands: [MetaCommand]) -> String? {
        guard !typed.isEmpty else { return commands.first?.name }
        if let started = commands.first(where: { $0.names.contains { $0.hasPrefix(typed) } }) {
            return started.name
        }
        let names = commands.flatMap(\.names)
        guard let nearest = NearestName.find(typed, in: names, prefixes: false) else { return nil }
        return commands.first { $0.names.contains(nearest) }?.name
    }
}
