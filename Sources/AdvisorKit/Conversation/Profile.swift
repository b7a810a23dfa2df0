/// What the user has said about themselves this session; it tailors the answers.
public struct Profile: Sendable, Hashable {
    /// Years of experience they stated.
    public var years: Int?
    /// Their career stage, stated or derived from `years`.
    public var stage: String?
    /// Skills they said they have (as the knowledge names them), in the order given.
    public var skills: [String] = []
    /// Skills they said they do not have yet ("no real coding experience").
    public var lacking: [String] = []
    /// What they said they like working with, in their words.
    public var interests: [String] = []
    /// The role they want, if they named one.
    public var target: String?

    public init() {}

    public var isEmpty: Bool { self == Profile() }

    /// Adds what `update` says, keeping what it does not mention.
    mutating func merge(_ update: Profile) {
        years = update.years ?? years
        stage = update.stage ?? stage
        target = update.target ?? target
        for skill in update.skills where !skills.contains(skill) { skills.append(skill) }
        lacking.removeAll(where: skills.contains)
        for skill in update.lacking where !lacking.contains(skill) && !skills.contains(skill) { lacking.append(skill) }
        for interest in update.interests where !interests.contains(interest) { interests.append(interest) }
    }
}
