import AdvisorKit

extension Engine {
    /// The engine over the built-in knowledge, restored from the compiled form the build wrote beside it
    /// (`EmbeddedCompiled.swift`, by `make knowledge`): nothing is analyzed at start. Should that data not
    /// fit the knowledge, the knowledge is compiled at run time instead (a test keeps it fresh).
    public static let builtIn = Engine(
        knowledge: .embedded, compiled: try? CompiledKnowledge(encoded: CompiledKnowledge.embeddedText))
}
