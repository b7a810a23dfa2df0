import AdvisorTerminal

/// Rewrites the command line so that the options every command shares may come before the command's
/// name, as git and cargo allow: `career-advisor --no-color ask "…"` is read as
/// `career-advisor ask --no-color "…"`.
enum ArgumentOrder {
    /// The commands that take options after their name.
    static let commands = ["chat", "ask", "eval", "check"]
    /// Shared options that take a value (`--format json`, `--format=json`).
    static let valued: Set<String> = ["--format", "--knowledge"]
    /// Shared flags.
    static let flags: Set<String> = ["--no-color"]
    /// What each command accepts of the shared options; the rest (color for `eval`) means nothing there
    /// and is dropped.
    static let accepted: [String: Set<String>] = [
        "chat": ["--format", "--knowledge", "--no-color"], "ask": ["--format", "--knowledge", "--no-color"],
        "eval": ["--knowledge"], "check": ["--knowledge"],
    ]

    /// `arguments` (without the program's name) with the shared options found before a command's name
    /// moved after it. Anything else is left as it is.
    static func rearranged(_ arguments: [String]) -> [String] {
        var leading: [[String]] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            let name = String(argument.prefix { $0 != "=" })
            if flags.contains(argument) {
                leading.append([argument])
                index += 1
            } else if valued.contains(argument), index + 1 < arguments.count {
                leading.append([argument, arguments[index + 1]])
                index += 2
            } else if argument.contains("="), valued.contains(name) {
                leading.append([argument])
                index += 1
            } else {
                break
            }
        }
        guard !leading.isEmpty, index < arguments.count, commands.contains(arguments[index]) else { return arguments }
        let command = arguments[index]
        let kept = leading.filter { option in
            accepted[command, default: []].contains(String(option[0].prefix { $0 != "=" }))
                || !flags.contains(option[0])
        }
        return [command] + kept.flatMap { $0 } + arguments[(index + 1)...]
    }

    /// The command `word` was probably meant to be (`akk` → `ask`), when it is no English word a question
    /// starts with; nil when it is no near miss.
    static func mistypedCommand(_ word: String) -> String? {
        let lowered = word.lowercased()
        guard !word.contains(" "), !commands.contains(lowered), !questionWords.contains(lowered),
            lowered.allSatisfy(\.isLetter)
        else { return nil }
        return NearestName.find(
            lowered, in: commands + ["help"], maximumDistance: lowered.count <= 4 ? 1 : 2, prefixes: false)
    }

    /// Words a question may start with that are one or two letters away from a command's name.
    static let questionWords: Set<String> = [
        "what", "that", "chart", "cheat", "cat", "hat", "as", "asks", "task", "mask", "also", "evil", "oval",
        "equal", "cheek", "hello", "held", "hell", "helm", "heap", "how", "who", "why", "is", "a", "an", "i",
    ]
}
