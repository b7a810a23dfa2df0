import AdvisorKit

/// Renders `/profile` and `/plan`: what the user told the advisor, and their skills-gap plan.
struct ProfileRenderer {
    var width: Int?
    var style: Style

    let noPlan = """
        No plan yet. Tell me what you know and the role you want, for example:
          I know Python and SQL and want to be an NLP engineer - what am I missing?
        """

    func profile(_ context: ConversationContext) -> String {
        let profile = context.profile
        guard !profile.isEmpty else {
            return Wrapper.block(
                "Nothing yet. Tell me about yourself: \"I'm a student\", \"I have 4 years in industry\", "
                    + "\"I know Python and statistics\", \"I like working with images\".", width: width)
        }
        var lines = [style.bold("Your profile")]
        if let years = profile.years { lines.append("  experience: \(years) year\(years == 1 ? "" : "s")") }
        if let stage = profile.stage { lines.append("  stage: \(stage)") }
        if !profile.skills.isEmpty { lines.append("  skills: " + profile.skills.joined(separator: ", ").printable) }
        if !profile.interests.isEmpty {
            lines.append("  interests: " + profile.interests.joined(separator: "; ").printable)
        }
        if let target = profile.target { lines.append("  wants to become: \(target)") }
        lines.append(style.dim("(/reset forgets it)"))
        return lines.joined(separator: "\n")
    }

    func plan(_ plan: LearningPlan) -> String {
        var lines = [style.bold("Your plan: \(plan.roleTitle)".printable)]
        if !plan.had.isEmpty { lines.append("You have: " + plan.had.joined(separator: ", ").printable) }
        for (number, step) in plan.steps.enumerated() {
            let had = step.had.isEmpty ? "" : " (you have \(step.had.joined(separator: ", ")))"
            let text = step.area + ": " + step.missing.joined(separator: ", ") + had
            lines += Wrapper.wrap(text.printable, width: width, indent: "  \(number + 1). ", hanging: "     ")
        }
        lines.append("Next steps:")
        for step in plan.nextSteps {
            lines += Wrapper.wrap(step.printable, width: width, indent: "  • ", hanging: "    ")
        }
        lines.append(style.dim("(/plan FILE.md saves it as Markdown)"))
        return lines.joined(separator: "\n")
    }
}
