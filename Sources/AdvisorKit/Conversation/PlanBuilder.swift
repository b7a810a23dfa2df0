/// Builds a `LearningPlan` from the knowledge: the foundation areas in the order the skills overview
/// gives them, then the target role's own skills (or, with no role, every skill area); minus what the
/// user already has.
struct PlanBuilder: Sendable {
    let knowledge: KnowledgeBase
    let catalog: SkillCatalog
    /// Areas every role builds on (the rest, like communication, are advice rather than steps).
    static let foundations = 4

    /// The plan towards `role`, or towards AI engineering in general (every skill area) when it is nil.
    func plan(for role: String?, having had: [String]) -> LearningPlan? {
        let own: (title: String, skills: [SkillCatalog.Skill], topic: Int)?
        let roleTitle: String
        var aim = role
        if let role {
            guard let roleSkills = catalog.roles[role],
                let roleTopic = knowledge.topics.first(where: { $0.slots.role == role && $0.intent == .role })
            else { return nil }
            own = (roleTopic.title + " skills", roleSkills.skills, roleSkills.topic)
            roleTitle = roleTopic.title
        } else {
            guard let overview = knowledge.topics.first(where: { $0.intent == .overview }) else { return nil }
            own = nil
            roleTitle = overview.names.first ?? overview.title
            aim = overview.slots.role ?? overview.id
        }
        let have = Set(had.map { $0.lowercased() })
        var seen: Set<String> = []
        var steps: [LearningPlan.Step] = []
        var sources: [String] = []
        let areas = role == nil ? catalog.areas[...] : catalog.areas.prefix(Self.foundations)
        let areaSteps = areas.map { (title: knowledge.topics[$0.topic].title, skills: $0.skills, topic: $0.topic) }
        for (title, skills, topic) in areaSteps + (own.map { [$0] } ?? []) {
            let fresh = skills.filter { seen.insert($0.name.lowercased()).inserted }
            let missing = fresh.filter { !have.contains($0.name.lowercased()) }.map(\.name)
            let hadHere = fresh.filter { have.contains($0.name.lowercased()) }.map(\.name)
            guard !missing.isEmpty else { continue }
            steps.append(.init(area: title, missing: missing, had: hadHere))
            sources.append(knowledge.topics[topic].id)
        }
        let nextSteps = ["portfolio", "getting-started"].compactMap { knowledge[$0]?.suggestedQuestion }
        return LearningPlan(
            role: aim ?? "", roleTitle: roleTitle, had: had, steps: steps,
            nextSteps: [
                "Learn the first step's skills with one small project each, then move down the list.",
                "Build one end-to-end project for your portfolio that \(PersonalAnswers.article(roleTitle)) would do.",
            ] + nextSteps.map { "Ask: \($0)" }, sources: sources)
    }
}
