import AdvisorKit
import Testing

@Suite struct ConversationTests {
    @Test func ellipticalFollowUpKeepsTheIntent() {
        var advisor = Advisor(engine: Fixtures.engine)
        #expect(advisor.ask("how much can I earn with 3 years of experience?").sources == ["salary-mid"])
        #expect(advisor.ask("and for seniors?").sources == ["salary-senior"])
    }

    @Test func pointerTakesTheRoleInPlay() {
        var advisor = Advisor(engine: Fixtures.engine)
        _ = advisor.ask("What does an NLP engineer do?")
        #expect(advisor.ask("which tools do they use?").sources == ["nlp-engineer-skills"])
        #expect(advisor.ask("what about computer vision engineers?").sources == ["computer-vision-engineer-skills"])
    }

    @Test func whatComesNextMovesAlongThePath() {
        var advisor = Advisor(engine: Fixtures.engine)
        _ = advisor.ask("what does an entry level AI job look like?")
        #expect(advisor.ask("what comes next?").sources == ["mid-level"])
        #expect(advisor.ask("and after that?").sources == ["senior-level"])
    }

    @Test func comparesWithTheRoleInPlay() {
        var advisor = Advisor(engine: Fixtures.engine)
        _ = advisor.ask("What does an NLP engineer do?")
        let answer = advisor.ask("how is that different from a research scientist?")
        #expect(answer.intent == .compare)
    }

    @Test func theGeneralSubjectNamedStandsBeforeTheRoleInPlay() {
        var advisor = Advisor(engine: Fixtures.engine)
        _ = advisor.ask("what does a cv engineer do")
        let answer = advisor.ask("whats the difference between ai engineer and ml engineer")
        #expect(answer.intent == .compare)
        #expect(answer.sources.first == "ai-engineer")
        #expect(!answer.sources.contains("computer-vision-engineer"))
    }

    @Test func whatWasAnsweredIsInPlay() {
        var advisor = Advisor(engine: Fixtures.engine)
        #expect(advisor.ask("ok and what jobs could i get first").sources.first == "entry-level")
        #expect(advisor.ask("how much do those pay").sources.first == "salary-entry")
    }

    @Test func resetForgetsTheContext() {
        var advisor = Advisor(engine: Fixtures.engine)
        _ = advisor.ask("What does an NLP engineer do?")
        advisor.reset()
        #expect(advisor.context.slots.role == nil)
        #expect(advisor.ask("which tools do they use?").sources != ["nlp-engineer-skills"])
    }
}

@Suite struct ProfileAndPlanTests {
    @Test func aNumberAsksThatSuggestion() {
        var advisor = Advisor(engine: Fixtures.engine)
        let first = advisor.ask("What does an NLP engineer do?")
        let second = advisor.ask("1")
        #expect(second.question == first.followups[0])
        #expect(second.understood)
        #expect(advisor.ask("9").intent == .decline || advisor.context.followups.count >= 9)
    }

    @Test func aStatementIsRememberedAndTailorsSalary() {
        var advisor = Advisor(engine: Fixtures.engine)
        #expect(advisor.ask("I'm a student").intent == .profile)
        #expect(advisor.context.profile.stage == "entry")
        #expect(advisor.ask("what would I earn?").sources == ["salary-entry"])
        #expect(advisor.ask("I have 6 years in industry").intent == .profile)
        #expect(advisor.context.profile.years == 6)
        #expect(advisor.ask("how much should I make?").sources == ["salary-senior"])
    }

    @Test func interestsSuggestARole() {
        var advisor = Advisor(engine: Fixtures.engine)
        let answer = advisor.ask("I like working with speech and text")
        #expect(answer.intent == .profile)
        #expect(answer.sources == ["nlp-engineer"])
        #expect(advisor.context.profile.interests == ["speech and text"])
    }

    @Test func skillsGapPlanListsWhatIsMissingInOrder() throws {
        var advisor = Advisor(engine: Fixtures.engine)
        let answer = advisor.ask("I know Python and SQL and want to be an NLP engineer - what am I missing?")
        #expect(answer.intent == .plan)
        let plan = try #require(advisor.context.plan)
        #expect(plan.role == "nlp-engineer")
        #expect(plan.had == ["Python", "SQL"])
        let missing = plan.steps.flatMap(\.missing)
        #expect(!missing.contains("Python") && !missing.contains("SQL"))
        #expect(missing.contains("linguistics"))
        #expect(plan.steps.first?.area.contains("Programming") == true)
        #expect(plan.steps.last?.missing.contains("linguistics") == true)
        #expect(plan.markdown.hasPrefix("# Plan: becoming an NLP engineer"))
    }

    @Test func aQuestionAboutSkillsIsNotAPlanUntilSkillsAreKnown() {
        var advisor = Advisor(engine: Fixtures.engine)
        #expect(advisor.ask("what do I need to learn to become a deep learning engineer").intent == .roleSkills)
        _ = advisor.ask("I know Python and linear algebra")
        #expect(advisor.ask("what do I need to learn to become a deep learning engineer").intent == .plan)
    }

    @Test func resetForgetsTheProfileAndPlan() {
        var advisor = Advisor(engine: Fixtures.engine)
        _ = advisor.ask("I know Python and want to be an NLP engineer, what am I missing?")
        advisor.reset()
        #expect(advisor.context.profile.isEmpty)
        #expect(advisor.context.plan == nil)
    }
}

@Suite struct ProfileReadingTests {
    @Test func negatedSkillsAreLackingNotHad() {
        var advisor = Advisor(engine: Fixtures.engine)
        _ = advisor.ask("I'm a teacher, I know statistics but I don't know Python")
        #expect(advisor.context.profile.skills.contains { $0.lowercased() == "statistics" })
        #expect(!advisor.context.profile.skills.contains { $0.lowercased() == "python" })
        #expect(advisor.context.profile.lacking.contains { $0.lowercased() == "python" })
    }

    @Test func afterAPlanItsRoleIsInPlay() {
        var advisor = Advisor(engine: Fixtures.engine)
        _ = advisor.ask("i know scikit-learn and basic ml. what do i need for computer vision")
        let work = advisor.ask("what would i actually work on")
        #expect(work.sources.first?.contains("computer-vision-engineer") == true, "\(work.sources)")
    }

    @Test func anAreaNamedAsAWholeStandsForItsSkills() {
        var advisor = Advisor(engine: Fixtures.engine)
        let noted = advisor.ask("i teach high school math, no real coding experience")
        #expect(noted.intent == .profile)
        #expect(advisor.context.profile.skills.contains { $0.lowercased() == "linear algebra" })
        #expect(advisor.context.profile.lacking.contains { $0.lowercased() == "python" })
        // A skill named on its own is that skill, not its whole area.
        var other = Advisor(engine: Fixtures.engine)
        _ = other.ask("I know statistics")
        #expect(other.context.profile.skills.map { $0.lowercased() } == ["statistics"])
    }

    @Test func looseInterestsSuggestARoleAndAnswerWhichRoleFits() {
        var advisor = Advisor(engine: Fixtures.engine)
        let noted = advisor.ask("im kinda into text stuff, like customer reviews and chat logs")
        #expect(noted.intent == .profile)
        #expect(!noted.text.isEmpty)
        let fit = advisor.ask("which role fits me then")
        #expect(fit.understood)
        #expect(fit.sources == ["nlp-engineer"])
        #expect(advisor.ask("what would the day to day look like").text.lowercased().contains("language"))
    }

    @Test func withoutInterestsTheFirstJobsFit() {
        var advisor = Advisor(engine: Fixtures.engine)
        _ = advisor.ask("career changer here, did marketing for 6 yrs, just finished an online ml course")
        let fit = advisor.ask("what title should i even apply for")
        #expect(fit.understood)
        #expect(fit.sources == ["entry-level"])
    }

    @Test func aShortFollowUpIsNotDeclinedForItsFillers() {
        var advisor = Advisor(engine: Fixtures.engine)
        _ = advisor.ask("what does a deep learning engineer do")
        let answer = advisor.ask("hm and the math side?")
        #expect(answer.understood)
        #expect(answer.text.lowercased().contains("linear algebra"))
    }

    @Test(arguments: [
        "hi! do I need to know databases for AI",
        "sorry if this is dumb but do i need people skills to be an ai engineer",
        "project ideas to show employers i can do machine learning pls",
        "newbie here. what's an ai engineer? haha",
    ])
    func aQuestionWrappedInChatIsAnsweredNotNoted(question: String) {
        var advisor = Advisor(engine: Fixtures.engine)
        let answer = advisor.ask(question)
        #expect(answer.understood)
        #expect(answer.intent != .profile)
    }

    @Test func aStatementAboutTheUserIsNeverAnsweredEmpty() {
        var advisor = Advisor(engine: Fixtures.engine)
        #expect(!advisor.ask("i really like knitting").text.isEmpty)
    }
}

@Suite struct PlanFollowUpTests {
    @Test func aPlanIsReAimedAndAskedAgain() {
        var advisor = Advisor(engine: Fixtures.engine)
        _ = advisor.ask("i know python and sql and want to be an nlp engineer - what am i missing?")
        _ = advisor.ask("what would the work look like once i have those")
        let replanned = advisor.ask("what about for cv instead")
        #expect(replanned.intent == .plan)
        #expect(replanned.text.lowercased().contains("image processing"))
        _ = advisor.ask("does java count for anything")
        #expect(advisor.ask("what should i tackle first").intent == .plan)
    }

    @Test func theProfilesStageTailorsPayQuestionsAboutTheAskerNotAboutFactors() {
        var advisor = Advisor(engine: Fixtures.engine)
        _ = advisor.ask("I'm a third year computer science student.")
        #expect(advisor.ask("what affects an AI engineer's salary?").sources.first == "salary-factors")
        #expect(advisor.ask("what would I make after graduating?").sources.first == "salary-entry")
    }

    @Test func aCareerChangersYearsAreNotOurs() {
        var advisor = Advisor(engine: Fixtures.engine)
        let answer = advisor.ask("career changer here, did marketing for 6 yrs, just finished an online ml course")
        #expect(advisor.context.profile.stage == nil)
        // The statement plainly concerns getting started: that answer follows what was noted.
        #expect(answer.text.contains("For you — "))
        _ = advisor.ask("I have 5 years as an ML engineer and I am switching to research")
        #expect(advisor.context.profile.stage == "mid")
        var other = Advisor(engine: Fixtures.engine)
        _ = other.ask("moving on from 6 yrs in sales, I want to get into ML")
        #expect(other.context.profile.stage == nil)
        _ = other.ask("I have 3 years of experience in ML and want to change to research")
        #expect(other.context.profile.stage == "mid")
    }

    @Test func yearsInAFollowUpAreNotTheUsers() {
        var advisor = Advisor(engine: Fixtures.engine)
        _ = advisor.ask("how much do ML engineers make?")
        _ = advisor.ask("and with 8 years?")
        #expect(advisor.context.profile.stage == nil)
    }

    @Test func becomingANamedRoleIsAnsweredWithItsSkills() {
        // The route into the field, then what this role in particular asks to learn.
        let answer = Fixtures.engine.answer("how do i become a computer vision engineer")
        #expect(answer.sources.contains("computer-vision-engineer-skills"))
        #expect(answer.text.contains("image processing"))
    }
}

@Suite struct WhereFromHereTests {
    @Test func optionsFromHereMoveAlongThePath() {
        let answer = Fixtures.engine.answer("i'm an ai architect, 10+ yrs in. what are my options from here")
        #expect(answer.sources == ["beyond-senior"])
    }
}
