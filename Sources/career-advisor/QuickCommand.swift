import AdvisorKnowledge

/// The invocations scripts run most, read without ArgumentParser: one question (`ask [--format F]
/// [--no-color] words…`) and the batch (`[--format F] [--no-color] [--no-context]`, questions piped in),
/// over the built-in knowledge, and `--version` alone.
///
/// ArgumentParser finds a command's options by reflection, and in a binary this size each first lookup of
/// a protocol conformance scans every conformance record (Foundation's included): parsing costs 2–3 ms a
/// start, more than restoring the engine and answering. Anything else — help, errors, other
/// commands or options, `--knowledge`, a word that starts with "-" — is left to ArgumentParser, whose
/// reading of these invocations is the same (`QuickCommandTests` compares both).
enum QuickCommand: Equatable {
    case ask(question: String, output: Output)
    case chat(output: Output, noContext: Bool)
    /// `--version` and nothing else: the version, as ArgumentParser prints it.
    case version

    /// The output options read (`OutputSettings`, comparable).
    struct Output: Equatable {
        var format = OutputFormat.text
        var noColor = false
    }

    /// The command `arguments` (after `ArgumentOrder.rearranged`) ask for, or nil for ArgumentParser.
    static func read(_ arguments: [String]) -> QuickCommand? {
        if arguments == ["--version"] { return .version }
        var rest = arguments[...]
        let asks = rest.first == "ask"
        if asks { rest = rest.dropFirst() }
        var output = Output()
        var seen: Set<String> = []
        var noContext = false
        var words: [String] = []
        while let argument = rest.popFirst() {
            guard argument.hasPrefix("-") else {
                words.append(argument)
                continue
            }
            // Each option once: a repeated one is ArgumentParser's to judge.
            guard seen.insert(argument).inserted else { return nil }
            switch argument {
            case "--format":
                guard let value = rest.popFirst(), let format = OutputFormat(rawValue: value) else { return nil }
                output.format = format
            case "--no-color": output.noColor = true
            case "--no-context" where !asks: noContext = true
            default: return nil
            }
        }
        if asks {
            guard !words.joined().trimmingWhitespace.isEmpty else { return nil }
            return .ask(question: words.joined(separator: " "), output: output)
        }
        return words.isEmpty ? .chat(output: output, noContext: noContext) : nil
    }

    /// Runs the command, as `Ask` or `Chat` would.
    func run() throws {
        switch self {
        case .ask(let question, let output):
            try Ask.answer(question, why: false, engine: { .builtIn }, output: output.settings)
        case .chat(let output, let noContext):
            try Chat.chat(engine: .builtIn, output: output.settings, noContext: noContext, noPager: false)
        case .version:
            print(CareerAdvisor.version)
        }
    }
}

extension QuickCommand.Output {
    var settings: OutputSettings { OutputSettings(format: format, noColor: noColor) }
}
