import AdvisorKit
import Foundation
import Testing

@testable import AdvisorTerminal

/// The hand-written JSON: escapes, field order, and lines Foundation's parser reads back as they were.
@Suite struct JSONRendererTests {
    @Test func stringsEscapeWhatJSONAndJavaScriptNeed() {
        #expect(JSONRenderer.string("plain text") == "\"plain text\"")
        #expect(JSONRenderer.string("say \"hi\" \\ bye") == #""say \"hi\" \\ bye""#)
        #expect(JSONRenderer.string("a\nb\rc\td") == #""a\nb\rc\td""#)
        #expect(JSONRenderer.string("\u{1}\u{1F}\u{7F}") == #""\u0001\u001f\u007f""#)
        #expect(JSONRenderer.string("c1 \u{85} \u{9F} kept: \u{A0}é") == "\"c1 \\u0085 \\u009f kept: \u{A0}é\"")
        #expect(JSONRenderer.string("line\u{2028}para\u{2029}end") == #""line\u2028para\u2029end""#)
        #expect(JSONRenderer.string("— “quotes” and emoji 🙂") == "\"— “quotes” and emoji 🙂\"")
        #expect(JSONRenderer.string("") == "\"\"")
        #expect(JSONRenderer.string("\\") == #""\\""#)
    }

    @Test func originIsOneValueOrOnePerSource() {
        #expect(JSONRenderer.origin([]) == "null")
        #expect(JSONRenderer.origin(["article", "article"]) == "\"article\"")
        #expect(JSONRenderer.origin(["article", "general guidance"]) == #"["article","general guidance"]"#)
    }

    @Test func aLineReadsBackAsTheAnswer() throws {
        var answer = Engine(knowledge: TestKnowledge.base).answer("what does an nlp engineer do?")
        answer.question = "what \"does\"\tan\u{2028}NLP engineer do?\u{1}"
        answer.blocks = [
            .paragraph("First\nparagraph."), .list(["one", "two \\ three"]), .list([]), .paragraph("end"),
        ]
        answer.explanation.notes = ["a note", "another \"note\""]
        let line = JSONRenderer.render(answer)
        #expect(!line.contains("\n"))
        #expect(line.hasPrefix(#"{"question":"#))
        let object = try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(object["question"] as? String == answer.question)
        #expect(object["answer"] as? String == answer.text)
        #expect(object["title"] as? String == answer.title)
        #expect(object["understood"] as? Bool == answer.understood)
        #expect(object["intent"] as? String == answer.intent.rawValue)
        #expect(object["sources"] as? [String] == answer.sources)
        #expect(object["followups"] as? [String] == answer.followups)
        #expect(object["why"] as? [String] == answer.explanation.notes)
        let keys = ["question", "answer", "title", "understood", "intent", "confidence", "sources", "origin"]
        let positions = (keys + ["followups", "why"]).map { line.range(of: "\"\($0)\":")?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil })
        #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
        #expect(object["readAs"] == nil)
    }

    @Test func realWordsReadAsOthersAreListedOnlyWhenThereAreSome() throws {
        var answer = Engine(knowledge: TestKnowledge.base).answer("what does an nlp engineer do?")
        answer.readAs = [.init(typed: "sills", read: "skills", ofRealWord: true), .init(typed: "t\"o", read: "to")]
        let line = JSONRenderer.render(answer)
        let object = try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(object["readAs"] as? [String: String] == ["sills": "skills", "t\"o": "to"])
    }
}
