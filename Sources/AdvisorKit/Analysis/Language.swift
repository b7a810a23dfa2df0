/// The English the engine reads, in one place: function words and fillers, internet shorthand, question
/// words, first-person words, number words and the hosts of contractions.
///
/// The analyzer and the readers (profile, years, conversation) share one value, so a word learnt here
/// ("tho", "ppl") is understood everywhere at once.
public struct Language: Sendable {
    /// Words that carry no topic: function words, and the fillers people wrap questions in ("honestly",
    /// "wondering", "hm"). They stay in `Analysis.words` for the rules, but are neither indexed nor counted
    /// as unknown.
    public var stopWords: WordSet
    /// Chat shorthand read as the words it stands for ("ppl" → "people", "abt" → "about").
    public var shorthand: WordTable<[String]>
    /// Set phrases whose words do not mean what they mean alone, read as what they say: "of course" is no
    /// course, "make sense" and "make it" are no pay, "thanks in advance" no advancement.
    public var idioms: Idioms
    /// Words that open or make a question.
    public var questionWords: WordSet
    /// Auxiliaries that open a yes/no question ("should I…", "is it…").
    public var questionOpeners: WordSet
    /// Words by which people speak of themselves.
    public var firstPerson: WordSet
    /// Numbers written as words, and the vague ones ("a couple", "a few").
    public var numberWords: [String: Int]
    /// Words after which a lone "s" is "is" ("what's", "it's").
    public var contractionHosts: WordSet
    /// Words that deny what follows ("I don't know Python", "never used SQL").
    public var negations: WordSet

    /// Nouns that make a subject a line of work ("ML engineering", "deep learning jobs").
    public var careerNouns: WordSet
    /// Verbs of learning or entering that make a subject a field to learn or join ("learn ML").
    public var enteringVerbs: WordSet

    /// Phrases that ask for advice without a question mark ("any tips", "please suggest").
    public var requests: [[String]]
    /// Words by which people state a goal ("I want to switch careers", "I'm hoping to become…"): said of
    /// themselves, a goal is what they ask about, not background.
    public var wishes: WordSet

    /// Whether a sentence of `words` asks: it opens with a question word or an auxiliary (after a tag such
    /// as "[D]"), has a question word right before a modal or a pronoun ("how I can", "what should"),
    /// asks for advice, or states the asker's goal ("I want to switch to data").
    public func asks(_ typed: [String]) -> Bool {
        // Read as the analyzer reads them: "whats" is "what is", "eli5" is "explain".
        let words = expandingShorthand(typed)
        let opening = words.drop { $0.count == 1 && $0 != "i" }
        if let first = opening.first, questionWords.contains(first) || questionOpeners.contains(first) { return true }
        for (index, word) in words.enumerated() where questionWords.contains(word) {
            let after = words[(index + 1)..<min(words.count, index + 3)]
            if after.contains(where: { questionOpeners.contains($0) || firstPerson.contains($0) }) { return true }
        }
        // (A phrase is compared only where its first word is.)
        if requests.contains(where: { phrase in
            phrase.isEmpty || words.indices.contains { words[$0] == phrase[0] && words[$0...].starts(with: phrase) }
        }) {
            return true
        }
        return words.indices.contains { index in
            wishes.contains(words[index]) && words[max(0, index - 3)..<index].contains(where: firstPerson.contains)
        }
    }

    /// Words a chat line opens with before it says anything ("hm", "ok so", "nah").
    public var interjections: WordSet
    /// Phrases that set a subject aside ("besides Python, what skills…", "apart from the ML theory"): what
    /// follows them is not asked about.
    public var exclusions: [[String]]
    /// The last words of job titles ("engineer", "scientist"): a role named without one is named by its field.
    public var titleNouns: WordSet

    /// Whether a question is in another language: most of its letters are of another script, or it has
    /// no English function word and most of its words are neither the knowledge's nor English (judged
    /// only when the system's word list is there).
    public func isForeign(_ analysis: Analysis, text: String) -> Bool {
        if text.utf8.contains(where: { $0 >= 0x80 }) {
            var letters = 0
            var other = 0
            for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
                letters += 1
                if scalar.value > 0x24F { other += 1 }
            }
            if letters > 0, other * 2 > letters { return true }
        }
        let content = analysis.words
        let strange = content.filter { !$0.isKnown && !$0.isOrdinary && !$0.isName }.count
        guard content.count >= 2, strange * 5 >= content.count * 3, !content.contains(where: \.isStopword) else {
            return false
        }
        return EnglishWords.system.isAvailable
    }

    /// Verbs of changing careers: a question with one may name the job the asker comes from.
    public var changeVerbs: WordSet

    /// What a field needs, in the words people ask for it with ("the stack for ML", "skills for NLP").
    public var toolNouns: WordSet

    /// Whether `word` is a function word or a filler.
    public func isStopWord(_ word: String) -> Bool { stopWords.contains(word) }

    /// `words` with chat shorthand written out ("ppl" → "people") and set phrases read as what they say.
    func expandingShorthand(_ words: [String]) -> [String] {
        let expanded =
            words.contains(where: { shorthand[$0] != nil }) ? words.flatMap { shorthand[$0] ?? [$0] } : words
        return Self.withoutFramings(idioms.reading(expanded))
    }

    /// `words` without the framings that say how the asker sees the question, not what it is about: "from
    /// a professional perspective", "from my standpoint", "in your opinion", "from my experience",
    /// "generally speaking".
    static func withoutFramings(_ words: [String]) -> [String] {
        guard words.contains(where: { $0 == "from" || $0 == "in" || $0 == "speaking" }) else { return words }
        var kept: [String] = []
        var index = 0
        while index < words.count {
            let word = words[index]
            // "from a(n)/my/your/the … perspective": up to two words between the determiner and the noun.
            if word == "from" || word == "in", index + 2 < words.count, framingOwners.contains(words[index + 1]),
                let end = (index + 2...min(index + 4, words.count - 1)).first(where: {
                    framingNouns.contains(words[$0])
                })
            {
                index = end + 1
                continue
            }
            // "generally speaking", "honestly speaking"
            if word == "speaking", let last = kept.last, last.hasSuffix("ly") {
                kept.removeLast()
                index += 1
                continue
            }
            kept.append(word)
            index += 1
        }
        return kept
    }

    /// Who a framing belongs to, and what it is.
    private static let framingOwners: Set<String> = ["a", "an", "my", "your", "our", "the", "their"]
    private static let framingNouns: Set<String> = [
        "perspective", "standpoint", "viewpoint", "opinion", "experience", "view",
    ]
}

extension Language {
    /// The engine's English.
    public static let english = Language(
        stopWords: words(
            """
            a about above actually after again against ah all also am an and any anybody anyone anything anyway
            are aren as at be because been before being below besides between both but by can cannot could
            couldn d did didn do does doesn doing don done down during each either else etc even ever every
            everyone few for from further get gets getting go goes going gonna got gotta had hadn has hasn have
            haven having he her here hers herself him himself his how however i if im in into is isn it its
            itself ive just kind kinda ll let lets like likely lol m ma maybe me mean might mine much
            must mustn my myself need needs no nor not now o of off often ok okay on once one only or other our
            ours ourselves out over own please pls plz pretty quite rather re really right s same say says
            shall shan she should shouldn so some someone something somebody sort still such sure t than that
            thats the their theirs them themselves then there these they thing things this those though tho
            through thus to too u under until up upon us ur ve very via vs want wanna wants was wasn way we
            well were weren what whats when which while who whom whose will with within without won
            would wouldn y yeah yes yet you your yours yourself yourselves
            anyways apparently basically certainly currently definitely especially exactly generally
            honestly hopefully literally obviously possibly probably seriously simply somehow truly usually
            realistic realistically typically normally possible instead already among anymore perhaps almost another
            guys folks everybody hey hi hello
            hm hmm hmmm uh um umm oh nah jk alright yep nope ya yea huh wow welp fair hmph
            wondering wonder thinking think thought guess suppose feel feeling curious interested
            know knows tell told ask asking asked question questions help helps advice idea ideas
            tips tip opinion opinions thoughts
            currently recently nowadays today lately soon
            good great better bad nice cool big small lot lots many
            zero two three four five six seven eight nine ten eleven twelve fifteen twenty couple several
            st nd rd th
            stuff tl dr tldr eli imo imho fwiw afaik btw idk tbh ngl lmao
            haha hahaha hehe lmfao rofl xd sorry dumb stupid silly quick honest genuine
            son daughter kid kids child children friend friends wife husband partner mom mum dad mother father
            parent parents brother sister cousin boyfriend girlfriend colleague colleagues
            """),
        shorthand: [
            "ppl": ["people"], "engg": ["engineering"], "wat": ["what"], "wht": ["what"], "hw": ["how"],
            "wut": ["what"], "abt": ["about"], "bc": ["because"],
            "cuz": ["because"], "coz": ["because"], "thru": ["through"], "w": ["with"], "rn": ["right", "now"],
            "dont": ["do", "not"], "doesnt": ["does", "not"],
            "didnt": ["did", "not"], "cant": ["can", "not"], "wont": ["will", "not"], "isnt": ["is", "not"],
            "havent": ["have", "not"], "whats": ["what", "is"], "hows": ["how", "is"], "ive": ["i", "have"],
            "imma": ["i", "am", "going", "to"], "tryna": ["trying", "to"],
        ],
        idioms: Idioms([
            "of course": "", "make sense": "", "makes sense": "", "made sense": "", "making sense": "",
            "make it": "", "makes it": "", "made it": "", "making it": "", "make sure": "", "in order to": "to",
            "first of all": "", "first off": "", "at first": "", "for example": "", "for instance": "",
            "e g": "", "on the other hand": "", "on one hand": "", "on the one hand": "",
            "at the end of the day": "", "by the way": "", "in general": "", "at least": "",
            "at the moment": "", "so far": "", "as far as": "", "in terms of": "about",
            "when it comes to": "about", "figure out": "find", "thanks in advance": "thanks",
            "thank you in advance": "thank you", "in advance": "", "pay attention": "", "paying attention": "",
            "these days": "", "at the same time": "", "all the time": "", "long story short": "",
            "in a nutshell": "", "take a look": "", "have a look": "", "to be honest": "", "fair enough": "",
            "right away": "", "bottom line": "", "up to date": "current", "in the meantime": "",
            "no matter": "", "a bit": "", "a little bit": "", "out there": "", "pick up": "learn",
            "picking up": "learning", "picked up": "learned", "brush up on": "learn", "brush up": "learn",
            "eli 5": "explain", "waste of money": "not worth", "waste of time": "not worth", "asking for a friend": "",
            // Framings (and `withoutFramings`): how the asker frames the question, not what it asks about.
            "point of view": "view", "all things considered": "", "with that being said": "",
            "that being said": "", "having said that": "",
            // Too late, said in images.
            "missed the train": "too late", "missed the boat": "too late", "miss the train": "too late",
            "miss the boat": "too late", "late to the party": "too late", "ship has sailed": "too late",
            "boat has sailed": "too late", "late to the game": "too late",
            // Closings and openings of a forum post: politeness, not what is asked.
            "any advice would be appreciated": "", "any advice is appreciated": "", "any advice appreciated": "",
            "any help would be appreciated": "", "any help is appreciated": "", "any help appreciated": "",
            "any input would be appreciated": "", "any input is appreciated": "", "any input appreciated": "",
            "would love to hear your thoughts": "", "would love your thoughts": "", "thanks for reading": "",
            "sorry for the long post": "", "sorry for the wall of text": "", "long time lurker": "",
            "first time poster": "", "first post here": "",
            "quick question": "", "quick q": "", "honest question": "", "genuine question": "",
            "serious question": "", "random question": "", "dumb question": "", "stupid question": "",
            "noob question": "", "newbie question": "",
            // Options of a career are its paths, not stock options.
            "career options": "career paths", "job options": "career paths",
            // "step by step" asks for detail, not for the steps into a career.
            "step by step": "",
        ]),
        questionWords: ["what", "how", "which", "who", "why", "where", "when"],
        questionOpeners: ["should", "can", "do", "does", "is", "are", "will", "could", "would"],
        firstPerson: ["i", "im", "me", "my", "mine", "myself"],
        numberWords: [
            "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
            "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
            "couple": 2, "few": 3, "several": 4, "many": 8, "decade": 10,
        ],
        contractionHosts: ["what", "who", "where", "how", "that", "it", "there", "here", "when", "why", "which"],
        negations: ["not", "never", "no", "t", "dont", "nt", "without", "lack", "lacking", "zero"],
        careerNouns: [
            "engineering", "career", "careers", "field", "fields", "job", "jobs", "industry", "space", "world",
            "market", "work", "position", "positions", "people", "professionals", "practitioners", "expert",
            "experts", "specialist", "specialists", "experience", "related",
        ],
        enteringVerbs: [
            "learn", "learning", "study", "studying", "into", "pursue", "pursuing", "career", "enter", "entering",
            "started", "start", "starting", "master", "understand",
        ],
        requests: [
            ["any", "advice"], ["any", "tips"], ["any", "suggestions"], ["suggestions"], ["recommend"],
            ["please", "suggest"], ["advise"], ["your", "thoughts"], ["your", "opinion"], ["your", "advice"],
            ["explain"], ["tell", "me"], ["describe"],
        ],
        wishes: [
            "want", "wanna", "hope", "hoping", "plan", "planning", "aim", "aiming", "trying",
            "dream", "goal", "wish", "intend", "considering",
        ],
        interjections: [
            "hm", "hmm", "hmmm", "ok", "okay", "so", "oh", "well", "nah", "yeah", "yes", "no", "um", "umm", "uh",
            "alright", "cool", "right", "fair", "sure", "jk", "lol", "haha", "wait", "thanks", "thx", "got", "it",
            "great", "nice", "k", "hi", "hey", "hello", "yo",
        ],
        exclusions: [["besides"], ["apart", "from"], ["aside", "from"], ["other", "than"], ["except"]],
        titleNouns: [
            "engineer", "scientist", "researcher", "developer", "specialist", "architect", "manager", "analyst",
            "expert", "consultant", "lead", "mle", "practitioner", "professional", "person", "people",
        ],
        changeVerbs: [
            "transition", "transitioning", "switch", "switching", "pivot", "pivoting", "move", "moving", "change",
            "changing", "changer", "retrain", "retraining",
        ],
        toolNouns: [
            "stack", "tools", "skills", "skillset", "languages", "prerequisites", "requirements", "background",
            "roadmap", "tech",
        ])

    /// The words of `text`, split at spaces and line breaks (byte by byte: this runs at every start).
    private static func words(_ text: String) -> WordSet {
        let separated = text.utf8.split(whereSeparator: { $0 == 0x20 || $0 == 0x0A })
        var words = Set<String>(minimumCapacity: separated.count)
        for word in separated { words.insert(String(decoding: word, as: UTF8.self)) }
        return WordSet(words)
    }
}
