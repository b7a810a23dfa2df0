/// Answers about the person asking: what the advisor noted of them, and their skills-gap plan.
enum PersonalAnswers {
    /// Acknowledges a statement about the user, and says what it changes.
    static func noted(_ update: Profile, profile: Profile, question: String, engine: Engine) -> Answer {
        let topics = engine.knowledge.topics
        var lines: [String] = []
        var followups: [String] = []
        var sources: [String] = []
        if let stage = update.stage,
            let topic = topics.first(where: { $0.slots.stage == stage && $0.intent == .careerPath })
        {
            let years = update.years.map { " (\($0) year\($0 == 1 ? "" : "s") of experience)" } ?? ""
            let level = topic.names.first?.lowercased() ?? stage
            lines.append("Noted: you are at \(level)\(years). Salary and career-path answers will use it.")
            followups += ["What would I earn?", "What comes next for me?"]
        }
        if !update.skills.isEmpty {
            lines.append("Noted your skills: \(update.skills.joined(separator: ", ")).")
            if profile.target == nil, let example = topics.first(where: { $0.intent == .role })?.names.first {
                followups.append("Which role do you want? e.g. I want to be \(Self.article(example)).")
            }
        }
        if !update.lacking.isEmpty {
            lines.append(
                "Noted what you have not done yet: \(update.lacking.joined(separator: ", ")). A plan will start there.")
            if followups.isEmpty { followups.append("What should I learn first?") }
        }
        if let role = update.target, let topic = topics.first(where: { $0.slots.role == role && $0.intent == .role }) {
            lines.append(
                "Noted: you want to become \(Self.article(topic.title)). Ask \"what am I missing?\" for a plan.")
            followups.append("What am I missing?")
        }
        if let interest = update.interests.first {
            if let suggestion = engine.suggestRole(for: interest) {
                lines.append("From what you like (\(interest)), the role that fits best is \(suggestion.title):")
                lines.append(TopicText.firstSentence(suggestion.body))
                sources.append(suggestion.id)
                followups += suggestion.followups.prefix(2).compactMap { engine.knowledge[$0]?.suggestedQuestion }
            } else {
                lines.append("Noted what you like: \(interest). No role of mine matches it closely yet.")
                if let roles = topics.first(where: { $0.intent == .listRoles }) {
                    followups.append(roles.suggestedQuestion)
                }
            }
        }
        if lines.isEmpty {
            lines.append("Noted. Tell me your experience, your skills or the role you want, and I will tailor answers.")
        }
        return Answer(
            question: question, understood: true, intent: .profile, confidence: 1, title: "Your profile",
            blocks: lines.map { .paragraph($0) }, sources: sources, followups: Array(followups.prefix(4)),
            explanation: .empty)
    }

    /// The role (or first job) that suits the user, and why: from what they like, the role they want,
    /// or, knowing neither, the jobs people start in.
    static func fit(_ topic: Topic, because reason: String, question: String, engine: Engine) -> Answer {
        let index = engine.knowledge.topics.firstIndex { $0.id == topic.id }!
        var blocks: [Answer.Block] = [.paragraph(reason)]
        blocks += engine.blocks[index]
        return Answer(
            question: question, understood: true, intent: topic.intent ?? .role, confidence: 1, title: topic.title,
            blocks: blocks, sources: [topic.id],
            followups: topic.followups.compactMap { engine.knowledge[$0]?.suggestedQuestion }, explanation: .empty)
    }

    /// The plan as an answer: the steps as a list, then the next steps.
    static func plan(_ plan: LearningPlan, question: String, engine: Engine) -> Answer {
        var blocks: [Answer.Block] = []
        let had = plan.had.isEmpty ? "" : " (you already have \(plan.had.joined(separator: ", ")))"
        blocks.append(.paragraph("To become \(Self.article(plan.roleTitle)), learn these in order\(had):"))
        blocks.append(
            .list(
                plan.steps.map { step in
                    step.area + ": " + step.missing.joined(separator: ", ")
                        + (step.had.isEmpty ? "" : " (you have \(step.had.joined(separator: ", ")))")
                }))
        blocks.append(.paragraph("Next steps:"))
        blocks.append(.list(Array(plan.nextSteps.prefix(2))))
        let followups = ["portfolio", "education"].compactMap { engine.knowledge[$0]?.suggestedQuestion }
        return Answer(
            question: question, understood: true, intent: .plan, confidence: 1, title: "Your plan: \(plan.roleTitle)",
            blocks: blocks, sources: plan.sources, followups: followups, explanation: .empty)
    }

    /// "an NLP engineer", "a computer vision engineer": a title inside a sentence, with its article.
    static func article(_ title: String) -> String {
        let first = title.split(separator: " ").first ?? ""
        let initialism = first.count > 1 && first.allSatisfy(\.isUppercase)
        let name = initialism ? title : title.prefix(1).lowercased() + title.dropFirst()
        let vowelSound =
            initialism ? "AEFHILMNORSX".contains(first.first ?? " ") : "aeiouAEIOU".contains(first.first ?? " ")
        return (vowelSound ? "an " : "a ") + name
    }
}
