/// One topic of the knowledge: a short answer with the metadata that lets the engine find it.
public struct Topic: Sendable, Hashable {
    /// Where the text came from.
    public enum Origin: String, Sendable, Hashable {
        case article
        case generalGuidance = "general guidance"
    }

    public var id: String
    public var title: String
    /// The kind of question this topic answers; `nil` for a topic found by retrieval alone.
    public var intent: Intent?
    public var origin: Origin
    /// The entities this topic is about.
    public var slots: Slots
    /// How people name the entity in `slots` (e.g. "NLP engineer" for the role `nlp-engineer`).
    public var names: [String]
    /// For a stage: the years of experience it covers.
    public var years: ClosedRange<Int>?
    /// Alternate phrasings of the question this topic answers.
    public var questions: [String]
    public var keywords: [String]
    /// For a skill area or a role's skills: the concrete skills, in learning order.
    public var skills: [String]
    /// Ids of topics worth asking about next.
    public var followups: [String]
    /// The answer text: paragraphs, and lists as `- ` lines.
    public var body: String
    /// The file the topic came from (relative to its knowledge folder).
    public var file: String

    public init(
        id: String, title: String, intent: Intent?, origin: Origin, slots: Slots = Slots(),
        names: [String] = [], years: ClosedRange<Int>? = nil, questions: [String] = [],
        keywords: [String] = [], skills: [String] = [], followups: [String] = [], body: String, file: String
    ) {
        self.id = id
        self.title = title
        self.intent = intent
        self.origin = origin
        self.slots = slots
        self.names = names
        self.years = years
        self.questions = questions
        self.keywords = keywords
        self.skills = skills
        self.followups = followups
        self.body = body
        self.file = file
    }

    /// The question offered to a user who might want this topic next.
    public var suggestedQuestion: String { questions.first ?? title }
}
