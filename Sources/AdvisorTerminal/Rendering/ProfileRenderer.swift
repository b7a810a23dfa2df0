import AdvisorKit

/// Renders `/profile` and `/plan`: what the user told the advisor, and their skills-gap plan.
struct ProfileRenderer {
    var width: Int?
    var style: Style

    /// What to say when there is no plan, given what the profile lacks.
    func noPlan(_ profile: Profile) -> String {
        let missing =
            profile.target == nil && profile.skills.isEmpty
            ? "Tell me what you know and the role you want, for example:"
            : profile.target == nil
                ? "Tell me the role you want, for example:" : "Tell me what you already know, for example:"
        let example =
            profile.target == nil && profile.skills.isEmpty
            ? "I know Python and SQL and want to be an NLP engineer - what am I missing?"
            : profile.target == nil ? "I want to be an NLP engineer." : "I know Python and statistics."
        return Wrapper.block("No plan yet. " + missing, width: width, hanging: "  ") + "\n"
            + Wrapper.block(example, width: width, indent: "  ", hanging: "  ")
    }

    /// The profile, with roles and stages by name; `name` gives the knowledge's name for an id.
    func profile(_ profile: Profile, name: (String, EntityKind) -> String) -> String {
        guard !profile.isEmpty else {
            return Wrapper.block(
                "Nothing yet. Tell me about yourself: \"I'm a student\", \"I have 4 years in industry\", "
                    + "\"I know Python and statistics\", \"I like working with images\".", width: width)
        }
        var lines = [style.bold("Your profile")]
        func field(_ label: String, _ value: String) {
            lines += Wrapper.wrap(value.printable, width: width, indent: "  \(label): ", hanging: "    ")
        }
        if let years = profile.years { field("experience", "\(years) year\(years == 1 ? "" : "s")") }
        if let stage = profile.stage { field("stage", name(stage, .stage)) }
        if !profile.skills.isEmpty { field("skills", profile.skills.joined(separator: ", ")) }
        if !profile.interests.isEmpty { field("interests", profile.interests.joined(separator: "; ")) }
        if let target = profile.target { field("wants to become", name(target, .role)) }
        lines += Wrapper.wrap("(kept across sessions; /forget erases it)", width: width).map(style.dim)
        return lines.joined(separator: "\n")
    }

    func plan(_ plan: LearningPlan) -> String {
        var lines = Wrapper.wrap("Your plan: \(plan.roleTitle)".printable, width: width).map(style.bold)
        if !plan.had.isEmpty {
            lines += Wrapper.wrap(
                "You have: " + plan.had.joined(separator: ", ").printable, width: width, hanging: "  ")
        }
        for (number, step) in plan.steps.enumerated() {
            let had = step.had.isEmpty ? "" : " (you have \(step.had.joined(separator: ", ")))"
            let text = step.area + ": " + step.missing.joined(separator: ", ") + had
            lines += Wrapper.wrap(text.printable, width: width, indent: "  \(number + 1). ", hanging: "     ")
        }
        lines.append("Next steps:")
        for step in plan.nextSteps {
            lines += Wrapper.wrap(step.printable, width: width, indent: "  • ", hanging: "    ")
        }
        lines += Wrapper.wrap("(/plan FILE.md saves it as Markdown)", width: width).map(style.dim)
        return lines.joined(separator: "\n")
    }
}
