/// What a question asks for.
///
/// Knowledge topics declare the intent they answer (`intent:` in their front matter); the rule table
/// decides which intent a question has. `compare`, the small-talk intents and `decline` have no topics.
public enum Intent: String, Sendable, CaseIterable, Codable {
    case overview
    case industries
    case demand
    case listRoles = "list-roles"
    case role
    case roleSkills = "role-skills"
    case skills
    case skillArea = "skill-area"
    case careerPath = "career-path"
    case salary
    case gettingStarted = "getting-started"
    case compare
    /// The user tells the advisor about themselves ("I'm a student", "I know Python").
    case profile
    /// A skills-gap plan towards a role ("I know Python and want to be an NLP engineer: what am I missing?").
    case plan
    /// Answered from a topic that declares no intent (an FAQ entry of a knowledge base of any subject).
    case topic
    case greeting
    case thanks
    case help
    case decline

    /// Intents a topic may declare in its front matter.
    public static let answerable: [Intent] = allCases.filter { !$0.isComposed }

    /// Intents answered without a topic of their own.
    public var isComposed: Bool {
        switch self {
        case .compare, .profile, .plan, .greeting, .thanks, .help, .decline: true
        default: false
        }
    }

    /// Small talk: answered from fixed text, and never carried into the conversation's context.
    public var isSmallTalk: Bool {
        switch self {
        case .greeting, .thanks, .help: true
        default: false
        }
    }
}
