import Testing

@testable import AdvisorKit

@Suite struct AnswerTests {
    let engine = Fixtures.engine

    @Test func answersNameTheirSourceAndAreShort() {
        let answer = engine.answer("What does a computer vision engineer do?")
        #expect(answer.understood)
        #expect(answer.sources == ["computer-vision-engineer"])
        #expect(answer.text.split(separator: " ").count < 150)
        #expect(!answer.followups.isEmpty)
    }

    @Test func salaryByYearsSaysWhichStage() {
        let answer = engine.answer("I've been working for 4 years, what can I earn?")
        #expect(answer.sources == ["salary-mid"])
        #expect(answer.text.contains("4 years"))
        #expect(answer.text.contains("$100,000"))
    }

    @Test func comparesTwoRolesFromTheirTopics() {
        let answer = engine.answer("difference between NLP engineers and computer vision engineers?")
        #expect(answer.intent == .compare)
        #expect(answer.sources.contains("nlp-engineer"))
        #expect(answer.sources.contains("computer-vision-engineer"))
    }

    @Test func comparesARoleWithTheGeneralSubjectInTheOrderAsked() {
        let answer = engine.answer("what's the difference between an AI engineer and an ML engineer?")
        #expect(answer.intent == .compare)
        #expect(answer.title == "AI engineer vs Machine learning engineer")
        #expect(
            answer.sources == [
                "ai-engineer", "skills", "machine-learning-engineer", "machine-learning-engineer-skills",
            ])
        // A field named beside the general subject is no second side ("ML … as an AI engineer: X vs Y").
        let aside = engine.answer(
            "How well do I need to know ML algorithms as an AI engineer, supervised vs unsupervised?")
        #expect(aside.intent != .compare)
    }

    @Test(arguments: [
        "Who won the football match yesterday?", "How do I cook pasta?", "How much does a dentist earn?",
        "what is a pilot's salary", "how do I write a good CV?", "asdf qwer zxcv", "🙂🙂🙂", "",
        // A field we do not know after "in" is what is asked about, not where.
        "how do I get started in woodworking?",
        // Other professions, money beyond salary ranges, office software, right and wrong.
        "What skills do I need to become a cybersecurity analyst?", "how much severance is normal?",
        "How do I create a pivot table in Excel?", "how should we deal with ethics when using machine learning?",
        // The job hunt's process, and how work feels.
        "how do I get a referral from a recruiter?", "any tips for my first conference talk?",
        "how do I deal with burnout as a data scientist?",
    ])
    func declinesWhatIsNotOurs(question: String) {
        let answer = engine.answer(question)
        #expect(!answer.understood)
        #expect(answer.intent == .decline)
        #expect(answer.sources.isEmpty)
        #expect(answer.followups.count <= 3)
    }

    /// The knowledge's own alternate questions are ours: an outside term of the lexicon that one of them
    /// holds ("a job offer") would decline the very question the topic answers.
    @Test func everyTopicsOwnQuestionIsUnderstood() {
        let declined = KnowledgeBase.embedded.topics.flatMap { topic in
            topic.questions.filter { !engine.answer($0).understood }.map { "\(topic.id): \($0)" }
        }
        #expect(declined.isEmpty, "\(declined)")
    }

    @Test func anOutsideWordSaidAsideDoesNotDeclineTheQuestion() {
        // The asker's own job, and the foil of an alternative, are not what is asked about…
        #expect(engine.answer("Accountant here looking to pivot into machine learning, is that possible?").understood)
        #expect(engine.answer("Is calculus actually used in AI jobs or just in interviews").understood)
        // …however the job is described ("a high school teacher")…
        #expect(engine.answer("I'm a high school teacher, can I realistically become an AI engineer?").understood)
        #expect(!engine.answer("How long does it take to go from junior to senior accountant?").understood)
        // …nor is the job someone changes from.
        #expect(engine.answer("can a software engineer switch to machine learning").understood)
        // …but the same words asked about still decline.
        #expect(!engine.answer("How do I prepare for interviews?").understood)
        #expect(!engine.answer("I'm a nurse, how much do nurses earn?").understood)
        // Another job set beside one of ours is a comparison we can half answer; set beside another
        // outside job, or asked about alone, it is not ours.
        for question in [
            "who gets paid more, a software engineer or a machine learning engineer?",
            "do ml engineers earn more than software engineers?",
        ] {
            let answer = engine.answer(question)
            #expect(answer.understood, "\(question)")
            #expect(answer.intent == .salary, "\(question)")
        }
        #expect(!engine.answer("how much does a software engineer make?").understood)
        // Someone described by the job they mean to leave is background too.
        #expect(engine.answer("what should a nurse who is looking to move into AI learn first?").understood)
        #expect(!engine.answer("how much does a nurse who works nights earn?").understood)
        #expect(!engine.answer("software engineer or web developer, which pays more?").understood)
        // A title of ours mentioned twice is ours both times ("senior AI architects": senior, AI architect).
        #expect(engine.answer("do senior AI architects get bonuses?").understood)
    }

    @Test func becomingARoleGetsTheRouteAndTheRolesOwnSkills() {
        let answer = engine.answer("how do I become a computer vision engineer?")
        #expect(answer.intent == .gettingStarted)
        #expect(answer.sources == ["getting-started", "computer-vision-engineer-skills"])
        #expect(answer.text.contains("For a computer vision engineer in particular:"))
        // Asking what to learn for it is asking for the role's skills.
        let learning = engine.answer("what should I study to become a computer vision engineer?")
        #expect(learning.intent == .roleSkills)
        // Without a role the route stands alone.
        #expect(engine.answer("how do I become an AI engineer?").sources == ["getting-started"])
    }

    @Test func aPostAskingTwoThingsGetsBothAnswers() {
        let answer = engine.answer("What does an NLP engineer do and how much do they make?")
        #expect(Set(answer.sources) == ["salary", "nlp-engineer"])
        #expect(answer.text.contains("Also asked — "))
        let two = engine.answer("what skills do i need for computer vision? also what's the salary like?")
        #expect(two.sources == ["computer-vision-engineer-skills", "salary-computer-vision-engineer"])
        // A second clause that only names the first's subject again adds nothing.
        let same = engine.answer("who builds chatbots and virtual assistants? what's that role called")
        #expect(same.sources == ["nlp-engineer"])
        // One question with "and" inside is one question.
        #expect(engine.answer("what is the difference between NLP and computer vision engineers?").intent == .compare)
        #expect(
            Engine.askingClauses(of: "what does it pay and how long does it take", sentences: nil) == [
                "what does it pay", "how long does it take",
            ])
        #expect(Engine.askingClauses(of: "what does it pay and what's the path?", sentences: nil).count == 2)
        // "…and do projects" asks nothing of anyone: one question.
        #expect(Engine.askingClauses(of: "how do I learn Python and do projects?", sentences: nil).count == 1)
    }

    @Test func framingsAreNotWhatIsAsked() {
        let framed = engine.answer("From a professional perspective, is AI too crowded already?")
        #expect(framed.understood)
        #expect(framed.sources.first == "demand-too-late")
    }

    @Test func aDeclineNamesWhatMadeTheQuestionSomeoneElses() {
        #expect(engine.answer("how much do ML engineers make in India?").text.hasPrefix("Sorry, “India” is outside"))
        #expect(engine.answer("How do I become a nurse?").text.hasPrefix("Sorry, “nurse” is outside"))
        #expect(engine.answer("how do I fix my printer").text.hasPrefix("Sorry, that is outside"))
        // Not what is said aside or in the background.
        #expect(!engine.answer("I'm a teacher in India. Best gaming laptop?").text.contains("India"))
    }

    @Test func anEmployerInFrontOfOurTitleMakesItTheirs() {
        #expect(engine.answer("How much does a NVIDIA computer vision engineer make").intent == .decline)
        // An ordinary word in front is no employer.
        #expect(engine.answer("Is data scientist a decent entry-level job to get into AI?").understood)
        #expect(engine.answer("Where should a complete beginner start with AI?").understood)
    }

    @Test func careerOptionsAreNoStockOptions() {
        #expect(engine.answer("What are some career options in AI?").intent == .careerPath)
    }

    @Test func aPassageHoldingLittleOfTheQuestionIsNoCloserReading() {
        // A faint rule reading stands against a passage that holds less than half of the question.
        #expect(engine.answer("Is it too late to get into AI at 35?").sources.first == "career-change")
        #expect(engine.answer("what job titles are typical for ai engineers with 3-5 yoe?").intent == .careerPath)
    }

    @Test func declineOffersTheClosestTopics() {
        let answer = engine.answer("How much does a dentist earn?")
        #expect(answer.text.contains("Closest topics"))
        #expect(!answer.followups.isEmpty)
    }

    @Test func confidenceIsBetweenZeroAndOne() {
        for question in ["salary", "nlp", "what", "hi", "x y z"] {
            let confidence = engine.answer(question).confidence
            #expect(confidence >= 0 && confidence <= 1)
        }
    }

    @Test func aFieldNamedAloneIsNoSkillAsked() {
        // The field is the setting of something else: retrieval decides, and finds nothing close.
        for question in ["where can I find a mentor in machine learning", "how do I give a talk at an ML conference"] {
            #expect(engine.answer(question).intent == .decline, "\(question)")
        }
        // Spoken of as the work's, or named as a tool, or alone, it is the skill.
        let asked = [
            "is machine learning a big part of an AI engineer's job?": "machine-learning",
            "does java count for anything": "programming",
            "machine learning?": "machine-learning",
        ]
        for (question, topic) in asked {
            #expect(engine.answer(question).sources.first == topic, "\(question)")
        }
    }

    @Test func aJobBesideOursIsComparedFromTheTopicThatHoldsBoth() {
        // A stage's job named by its title ("data scientist") or another profession set beside one of our
        // roles: the neighbouring jobs answer, not the entry-level stage.
        for question in [
            "Should I be a data scientist or a machine learning engineer",
            "what is the difference between ML engineer and a data scientist? how do they work together?",
            "ML engineer vs software engineer",
        ] {
            #expect(engine.answer(question).sources == ["neighbouring-jobs"], "\(question)")
        }
        #expect(engine.answer("Can I start out as a data scientist?").sources == ["entry-level"])
    }

    @Test func gettingStartedSaysItIsGeneralGuidance() {
        let answer = engine.answer("how do I get started in AI?")
        #expect(answer.intent == .gettingStarted)
        #expect(answer.text.contains("General guidance"))
    }
}
