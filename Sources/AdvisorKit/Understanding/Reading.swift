/// What the rules understood of a question: its intent, the entities it names, the cues that decided.
public struct Reading: Sendable, Hashable {
    /// The winning intent, or nil when no rule matched.
    public var intent: Intent?
    /// The winning rule's score (cue weights plus entity bonuses).
    public var score: Double
    /// The cue phrases of the winning rule found in the question.
    public var cues: [String]
    /// The part of `score` the cue words earned (without entity bonuses): how plainly the question asks.
    public var cueScore: Double = 0
    /// Slots taken from the conversation, not named in the question.
    public var inherited: [EntityKind] = []
    /// Every entity the question names, in order (of several of one kind, the one asked for first).
    public var entities: [Entity]
    /// Whether the question names the knowledge's general subject ("AI engineer") besides the winning
    /// rule's cues: a subject understood, as an entity is ("what should an AI engineer be good at").
    public var namesGeneral = false
    /// Years of experience stated ("with 3 years"), if any.
    public var years: Int?
    /// The entities as slots (the first of each kind; a stage may come from `years`).
    public var slots: Slots
    /// The runners-up, best first, for explanations.
    public var alternatives: [Scored]

    public struct Scored: Sendable, Hashable {
        public var intent: Intent
        public var score: Double
    }

    /// Whether the question names a subject of ours: an entity, or the general subject.
    public var namesSubject: Bool { !entities.isEmpty || namesGeneral }

    /// Roles named, in order (two for a comparison).
    public var roles: [String] { entities.filter { $0.kind == .role }.map(\.value) }
}
