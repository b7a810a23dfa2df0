import AdvisorKit
import Testing

/// Shared evaluation sets (JSON Lines): reading, Python regexes through ICU, and the grading rules of
/// `../shared/eval/grade.py`.
@Suite struct ConversationEvaluationTests {
    static func turn(all: [String] = [], any: [String] = [], none: [String] = [], oos: Bool = false) throws
        -> EvaluationTurn
    {
        EvaluationTurn(
            question: "q", all: try all.map(AnswerPattern.init), any: try any.map(AnswerPattern.init),
            none: try none.map(AnswerPattern.init), outOfScope: oos)
    }

    @Test func readsConversationsAndSkipsBlankLines() throws {
        let text = """
            {"id": "a", "cat": "salary", "turns": [{"q": "pay?", "all": ["(?i)\\\\d+k"], "any": [], "none": [], "oos": false}]}

            {"id": "b", "cat": "oos", "turns": [{"q": "weather?", "oos": true}, {"q": "and you?"}]}
            """
        let conversations = try EvaluationConversation.parse(text, file: "set.jsonl").get()
        #expect(conversations.map(\.id) == ["a", "b"])
        #expect(conversations.map(\.line) == [1, 3])
        #expect(conversations[0].turns[0].all.map(\.source) == ["(?i)\\d+k"])
        #expect(conversations[1].turns.map(\.outOfScope) == [true, false])
    }

    @Test(arguments: [
        (
            "{\"id\": \"a\", \"cat\": \"x\", \"turns\": [{\"q\": \"hi\", \"all\": [\"(?i)pay(\"]}]}",
            "set.jsonl:2: bad conversation a, turn 0: all: regex '(?i)pay(' does not compile: expected ')'"
        ),
        ("{\"id\": \"a\", \"turns\": [{\"q\": \"hi\"}]}", "set.jsonl:2: bad conversation a: missing cat"),
        ("{\"id\": \"a\", \"cat\": \"x\", \"turns\": []}", "set.jsonl:2: bad conversation a: no turns"),
        (
            "{\"id\": \"a\", \"cat\": \"x\", \"turns\": [{\"q\": \" \"}]}",
            "set.jsonl:2: bad conversation a, turn 0: turn without q"
        ),
        (
            "{\"id\": \"z\", \"cat\": \"x\", \"turns\": [{\"q\": \"hi\"}]}",
            "set.jsonl:2: bad conversation: missing or duplicate id"
        ),
        ("not json", "set.jsonl:2: bad conversation: not a JSON object"),
    ])
    func namesTheFileAndLineOfABadConversation(line: String, message: String) throws {
        let text = "{\"id\": \"z\", \"cat\": \"x\", \"turns\": [{\"q\": \"hi\"}]}\n" + line + "\n"
        guard case .failure(let problem) = EvaluationConversation.parse(text, file: "set.jsonl") else {
            Issue.record("accepted \(line)")
            return
        }
        #expect(problem.description.hasPrefix(message), "\(problem)")
    }

    @Test func anEmptySetIsAProblem() {
        guard case .failure(let problem) = EvaluationConversation.parse("\n\n", file: "set.jsonl") else {
            Issue.record("an empty set was accepted")
            return
        }
        #expect(problem.description == "set.jsonl: no conversations")
    }

    @Test func pythonRegexesMatchAsPythonSearchDoes() throws {
        let money = try AnswerPattern(
            #"(?<!\d)70(?:[,. ]?000|\s?[kK]\b|\s?(?:-|–|—|to)\s?\$?\d{2,3}(?:[,. ]?000|\s?[kK]\b))"#)
        #expect(money.matches("from $70,000 a year"))
        #expect(money.matches("about 70k"))
        #expect(money.matches("70–90k"))
        #expect(!money.matches("170k"))
        #expect(!money.matches("70 people"))
        #expect(try AnswerPattern("(?i)linear algebra").matches("Linear Algebra and calculus"))
        #expect(try AnswerPattern(#"\bml\b"#).matches("an ml engineer"))
        #expect(!(try AnswerPattern(#"\bml\b"#).matches("html")))
        // Only \n ends a line, as in Python: `.` crosses U+2028, `$` stops before a final \n.
        #expect(try AnswerPattern("a.b").matches("a\u{2028}b"))
        #expect(!(try AnswerPattern("a.b").matches("a\nb")))
        #expect(try AnswerPattern("end$").matches("the end\n"))
    }

    @Test func pythonOnlySyntaxIsTranslated() throws {
        #expect(try AnswerPattern("(?P<n>ab)c(?P=n)").matches("xabcab"))
        #expect(!(try AnswerPattern("(?P<n>ab)c(?P=n)").matches("abcb")))
        #expect(try AnswerPattern(#"done\Z"#).matches("all done"))
        #expect(!(try AnswerPattern(#"done\Z"#).matches("all done\n")))
        #expect(try AnswerPattern("[[(]x").matches("(x"))
        #expect(try AnswerPattern("[]a]+").matches("]"))
        #expect(throws: InvalidPattern(pattern: "(?i)pay(", reason: "expected ')'")) { try AnswerPattern("(?i)pay(") }
        #expect(throws: InvalidPattern(pattern: "(?<!a+)b", reason: "ICU rejects it")) { try AnswerPattern("(?<!a+)b") }
    }

    @Test func aTurnPassesOnEveryAllOneAnyNoNoneAndTheRightDecline() throws {
        let turn = try Self.turn(all: ["salary", "(?i)senior"], any: ["150k", "200k"], none: ["(?i)sorry"])
        #expect(turn.failures(text: "A Senior salary: 150k–200k.", understood: true) == [])
        #expect(
            turn.failures(text: "Senior pay is 150k.", understood: true) == ["missing 'salary'"])
        #expect(
            turn.failures(text: "salary for seniors", understood: true) == [#"none of any=["150k", "200k"]"#])
        #expect(
            turn.failures(text: "Sorry, senior salary is 150k", understood: true)
                == ["matched none-regex '(?i)sorry'"])
        #expect(
            turn.failures(text: "senior salary 200k", understood: false) == ["declined an in-scope question"])
        let outOfScope = try Self.turn(oos: true)
        #expect(outOfScope.failures(text: "anything", understood: false) == [])
        #expect(outOfScope.failures(text: "anything", understood: true) == ["answered an out-of-scope question"])
    }

    @Test func reasonsAreWrittenAsThePythonGraderWritesThem() throws {
        let turn = try Self.turn(all: [#"(?<!\d)70k"#], any: ["70–90k"])
        #expect(
            turn.failures(text: "", understood: true) == [#"missing '(?<!\\d)70k'"#, #"none of any=["70\u201390k"]"#])
    }

    @Test func conversationsRunInOrderAndEachStartsAfresh() throws {
        let text = """
            {"id": "c1", "cat": "salary", "turns": [{"q": "how much can I earn with 3 years of experience?"}, \
            {"q": "and for seniors?"}]}
            {"id": "c2", "cat": "salary", "turns": [{"q": "and for seniors?"}]}
            {"id": "c3", "cat": "oos", "turns": [{"q": "how much does a dentist earn?", "oos": true}]}
            """
        let conversations = try EvaluationConversation.parse(text, file: "set.jsonl").get()
        let report = ConversationEvaluationReport(conversations: conversations, engine: Fixtures.engine)
        #expect(report.turns.map(\.id) == ["c1#0", "c1#1", "c2#0", "c3#0"])
        #expect(report.turns[1].understood, "a follow-up in its conversation")
        #expect(report.turns[3].passed, "\(report.turns[3])")
        #expect(report.byCategory.map(\.category) == ["oos", "salary"])
        #expect(report.text(name: "set", failures: false).hasPrefix("== set: "))
    }
}
