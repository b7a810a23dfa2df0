import ArgumentParser

/// The program's entry point: the shared options may come before a command's name (`ArgumentOrder`).
@main
enum Main {
    static func main() {
        let arguments = ArgumentOrder.rearranged(Array(CommandLine.arguments.dropFirst()))
        if let quick = QuickCommand.read(arguments) {
            do {
                try quick.run()
            } catch {
                CareerAdvisor.exit(withError: error)
            }
            return
        }
        CareerAdvisor.main(arguments)
    }
}

/// `career-advisor`: a chat-style advisor for people who want to become AI engineers.
struct CareerAdvisor: ParsableCommand {
    /// The program's version (`--version`, read without ArgumentParser by `QuickCommand`).
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "career-advisor",
        abstract:
            "Answers questions about AI-engineering careers: roles, skills, career stages, salaries and getting started.",
        discussion: """
            With no command, career-advisor chats: on a terminal it opens an interactive session (type \
            /help there); with questions piped in, it answers each line, one conversation (lines starting \
            with # are comments). Given a question as its arguments, it answers that one. Options for every \
            command, before or after its name: --format text|json, --knowledge DIR, --no-color \
            (career-advisor chat --help).

            Examples:
              career-advisor
              career-advisor "what does an NLP engineer do?"
              career-advisor ask --why "how much does a senior AI engineer earn?"
              printf 'salary with 3 years?\\nand for seniors?\\n' | career-advisor
              career-advisor --format json < questions.txt > answers.jsonl
              career-advisor eval Tests/Evaluation/questions.tsv
              career-advisor check --knowledge ./my-faq
              career-advisor --generate-completion-script bash > career-advisor.bash
            """,
        version: version,
        subcommands: [Chat.self, Ask.self, Eval.self, Calibrate.self, Check.self],
        defaultSubcommand: Chat.self)
}
