/// An entity named in a question: a role, a stage or a skill area, with the words that named it.
public struct Entity: Sendable, Hashable {
    public var kind: EntityKind
    public var value: String
    /// The words that named it, as analyzed.
    public var words: String
    /// Position of its first word in the analysis.
    public var position: Int
    /// How many words name it.
    public var length: Int

    /// The positions of its words in the analysis.
    public var span: Range<Int> { position..<(position + length) }
}
