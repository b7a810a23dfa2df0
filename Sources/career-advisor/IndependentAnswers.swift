import AdvisorKit
import Dispatch

/// Questions answered each on its own (no conversation before it), on every core, in their order: a piped
/// batch with `--no-context` answers one line from nothing else, so its lines may be answered at once.
///
/// The engine is shared (it is `Sendable`: its caches are behind locks, and what they hold depends on the
/// word alone), so an answer is the same whichever thread gives it.
enum IndependentAnswers {
    /// The answers to `questions`, in order, as `Advisor.ask` gives them after a reset.
    static func answers(to questions: [String], engine: Engine) -> [Answer] {
        guard questions.count > 1 else { return questions.map { answer($0, engine: engine) } }
        let results = Results(count: questions.count)
        DispatchQueue.concurrentPerform(iterations: questions.count) { index in
            results.store(answer(questions[index], engine: engine), at: index)
        }
        return results.collected()
    }

    private static func answer(_ question: String, engine: Engine) -> Answer {
        var advisor = Advisor(engine: engine)
        advisor.explains = false  // no /why in batch mode
        return advisor.ask(question)
    }

    /// One slot per question, each written by one thread only, read once they all have finished. Memory
    /// of its own (not an array property: two threads writing one would be two overlapping accesses).
    private final class Results: @unchecked Sendable {
        private let slots: UnsafeMutableBufferPointer<Answer?>

        init(count: Int) {
            slots = .allocate(capacity: count)
            slots.initialize(repeating: nil)
        }

        deinit {
            slots.deinitialize()
            slots.deallocate()
        }

        /// Writes slot `index` (no other thread writes or reads it meanwhile).
        func store(_ answer: Answer, at index: Int) { slots[index] = answer }

        func collected() -> [Answer] { slots.map { $0! } }
    }
}
