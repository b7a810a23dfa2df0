import AdvisorKit

/// One plain sentence saying how an answer was read and where it came from ("I read this as a salary
/// question about “seniors” and answered from “Senior AI salary”."), for the top of `/why`.
enum ReadingSummary {
    static func sentence(_ answer: Answer) -> String {
        let reading = answer.explanation.reading
        guard answer.understood else {
            let confidence = NumberText.fixed(answer.confidence, 2)
            let unknown = answer.explanation.unknownWords.map { "“" + $0 + "”" }
            if answer.intent == .decline, !unknown.isEmpty {
                return "I did not answer this: I know nothing about \(list(unknown)) (confidence \(confidence))."
            }
            return answer.intent == .decline
                ? "I did not answer this: nothing I know matched it well enough (confidence \(confidence))."
                : "I did not answer this as asked (\(describe(answer.intent)))."
        }
        // A topic retrieval found, when the rules read no general question (a knowledge base of any subject
        // answers this way: its topics declare no intent), is just where the answer came from.
        if answer.intent == .topic || (answer.intent == .overview && reading.intent != .overview),
            let title = answer.title
        {
            return "I answered this from “\(title)”, the topic that matched it best."
        }
        var about = reading.entities.map { "“" + $0.words + "”" }
        if let years = reading.years { about.append("\(years) year\(years == 1 ? "" : "s") of experience") }
        let subject = about.isEmpty ? "" : " about " + list(about)
        let source: String
        if let title = answer.title {
            source = " and answered from “\(title)”"
        } else if !answer.sources.isEmpty {
            source = " and answered from " + list(answer.sources)
        } else {
            source = ""
        }
        return "I read this as \(describe(answer.intent))\(subject)\(source)."
    }

    /// The kind of question, as a person would say it (an intent added later reads "a … question").
    static func describe(_ intent: Intent) -> String {
        descriptions[intent] ?? "a \(intent.rawValue.replacingHyphens) question"
    }

    static let descriptions: [Intent: String] = [
        .overview: "a general question about AI engineering",
        .industries: "a question about the industries that hire AI engineers",
        .demand: "a question about the demand for AI engineers",
        .listRoles: "a question about the kinds of AI engineer",
        .role: "a question about what a role does",
        .roleSkills: "a question about the skills a role needs",
        .skills: "a question about the skills AI engineers need",
        .skillArea: "a question about one area of skills",
        .careerPath: "a career-path question",
        .salary: "a salary question",
        .gettingStarted: "a question about getting started",
        .compare: "a comparison of two roles",
        .profile: "something you told me about yourself",
        .plan: "a request for a skills-gap plan",
        .greeting: "a greeting",
        .thanks: "thanks",
        .help: "a request for help",
        .decline: "something outside what I know",
    ]

    /// "a", "a and b", "a, b and c".
    static func list(_ items: [String]) -> String {
        guard items.count > 1, let last = items.last else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + last
    }
}

extension String {
    fileprivate var replacingHyphens: String { String(map { $0 == "-" ? " " : $0 }) }
}
