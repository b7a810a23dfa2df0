import AdvisorKnowledge
import Foundation
import Testing

@testable import AdvisorKit

/// The built-in knowledge's compiled form (`EmbeddedCompiled.swift`): fresh, restored exactly, and an
/// engine restored from it answers exactly as one that compiles `Knowledge/` at run time.
@Suite struct CompiledKnowledgeTests {
    static let folder = try! KnowledgeLoader.load(folder: Fixtures.knowledgeFolder)
    /// The engine compiling the knowledge folder now, as `--knowledge Knowledge` does.
    static let compiledNow = Engine(knowledge: folder)

    @Test func theCommittedDataIsFresh() throws {
        let committed = try String(
            contentsOfFile: Fixtures.root + "/Sources/AdvisorKnowledge/EmbeddedCompiled.swift", encoding: .utf8)
        let isFresh = KnowledgeEmitter.compiledSource(CompiledKnowledge(Self.folder)) == committed
        #expect(isFresh, "Sources/AdvisorKnowledge/EmbeddedCompiled.swift is stale: run `make knowledge`")
    }

    @Test func compilingIsDeterministicAndRestoresExactly() throws {
        let compiled = CompiledKnowledge(Self.folder)
        #expect(CompiledKnowledge(Self.folder).encoded() == compiled.encoded())
        let restored = try CompiledKnowledge(encoded: compiled.encoded())
        #expect(restored == compiled)
        #expect(restored.fits(Self.folder))
        #expect(try CompiledKnowledge(encoded: CompiledKnowledge.embeddedText) == compiled)
    }

    @Test func theBuiltInEngineIsRestoredNotCompiled() throws {
        let restored = try CompiledKnowledge(encoded: CompiledKnowledge.embeddedText)
        #expect(restored.fits(KnowledgeBase.embedded))
        #expect(Engine.builtIn.knowledge.topics == KnowledgeBase.embedded.topics)
        #expect(Engine.builtIn.policy == Self.compiledNow.policy)
    }

    @Test func dataForOtherKnowledgeIsNotUsed() throws {
        var ids = KnowledgeBase.embedded.topics.map(\.id)
        ids.swapAt(0, 1)
        let other = KnowledgeBase(
            topics: ids.map { KnowledgeBase.embedded[$0]! }, lexicon: KnowledgeBase.embedded.lexicon,
            about: KnowledgeBase.embedded.about)
        let restored = try CompiledKnowledge(encoded: CompiledKnowledge.embeddedText)
        #expect(!restored.fits(other))
        // The engine compiles that knowledge itself, and answers from it.
        let engine = Engine(knowledge: other, compiled: restored)
        let question = "what does an nlp engineer do?"
        #expect(engine.answer(question) == Engine(knowledge: other).answer(question))
    }

    @Test func malformedDataIsRefused() throws {
        let text = CompiledKnowledge.embeddedText
        #expect(throws: (any Error).self) { try CompiledKnowledge(encoded: "not compiled knowledge at all!") }
        #expect(throws: (any Error).self) { try CompiledKnowledge(encoded: "") }
        #expect(throws: (any Error).self) {
            try CompiledKnowledge(encoded: String(text.utf8.prefix(text.utf8.count / 2))!)
        }
        // A byte more at the end is not the same data.
        #expect(throws: (any Error).self) { try CompiledKnowledge(encoded: text + "\0") }
    }

    /// The issue's "answers identical": every labelled question of Tests/Evaluation, on its own and as one
    /// conversation with explanations, gets the same whole answer (text, sources, confidence, follow-ups,
    /// explanation) from the restored engine as from the one compiling the folder now.
    @Test func theRestoredEngineAnswersEveryLabelledQuestionIdentically() throws {
        let folder = Fixtures.root + "/Tests/Evaluation"
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".tsv") }.sorted()
        #expect(files.count >= 4)
        var questions: [String] = []
        for file in files {
            let text = try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
            guard case .success(let labelled) = LabelledQuestion.parse(text, file: file) else {
                Issue.record("\(file) does not parse")
                continue
            }
            questions += labelled.map(\.question)
        }
        #expect(questions.count > 1_000)
        var restored = Advisor(engine: .builtIn)
        var compiled = Advisor(engine: Self.compiledNow)
        var different: [String] = []
        for question in questions {
            if Engine.builtIn.answer(question) != Self.compiledNow.answer(question) { different.append(question) }
            if restored.ask(question) != compiled.ask(question) || restored.context != compiled.context {
                different.append("(in conversation) " + question)
            }
        }
        #expect(different == [], "\(different.count) answers differ")
    }
}

@Suite struct CompactCodingTests {
    @Test func integersDoublesAndStringsRoundTrip() throws {
        var out = CompactWriter()
        let integers = [0, 1, -1, 63, 64, -65, 127, 128, 300, Int.max, Int.min, 1 << 40]
        let doubles = [0.0, -0.0, 1.5, .pi, 1e-300, .infinity, .greatestFiniteMagnitude]
        for value in integers { out.int(value) }
        for value in doubles { out.double(value) }
        out.strings(["", "word", "café 🙂", String(repeating: "x", count: 300)])
        out.optionalString(nil)
        out.optionalString("some")
        out.bool(true)
        var input = try CompactReader(out.bytes)
        #expect(try integers.map { _ in try input.int() } == integers)
        #expect(try doubles.map { _ in try input.double().bitPattern } == doubles.map(\.bitPattern))
        #expect(try input.strings() == ["", "word", "café 🙂", String(repeating: "x", count: 300)])
        #expect(try input.optionalString() == nil)
        #expect(try input.optionalString() == "some")
        #expect(try input.bool())
        #expect(input.isAtEnd)
        #expect(throws: CompactReader.Malformed.self) { try input.int() }
    }

    @Test func doublesRoundTripBitForBit() throws {
        var generator = SystemRandomNumberGenerator()
        let doubles =
            [Double(bitPattern: 1), Double(bitPattern: .max), Double(bitPattern: 1 << 63), -.pi, .nan]
            + (0..<2_000).map { _ in Double(bitPattern: generator.next()) }
        var out = CompactWriter()
        for value in doubles { out.double(value) }
        var input = try CompactReader(out.bytes)
        #expect(try doubles.map { _ in try input.double().bitPattern } == doubles.map(\.bitPattern))
        #expect(input.isAtEnd)
    }

    @Test func aStringLongerThanTheDataIsRefused() {
        // A table of one string, 30 bytes long (zigzag: 60), of which 5 are there.
        #expect(throws: CompactReader.Malformed.self) { try CompactReader([2, 60] + Array("short".utf8)) }
    }

    @Test func aStringNumberOutsideTheTableIsRefused() throws {
        var out = CompactWriter()
        out.string("short")
        out.int(1)
        var input = try CompactReader(out.bytes)
        #expect(try input.string() == "short")
        #expect(throws: CompactReader.Malformed.self) { try input.string() }
    }

    @Test func aStringWrittenTwiceIsStoredOnce() throws {
        var once = CompactWriter()
        once.string("engineer")
        var twice = once
        twice.string("engineer")
        // One more byte (the number), not the word again.
        #expect(twice.bytes.count == once.bytes.count + 1)
        var input = try CompactReader(twice.bytes)
        #expect(try [input.string(), input.string()] == ["engineer", "engineer"])
        #expect(input.isAtEnd)
    }

    @Test func theEncodingIsTextThatALiteralCarries() throws {
        var out = CompactWriter()
        for value in [0, 1, -1, 63, 64, Int.max, Int.min] { out.int(value) }
        for value in [0.0, -0.0, .pi, .infinity, .nan] { out.double(value) }
        out.strings(["", "café 🙂", "\"\"\" \\ \n\t\r\0 \u{7F}", String(repeating: " ", count: 300)])
        out.bool(true)
        // Outside strings, every byte is ASCII: the whole is UTF-8 as it is.
        #expect(Array(out.text.utf8) == out.bytes)
        // Its literal is ASCII alone, in lines of about 100 characters ending in an escaped break.
        let literal = KnowledgeEmitter.multilineLiteral(out.text)
        #expect(literal.utf8.allSatisfy { $0 < 0x80 })
        let lines = literal.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == "\"\"\"" && lines.last == "\"\"\"")
        #expect(lines.dropFirst().dropLast().allSatisfy { $0.utf8.count <= 110 })
        #expect(lines.dropFirst().dropLast(2).allSatisfy { $0.hasSuffix("\\") && !$0.dropLast().hasSuffix(" ") })
        // A byte that is no group of the encoding is refused.
        #expect(throws: CompactReader.Malformed.self) { try CompactReader([0xC3, 0xA9]) }
    }
}
