import AdvisorKit
import AdvisorKnowledge

/// The whole answer pipeline run on one input of arbitrary bytes, as the fuzzer and the regression tests
/// (`FuzzRegressionTests`) run it.
///
/// - The bytes are split into lines the way the command line reads them (on `\n`, a final `\r` dropped,
///   invalid UTF-8 as U+FFFD) and asked in turn of one `Advisor`, so follow-ups lean on the context built
///   by the lines before them; an empty line resets the conversation.
/// - The whole text is also asked as one question (several lines, and past the length limit).
/// - The text is parsed as a topic file; a topic that parses becomes a one-topic engine, asked its title
///   and questions.
///
/// Every answer is checked against invariants that hold for any input (confidence in 0…1, sources that
/// exist, the same answer with cold and warm caches…). A crash is the engine's; a broken invariant is
/// returned as a message, which the fuzzer turns into a crash and the tests into a failure. (Control
/// characters in an answer are not checked: the knowledge may hold them, and the renderers make every
/// text printable.)
enum FuzzPipeline {
    /// The engine over the built-in knowledge, built once: its caches live across inputs, as in a long session.
    static let engine = Engine(knowledge: .embedded)
    /// At most this many lines of one input are asked, so that one run stays short.
    static let maximumLines = 16

    /// Runs `bytes` through the pipeline; returns the invariants it broke (empty when all held).
    static func run(_ bytes: some Collection<UInt8>) -> [String] {
        var problems: [String] = []
        let lines = Self.lines(bytes)
        var advisor = Advisor(engine: engine)
        for line in lines.prefix(maximumLines) {
            if line.isEmpty { advisor.reset() }
            // Asked twice in the same conversation: the first may fill the engine's caches, the twin reads them.
            var twin = advisor
            let answer = advisor.ask(line)
            if twin.ask(line) != answer || twin.context != advisor.context {
                problems.append("a different answer or context with warm caches for \(quoted(line))")
            }
            problems += check(answer, asked: line, engine: engine)
            problems += check(advisor.context, engine: engine)
        }
        let text = String(decoding: bytes, as: UTF8.self)
        if lines.count > 1 {
            problems += check(engine.answer(text), asked: text, engine: engine)
        }
        problems += parseTopic(text)
        return problems
    }

    /// The lines of `bytes` as `LineReader` reads them: split on `\n`, a final `\r` dropped, decoded leniently.
    static func lines(_ bytes: some Collection<UInt8>) -> [String] {
        bytes.split(separator: 10, omittingEmptySubsequences: false).map { line in
            String(decoding: line.last == 13 ? line.dropLast() : line[...], as: UTF8.self)
        }
    }

    /// Parses `text` as a topic file; a topic that parses is asked its own questions by an engine of its own.
    static func parseTopic(_ text: String) -> [String] {
        switch KnowledgeLoader.parseTopic(text, file: "fuzz.md") {
        case .failure(let error):
            if error.problems.isEmpty { return ["a topic failed to parse without a problem"] }
            return error.problems.filter { $0.line < 1 }.map { "problem without a line: \($0)" }
        case .success(let topic):
            var problems: [String] = []
            if topic.body.isEmpty || topic.body != topic.body.trimmingWhitespace {
                problems.append("topic body is empty or not trimmed: \(quoted(topic.body))")
            }
            let small = Engine(knowledge: KnowledgeBase(topics: [topic], lexicon: Lexicon()))
            var advisor = Advisor(engine: small)
            for question in ([topic.title] + topic.questions + topic.names).prefix(8) {
                problems += check(advisor.ask(question), asked: question, engine: small)
            }
            return problems
        }
    }

    /// What holds for every answer, whatever was asked.
    static func check(_ answer: Answer, asked: String, engine: Engine) -> [String] {
        var problems: [String] = []
        let about = "for \(quoted(asked))"
        if !answer.confidence.isFinite || answer.confidence < 0 || answer.confidence > 1 {
            problems.append("confidence \(answer.confidence) outside 0…1 \(about)")
        }
        if answer.understood == (answer.intent == .decline) {
            problems.append("understood is \(answer.understood) with intent \(answer.intent) \(about)")
        }
        if answer.understood && !answer.intent.isSmallTalk && answer.title == nil {
            problems.append("an understood answer without a title \(about)")
        }
        if !answer.understood && !answer.sources.isEmpty {
            problems.append("a declined answer with sources \(answer.sources) \(about)")
        }
        for source in answer.sources where engine.knowledge[source] == nil {
            problems.append("source '\(source)' is not a topic \(about)")
        }
        if answer.question.count > Engine.maximumQuestionLength + 1 {
            problems.append("question echoed with \(answer.question.count) characters \(about)")
        }
        if answer.followups.contains(where: \.isEmpty) { problems.append("an empty follow-up \(about)") }
        for match in answer.explanation.matches
        where
            !(match.score.isFinite && match.coverage.isFinite && (0...1.000_001).contains(match.score)
            && (0...1.000_001).contains(match.coverage))
        {
            problems.append("match '\(match.id)' scored \(match.score), coverage \(match.coverage) \(about)")
        }
        return problems
    }

    /// What holds for the conversation's context after any answer.
    static func check(_ context: ConversationContext, engine: Engine) -> [String] {
        var problems: [String] = []
        if let topic = context.topic, engine.knowledge[topic] == nil {
            problems.append("context topic '\(topic)' is not a topic")
        }
        for kind in EntityKind.allCases {
            if let value = context.slots[kind], !engine.knowledge.entityValues(kind).contains(value) {
                problems.append("context \(kind.rawValue) '\(value)' is not in the knowledge")
            }
        }
        if context.intent?.isSmallTalk == true { problems.append("small talk kept in the context") }
        return problems
    }

    /// `text` shortened and escaped for a message.
    static func quoted(_ text: String) -> String {
        let short = text.count > 80 ? text.prefix(80) + "…" : Substring(text)
        return "\"" + short.unicodeScalars.map { $0.escaped(asASCII: true) }.joined() + "\""
    }
}
