import ArgumentParser

/// `career-advisor`: a chat-style advisor for people who want to become AI engineers.
@main
struct CareerAdvisor: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "career-advisor",
        abstract:
            "Answers questions about AI-engineering careers: roles, skills, career stages, salaries and getting started.",
        discussion: """
            With no command, career-advisor chats: on a terminal it opens an interactive session; with \
            questions piped in, it answers each line (one conversation; lines starting with # are comments).

            Examples:
              career-advisor                                   interactive session (type /help)
              career-advisor ask "what does an NLP engineer do?"
              printf 'how much can I earn with 3 years?\\nand for seniors?\\n' | career-advisor
              career-advisor --format json < questions.txt     JSON Lines, one object per question
              career-advisor eval Tests/Evaluation/questions.tsv
              career-advisor check --knowledge ./my-faq        validate a knowledge folder
              career-advisor --generate-completion-script bash > /etc/bash_completion.d/career-advisor
            """,
        version: "0.1.0",
        subcommands: [Chat.self, Ask.self, Eval.self, Check.self],
        defaultSubcommand: Chat.self)
}
