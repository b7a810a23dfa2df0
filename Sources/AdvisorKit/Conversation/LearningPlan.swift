/// A skills-gap plan: what a user still needs for a target role, in learning order, with next steps.
public struct LearningPlan: Sendable, Hashable {
    /// One step of the plan: an area (or the role's own skills) and the skills in it still to learn.
    public struct Step: Sendable, Hashable {
        public var area: String
        public var missing: [String]
        public var had: [String]
    }

    public var role: String
    public var roleTitle: String
    public var had: [String]
    public var steps: [Step]
    public var nextSteps: [String]
    /// The topics the plan was built from.
    public var sources: [String]

    /// The plan as a Markdown document (for `/plan FILE`).
    public var markdown: String {
        var out = "# Plan: becoming \(PersonalAnswers.article(roleTitle))\n\n"
        out +=
            had.isEmpty
            ? "Starting point: no skills stated yet.\n\n" : "You already have: \(had.joined(separator: ", ")).\n\n"
        out += "## What to learn, in order\n\n"
        for (number, step) in steps.enumerated() {
            out += "\(number + 1). **\(step.area)**: \(step.missing.joined(separator: ", "))"
            out += step.had.isEmpty ? "\n" : " (you have \(step.had.joined(separator: ", ")))\n"
        }
        out += "\n## Next steps\n\n" + nextSteps.map { "- \($0)\n" }.joined()
        out += "\nSources: " + sources.joined(separator: ", ") + "\n"
        return out
    }
}
