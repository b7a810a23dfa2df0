import AdvisorKit
import Testing

@Suite struct UnderstandingTests {
    let engine = Fixtures.engine

    func reading(_ question: String) -> Reading { engine.answer(question).explanation.reading }

    @Test(arguments: [
        ("What does an NLP engineer do?", Intent.role),
        ("which frameworks do deep learning engineers use", .roleSkills),
        ("how much can I earn with 3 years of experience?", .salary),
        ("what comes after mid level?", .careerPath),
        ("how do I get started?", .gettingStarted),
        ("NLP engineer vs computer vision engineer", .compare),
        ("I can't tell deep learning and machine learning apart", .compare),
        ("is AI research assistant a good first position in the field?", .careerPath),
        ("what would a realistic path into ML engineering look like for me?", .gettingStarted),
        ("what kinds of AI engineers are there?", .listRoles),
        ("which industries hire AI engineers?", .industries),
        ("is AI engineering a good career?", .demand),
        ("hello", .greeting),
        ("thanks!", .thanks),
        ("help", .help),
    ])
    func findsTheIntent(question: String, intent: Intent) {
        #expect(reading(question).intent == intent)
    }

    @Test(arguments: ["how do i get into ai engineering?", "how do i get into ai", "how to get into AI engineering"])
    func namingTheGeneralSubjectDoesNotMakeAQuestionAboutIt(question: String) {
        // Nearly every question names "AI engineering": retrieval alone never puts its overview first.
        #expect(engine.answer(question).sources.first == "getting-started")
        #expect(engine.answer("what is ai engineering").sources.first == "ai-engineer")
    }

    @Test(arguments: ["Is machine learning oversaturated?", "is NLP a dying field?", "is deep learning worth it?"])
    func aFieldAsACareerIsAskedAboutItsDemand(question: String) {
        #expect(reading(question).intent == .demand)
    }

    @Test func theThingAskedForByNameDecides() {
        // "Which cloud provider…": a cloud provider is what is asked for, whatever the rest says.
        let cloud = engine.answer(
            "Which cloud provider would you recommend, keeping in mind future relevance in the market?")
        #expect(cloud.sources == ["cloud-platforms"])
        // "what … make" asks what they make, not which engineers.
        #expect(reading("what do ml engineers make starting out").intent == .salary)
    }

    @Test func aReadingOnNamesAloneGivesWayToAPassageThatHoldsMore() {
        // Nothing cues a rule: the entry-level job named decides nothing when a passage holds more.
        let post = engine.answer(
            "What's your advice for a Data Scientist trying to get more professional experience with cloud technologies?"
        )
        #expect(post.sources.first == "cloud-platforms")
        // A short question of names is read by its names.
        #expect(engine.answer("pytorch").sources.first == "machine-learning")
    }

    @Test(arguments: [
        ("Should I learn pytorch?", "machine-learning"), ("should I learn scikit-learn?", "machine-learning"),
        ("Should I learn python?", "programming"),
    ])
    func aToolToLearnIsTheSkillNotAField(question: String, topic: String) {
        #expect(engine.answer(question).sources.first == topic)
    }

    @Test func movingIntoAFieldIsGettingStarted() {
        #expect(
            engine.answer("I'm a backend developer, how do I move into ML?").intent == .gettingStarted)
        // Moving into a stage names where one goes; moving on from one asks what comes next.
        #expect(engine.answer("how do I move into a senior role?").sources.first == "senior-level")
        #expect(
            engine.answer("After a few years as a junior, what roles can I move into?").sources.first == "mid-level")
    }

    @Test func aCareerInAFieldIsThatFieldsJob() {
        #expect(engine.answer("what skills do I need for a career in NLP?").sources.first == "nlp-engineer-skills")
        #expect(engine.answer("is a career in NLP worth it?").intent == .demand)
        // Learning the field is not its job.
        #expect(reading("what skills do I need to learn NLP?").slots.role == nil)
    }

    @Test func ofSeveralAreasTheOneAskedForIsTheSubject() {
        // "how much math", named after other areas, is the area asked about.
        let post = engine.answer(
            "For those of you who work in data science or machine learning, how much math do you really need?")
        #expect(post.sources.first == "mathematics")
        #expect(reading("how much python do I need for data science?").slots.area == "programming")
        // Without a question word before it, the first area named stays the subject.
        #expect(reading("is data science math heavy?").slots.area == "data")
    }

    @Test(arguments: [
        ("What does a machine learning scientist do?", "machine-learning-engineer"),
        ("what do nlp researchers work on", "nlp-engineer"),
        ("is a computer vision developer well paid", "computer-vision-engineer"),
    ])
    func aFieldWithAJobTitleNamesItsRole(question: String, role: String) {
        #expect(reading(question).slots.role == role)
        // A field without a role of its own stays a field.
        #expect(reading("what does a data scientist do").slots.role == nil)
    }

    @Test(arguments: ["are PhDs really required for ML jobs?", "is a b tech needed for ML?"])
    func aDegreeAskedAboutIsTheSubject(question: String) {
        #expect(reading(question).intent == .gettingStarted)
    }

    @Test func specializingInARoleIsAboutThatRole() {
        #expect(reading("Does NLP specialization make sense?").intent == .role)
        #expect(reading("should I specialize?").intent == .listRoles)
    }

    @Test(arguments: ["have I missed the boat on AI?", "am I late to the party with machine learning at 30?"])
    func missingTheBoatIsBeingTooLate(question: String) {
        #expect(engine.answer(question).sources.first == "demand-too-late")
    }

    @Test func onATieTheRuleTheWordsCueWins() {
        // "too late" cues demand; the named field earns the skill area as much, with no word asking for it.
        #expect(reading("am I late to the party with machine learning at 30?").intent == .demand)
    }

    @Test func stepByStepAsksForDetailNotForSteps() {
        #expect(reading("can someone explain backpropagation step by step with the math?").intent != .gettingStarted)
        #expect(reading("step by step plan to land an ml job?").intent == .gettingStarted)
    }

    @Test func aPostsFirstQuestionIsItsHeadline() {
        // The questions after the first elaborate it: their cues count less.
        let post = engine.answer(
            "Is grad school really necessary for this field? I mean are there enough reasonable industry jobs "
                + "right now? Or is ML just a tool in the toolbox for most engineers?")
        #expect(post.sources.first == "education")
    }

    @Test(arguments: [
        ("Currently a backend developer, mostly Java, 5 years in. What's an MLE?", "machine-learning-engineer"),
        ("I have a biology degree and almost no coding experience. What is an NLP engineer?", "nlp-engineer"),
        ("My background is in physics and I know some Python. What affects an AI engineer's salary?", "salary-factors"),
    ])
    func theSentenceThatAsksDecidesWhenItIsSureAlone(post: String, topic: String) {
        #expect(engine.answer(post).sources.first == topic)
    }

    @Test func theBackgroundDecidesWhenTheQuestionLeansOnIt() {
        // "Is that a common path?" points back at the background: the whole post is read.
        let post = engine.answer(
            "thinking of leaving my lead ML job to start my own AI startup. is that a common path?")
        #expect(post.sources.first == "beyond-senior")
        // The asker's years fill a question about themselves, not one about a job.
        let mine = engine.answer(
            "been doing ML for about 5 years at a non-tech company. what should someone like me make?")
        #expect(mine.sources.first == "salary-mid")
        let theirs = engine.answer("Currently a backend developer, 5 years in. What's typical pay for an AI engineer?")
        #expect(theirs.sources.first == "salary")
    }

    @Test func theGeneralSubjectAskedAfterBackgroundIsOurs() {
        let post = engine.answer("Honestly I'm a bit lost and overwhelmed by all the options. What is an AI engineer?")
        #expect(post.intent == .overview)
        #expect(post.sources == ["ai-engineer"])
        // Named, the general subject counts as a subject understood, as a role does.
        #expect(engine.answer("what should an ai engineer be good at").intent == .skills)
        let fragment = engine.answer("I live in Germany but would like to work in the US someday. AI engineer?")
        #expect(fragment.intent == .overview)
    }

    @Test func aPronounAfterOurSubjectPointsAtIt() {
        // "them" is the models the question named, not the background: the question is read on its own.
        let post = engine.answer(
            "I've been working in marketing for about four years. What kind of work does an AI engineer do? "
                + "Building models, deploying them?")
        #expect(post.intent == .overview)
        // …but a pronoun with nothing of ours before it leans on the background, which names the role.
        let theirs = engine.answer("I keep hearing about NLP engineers at work. What skills do they need?")
        #expect(theirs.sources.first == "nlp-engineer-skills")
    }

    @Test func aPostsClosingIsNotAQuestion() {
        let post = engine.answer("Long time lurker, first post here. nlp engineer? Any advice would be appreciated.")
        #expect(post.sources.first == "nlp-engineer")
    }

    @Test(arguments: ["salary with no experience?", "pay for someone without any prior experience"])
    func noExperienceIsTheFirstStage(question: String) {
        #expect(reading(question).slots.stage == "entry")
    }

    @Test(arguments: [
        "how do I get AI experience when every entry-level job wants experience?",
        "how can I gain experience in ML as a student?",
    ])
    func gainingExperienceIsGettingStarted(question: String) {
        #expect(reading(question).intent == .gettingStarted)
    }

    @Test func aLeadingConditionIsBackground() {
        // "If…, what are some entry-level jobs…": the jobs are asked for, the condition is background.
        let post = reading(
            "If the consensus is I should try to get experience, what are some adjacent entry-level jobs that I "
                + "can get into?")
        #expect(post.intent == .careerPath)
        // A main clause that asks nothing of its own leaves the condition in: it is what is asked about.
        #expect(
            reading("If somebody wants to change their career into AI, what can they do?").intent == .gettingStarted)
    }

    @Test(arguments: [
        "will AI replace AI engineers?", "will AI make ML engineers obsolete?",
        "will AI engineers still be needed in 10 years", "will ML engineers be replaced years from now?",
    ])
    func beingNeededLaterIsDemand(question: String) {
        #expect(reading(question).intent == .demand)
    }

    @Test func aTimelineIsAboutThePath() {
        #expect(
            engine.answer("what's a realistic timeline to become an ML engineer").sources.first == "career-timeline")
    }

    @Test func fromStageToStageIsThePathFromZeroIsTheStart() {
        #expect(reading("how do I go from junior to senior ML engineer?").intent == .careerPath)
        #expect(reading("how do I go from zero to ML engineer").intent == .gettingStarted)
    }

    @Test func aSkillSetAsideIsNotTheSubject() {
        #expect(reading("besides knowing python, what skills does an ai engineer need?").intent == .skills)
        #expect(reading("apart from python, what skills does an ai engineer need?").slots.area == nil)
        #expect(reading("what skills does an ai engineer need for python?").slots.area == "programming")
    }

    @Test func aLanguageToLearnIsAProgrammingLanguage() {
        #expect(engine.answer("what language should I learn first for AI?").sources == ["programming"])
        #expect(engine.answer("best language for machine learning?").sources == ["programming"])
    }

    @Test func aFieldNeededIsTheSkillAskedAbout() {
        // "need to understand RL": is RL required — the skill area; "skills you need to learn ML": the field.
        #expect(engine.answer("Do I need to understand reinforcement learning?").sources == ["machine-learning"])
        #expect(reading("What skills do you need to learn machine learning").intent != .skillArea)
    }

    @Test func aYesNoCueAfterAQuestionWordAsksSomethingElse() {
        #expect(reading("should I pursue AI?").intent == .demand)
        #expect(reading("I want to become a data scientist. What should I do?").intent == .gettingStarted)
    }

    @Test func anAmbiguousWordSettledAsNotOursNamesNothing() {
        #expect(reading("How do I write a good CV for a teaching job?").entities.isEmpty)
        #expect(reading("what does a cv engineer do").slots.role == "computer-vision-engineer")
    }

    @Test func theSentenceThatAsksOutweighsTheBackground() {
        // "start" and "project" are getting-started cues, but only said as background here.
        #expect(reading("I started a side project with a friend. Is the field saturated?").intent == .demand)
        #expect(reading("I started a side project with a friend, is that wise?").intent == .gettingStarted)
    }

    @Test func readsYearsOfExperienceAsAStage() {
        #expect(reading("I've worked 4 years, what should I be paid?").slots.stage == "mid")
        #expect(reading("salary with one year of experience").slots.stage == "entry")
        #expect(reading("10+ yrs experience salary").slots.stage == "senior")
        #expect(reading("will this job exist in 10 years").years == nil)
    }

    @Test func findsEntitiesFromTheKnowledgesNames() {
        let entities = reading("do lead ML engineers or data scientists earn more").entities
        #expect(entities.contains { $0.kind == .stage && $0.value == "senior" })
        #expect(entities.contains { $0.kind == .stage && $0.value == "entry" })
        #expect(reading("skills of ML engineers").slots.role == "machine-learning-engineer")
        #expect(reading("data engineering skills").slots.area == "data")
        #expect(reading("what does a data engineer do").slots.stage == "mid")
    }

    @Test func movesToTheNextStageWhenAskedWhatComesNext() {
        #expect(reading("what comes after the mid level?").slots.stage == "senior")
    }

    @Test func twoStagesFromTo() {
        #expect(reading("how do I progress from junior to senior?").slots.stage == nil)
    }

    @Test func ambiguousWordsNeedAnAnchor() {
        #expect(!engine.answer("how do I write a good CV?").understood)
        #expect(engine.answer("cv engineer salary").understood)
    }
}

@Suite struct FieldAndYearsTests {
    let engine = Fixtures.engine

    func reading(_ question: String) -> Reading { engine.answer(question).explanation.reading }

    @Test(arguments: [
        "Is AI or ML Engineering A Good Career?",
        "Is it too late to learn about Deep Learning?",
    ])
    func aFieldAsTheSubjectOfACareerIsNotTheSkillArea(question: String) {
        let reading = reading(question)
        #expect(reading.intent == .demand)
        #expect(reading.slots.area == nil)
        #expect(reading.slots.role == nil)
    }

    @Test func aSkillAreaAskedAboutStaysTheSkillArea() {
        let reading = reading("why is linear algebra important for machine learning?")
        #expect(reading.intent == .skillArea)
    }

    @Test(arguments: [
        ("I'm 25 years old, what can I earn?", nil as Int?),
        ("I was a teacher for 10 years as a teacher, what would I earn in AI?", nil),
        ("did accounting for 6 yrs, what could I earn?", nil),
        ("I've been working for 4 years, what can I earn?", 4),
        ("10 years of experience in ML, what salary band should I target?", 10),
    ])
    func yearsAreExperienceOnlyInTheField(question: String, years: Int?) {
        #expect(reading(question).years == years)
    }

    @Test func statedYearsAreNotMovedAlongThePath() {
        let answer = engine.answer("how much do AI engineers make after 3 years?")
        #expect(answer.sources == ["salary-mid"])
    }

    @Test func inAComparisonAFieldStandsForItsRole() {
        let answer = engine.answer("What is the difference between deep learning and usual machine learning?")
        #expect(answer.intent == .compare)
        #expect(answer.sources.contains("deep-learning-engineer"))
        #expect(answer.sources.contains("machine-learning-engineer"))
        // A bare "or" is no comparison: the field stays a field.
        #expect(engine.answer("should I learn python or machine learning first?").intent != .compare)
    }
}

@Suite struct SmallTalkReadingTests {
    @Test(arguments: [
        ("hi there, anyone around?", Intent.greeting), ("cheers mate, appreciated", .thanks),
        ("what kind of questions can you answer?", .help),
    ])
    func chatWordsAroundSmallTalkDoNotHideIt(question: String, intent: Intent) {
        #expect(Fixtures.engine.answer(question).intent == intent)
    }

    @Test(arguments: ["translate \"good morning\" into Spanish", "hi, what does an nlp engineer do?"])
    func aWordOfOursMakesItMoreThanSmallTalk(question: String) {
        #expect(!Fixtures.engine.answer(question).intent.isSmallTalk)
    }

    @Test(arguments: ["hey, how do i make pancakes", "yo capital of australia pls", "hey, asdf qwer"])
    func aGreetingThatAsksSomethingElseIsThatQuestion(question: String) {
        let answer = Fixtures.engine.answer(question)
        #expect(answer.intent == .decline)
        // …while introductions stay greetings, and thanks may say what for.
        #expect(Fixtures.engine.answer("hello, my name is Sarah Jones").intent == .greeting)
        #expect(Fixtures.engine.answer("thank you very much for the detailed answer").intent == .thanks)
    }

    @Test(arguments: ["quick q: ml engineer salary", "honest question, what does an nlp engineer do"])
    func aQuestionAnnouncedIsTheQuestion(question: String) {
        #expect(Fixtures.engine.answer(question).understood)
    }
}
