/// Applies the rule table to an analyzed question: finds its entities and stated years, scores every
/// rule, and returns the best reading.
struct IntentMatcher: Sendable {
    /// A rule with its cues analyzed. A class, so that scoring every rule for every question shares it
    /// instead of copying its tables.
    private final class CompiledRule: Sendable {
        let rule: IntentRule
        let cues: [Cue]
        /// The rule's entity bonuses in the order they are added (by kind name).
        let bonus: [(kind: EntityKind, score: Double)]

        init(rule: IntentRule, cues: [Cue]) {
            self.rule = rule
            self.cues = cues
            bonus = rule.bonus.sorted(by: { $0.key.rawValue < $1.key.rawValue }).map { ($0.key, $0.value) }
        }
    }

    /// A cue phrase as the analyzer reads it.
    struct Cue: Sendable, Hashable {
        var stems: [String]
        var text: String
        var weight: Double
    }

    /// What analysis makes of the rules and the knowledge's names, computed once (or restored from the
    /// built-in data): each rule's cues, the entity names, and the roles by their field.
    struct Compiled: Sendable, Hashable {
        /// Each rule's cues, in the table's order.
        var cues: [[Cue]]
        var names: [EntityRecognizer.Name]
        var fieldRoles: [[String]: String]
    }

    private let rules: [CompiledRule]
    /// (rule, cue) pairs by the cue's first stem: a question only tries the cues its words can start.
    private let cuesByFirstStem: WordTable<[(rule: Int, cue: Int)]>
    private let recognizer: EntityRecognizer
    /// Stage values in career order (by the years they cover; stages without years last).
    private let stages: [(stage: String, years: ClosedRange<Int>?)]
    /// A role's field, as its name without the title noun ("dl" of "deep learning engineer"), → the role.
    private let fieldRoles: [[String]: String]

    /// The knowledge's general subject, as its overview topic's id and folded names: in a comparison with
    /// one role ("AI engineer vs ML engineer") it stands for the other side.
    private let general: (topic: String, names: [[String]])?

    /// How much a cue counts when all its words are background (said in a sentence that does not ask).
    static let backgroundCueWeight = 0.5
    /// How much a cue counts when all its words are in a question after the post's first.
    static let laterQuestionCueWeight = 0.75

    /// The first career stage (where beginners and students are).
    var firstStage: String? { stages.first?.stage }

    /// Stems of the words that name our subjects: years spent doing anything else are not experience.
    private let domain: Set<String>

    init(knowledge: KnowledgeBase, analyzer: Analyzer, domain: Set<String> = [], table: [IntentRule] = IntentRule.table)
    {
        self.init(
            knowledge: knowledge, compiled: Self.compile(knowledge: knowledge, analyzer: analyzer, table: table),
            domain: domain, table: table)
    }

    /// The rules' cues, entity names and roles by field as `analyzer` reads them.
    static func compile(knowledge: KnowledgeBase, analyzer: Analyzer, table: [IntentRule] = IntentRule.table)
        -> Compiled
    {
        let cues = table.map { rule in
            // Cues that analyze alike ("become", "becoming") count once, with the larger weight.
            var byStems: [[String]: (text: String, weight: Double)] = [:]
            for (text, weight) in rule.cues.sorted(by: { $0.key < $1.key }) {
                let stems = analyzer.analyze(text).stems
                guard !stems.isEmpty else { continue }
                if let known = byStems[stems], known.weight >= weight { continue }
                byStems[stems] = (text, weight)
            }
            return byStems.sorted { $0.value.text < $1.value.text }.map {
                Cue(stems: $0.key, text: $0.value.text, weight: $0.value.weight)
            }
        }
        var fieldRoles: [[String]: String] = [:]
        for topic in knowledge.topics where topic.intent == .role {
            guard let role = topic.slots.role else { continue }
            for name in topic.names {
                let words = EntityRecognizer.folded(analyzer.analyze(name))
                guard words.count > 1, let last = words.last, Language.english.titleNouns.contains(last) else {
                    continue
                }
                fieldRoles[Array(words.dropLast())] = fieldRoles[Array(words.dropLast())] ?? role
            }
        }
        return Compiled(
            cues: cues, names: EntityRecognizer.names(knowledge: knowledge, analyzer: analyzer), fieldRoles: fieldRoles)
    }

    /// A matcher of `table`'s rules with their `compiled` cues, over `knowledge`'s stages.
    init(knowledge: KnowledgeBase, compiled: Compiled, domain: Set<String> = [], table: [IntentRule] = IntentRule.table)
    {
        self.domain = domain
        recognizer = EntityRecognizer(names: compiled.names)
        rules = zip(table, compiled.cues).map { CompiledRule(rule: $0, cues: $1) }
        var cuesByFirstStem: [String: [(rule: Int, cue: Int)]] = [:]
        for (ruleIndex, compiled) in rules.enumerated() {
            for (cueIndex, cue) in compiled.cues.enumerated() {
                cuesByFirstStem[cue.stems[0], default: []].append((ruleIndex, cueIndex))
            }
        }
        self.cuesByFirstStem = WordTable(cuesByFirstStem)
        fieldRoles = compiled.fieldRoles
        var stages: [(stage: String, years: ClosedRange<Int>?)] = []
        for topic in knowledge.topics {
            guard let stage = topic.slots.stage else { continue }
            if let index = stages.firstIndex(where: { $0.stage == stage }) {
                stages[index].years = stages[index].years ?? topic.years
            } else {
                stages.append((stage, topic.years))
            }
        }
        // The knowledge's general subject ("AI engineer"): its overview topic that names no entity.
        let general = knowledge.topics.first { $0.intent == .overview && $0.slots.isEmpty }
        self.general = general.map { topic in
            (topic.id, topic.names.map { Tokenizer.words($0).map(EntityRecognizer.folded) }.filter { !$0.isEmpty })
        }
        self.stages = stages.enumerated().sorted {
            ($0.element.years?.lowerBound ?? Int.max, $0.offset) < ($1.element.years?.lowerBound ?? Int.max, $1.offset)
        }.map(\.element)
    }

    /// Positions of the words that name the knowledge's general subject ("AI engineer") in `analysis`.
    func generalPositions(in analysis: Analysis) -> Set<Int> {
        guard let general else { return [] }
        let folded = EntityRecognizer.folded(analysis)
        var positions: Set<Int> = []
        for start in folded.indices {
            for name in general.names where folded[start...].starts(with: name) {
                positions.formUnion(start..<(start + name.count))
            }
        }
        return positions
    }

    /// Whether `analysis` names the general subject other than as one of `cues` (the overview rule's cue
    /// "ai engineer" is its evidence already).
    private func namesGeneral(in analysis: Analysis, besides cues: [String]) -> Bool {
        guard let general, !generalPositions(in: analysis).isEmpty else { return false }
        return !general.names.contains { cues.contains($0.joined(separator: " ")) }
    }

    /// Whether `analysis` speaks of the work itself: a word of the general subject's names ("AI", "AI
    /// engineer") or a word of a career or a job title ("career", "job", "engineer").
    func speaksOfWork(_ analysis: Analysis) -> Bool {
        let language = Language.english
        return EntityRecognizer.folded(analysis).contains { word in
            language.careerNouns.contains(word) || language.titleNouns.contains(word)
                || general?.names.contains { $0.contains(word) } == true
        }
    }

    /// Whether `area` is named as a field ("machine learning", "data science"), not as a tool or a subject
    /// of study ("Java", "statistics").
    static func isFieldName(_ area: Entity, in analysis: Analysis) -> Bool {
        guard area.length > 0, let head = EntityRecognizer.folded(analysis)[area.span].last else { return false }
        return fieldHeads.contains(head)
    }

    /// Positions of every word of a name of ours in `analysis`, repeated mentions included.
    func namedPositions(in analysis: Analysis) -> Set<Int> { recognizer.namedPositions(in: analysis) }

    /// Reads `analysis`. Slots the question leaves open are taken from `context` (the conversation's),
    /// and a role in play joins a single named role, so "how is that different from X?" compares.
    ///
    /// `recognized` is what `recognize(_:)` made of the same analysis (a question read again in its
    /// conversation is recognized once).
    func read(_ analysis: Analysis, inheriting context: Slots? = nil, recognized: Recognition? = nil) -> Reading {
        let recognition = recognized ?? recognize(analysis)
        var entities = recognition.entities
        let years = recognition.years
        var slots = Slots()
        for entity in entities where slots[entity.kind] == nil {
            slots[entity.kind] = entity.value
        }
        // A skill area named as a field of work or study ("a career in ML", "ML engineering", "learn deep
        // learning") is the subject of a career, not the skill asked about: only rules that read fields
        // take it, without the area's bonus.
        var field: String?
        let areas = entities.filter { $0.kind == .area }
        if let first = areas.first, Self.namesField(first, in: analysis) {
            field = first.value
            slots.area = areas.dropFirst().first { !Self.namesField($0, in: analysis) }?.value
        }
        // So is a role named by its field alone ("learn about deep learning", "get into NLP"): the
        // question is about the field, not that job. (A career in the field is that job: "skills for a
        // career in NLP" are an NLP engineer's.)
        let roles = entities.filter { $0.kind == .role }
        if roles.count == 1, let role = roles.first, slots.role == role.value, !Self.namesTitle(role),
            Self.enteredAfter(role, words: analysis.words.map(\.text)),
            !analysis.words[max(0, role.position - 3)..<role.position].contains(where: { $0.text == "career" })
        {
            slots.role = nil
        }
        if slots.stage == nil, let years {
            slots.stage = stages.first { $0.years?.contains(years) ?? false }?.stage
        }
        // Two stages named: "from junior to senior" asks about the path; otherwise ("experienced engineers
        // become consultants") the later stage is the one asked about.
        let named = Set(entities.filter { $0.kind == .stage }.map(\.value))
        if named.count > 1 {
            let words = Set(analysis.words.map(\.text))
            slots.stage = words.contains("from") ? nil : stages.last { named.contains($0.stage) }?.stage
        }
        var inherited: [EntityKind] = []
        if let context {
            for kind in EntityKind.allCases where slots[kind] == nil && context[kind] != nil {
                if kind == .area && field != nil { continue }
                slots[kind] = context[kind]
                inherited.append(kind)
            }
            let roles = entities.filter { $0.kind == .role }.map(\.value)
            if roles.count == 1, let role = context.role, role != roles[0] {
                entities.append(Entity(kind: .role, value: role, words: "", position: analysis.words.count, length: 0))
            }
        }
        let present = recognition.present
        let inBackground = { (range: Range<Int>) in range.allSatisfy { analysis.words[$0].isBackground } }
        // In a comparison, a field named like a role's ("deep learning vs machine learning") stands for it.
        // Only a plain comparison cue ("difference", "vs"), not a bare "or".
        let compares = rules.indices.contains { index in
            rules[index].rule.minimumRoles >= 2 && present[index].contains { rules[index].cues[$0.cue].weight >= 1.5 }
        }
        // Roles the question names itself, by title or name (not in play, not by their field).
        let namedRoles = entities.filter { $0.kind == .role && $0.length > 0 }.count
        if compares, entities.filter({ $0.kind == .role }).count < 2 {
            let folded = EntityRecognizer.folded(analysis)
            for area in entities where area.kind == .area {
                guard let role = fieldRoles[Array(folded[area.span])],
                    !entities.contains(where: { $0.kind == .role && $0.value == role })
                else { continue }
                entities.append(
                    Entity(kind: .role, value: role, words: area.words, position: area.position, length: area.length))
            }
        }
        // …and the general subject does, against a role named as such ("what's the difference between an AI
        // engineer and an ML engineer"; not "ML algorithms as an AI engineer: supervised vs unsupervised").
        // Named, it stands before a role in play.
        if compares, namedRoles == 1, entities.filter({ $0.kind == .role && $0.length > 0 }).count == 1, let general {
            let folded = EntityRecognizer.folded(analysis)
            for start in folded.indices {
                guard let name = general.names.first(where: { folded[start...].starts(with: $0) }) else { continue }
                let words = analysis.words[start..<(start + name.count)].map(\.text).joined(separator: " ")
                entities.removeAll { $0.kind == .role && $0.length == 0 }
                entities.append(
                    Entity(kind: .role, value: general.topic, words: words, position: start, length: name.count))
                break
            }
        }
        let roleCount = entities.filter { $0.kind == .role }.count
        // A stage's job named by its title ("data scientist", "data engineers") is a side of a comparison
        // too: "data scientist or ML engineer?" sets two jobs side by side. (With fewer than two of our roles
        // the composer leaves the answer to retrieval, which finds the topic that holds both.)
        let sides = roleCount + entities.filter { $0.kind == .stage && $0.length > 0 && Self.namesTitle($0) }.count
        // Kinds named in a sentence that asks (or in play, or placed by stated years). One named only in a
        // post's background ("newbie here. what's an AI engineer?") fills its slot, but neither rules out
        // a rule nor earns a rule its bonus in full.
        var asked = recognition.asked.union(inherited)
        if years != nil { asked.insert(.stage) }
        if entities.contains(where: { $0.length == 0 }) { asked.insert(.role) }
        var scored: [(intent: Intent, score: Double, cueScore: Double, cues: [String])] = []
        for (ruleIndex, compiled) in rules.enumerated() {
            let rule = compiled.rule
            var needed = slots
            if rule.readsFields, needed.area == nil { needed.area = field }
            guard rule.requires.allSatisfy({ needed[$0] != nil }),
                !rule.excludes.contains(where: { slots[$0] != nil && asked.contains($0) }),
                sides >= rule.minimumRoles
            else { continue }
            var score = 0.0
            var found: [String] = []
            var covered: Set<Int> = []
            for (cueIndex, range) in present[ruleIndex] {
                let cue = compiled.cues[cueIndex]
                let later = range.allSatisfy { analysis.words[$0].isLaterQuestion }
                score +=
                    cue.weight
                    * (inBackground(range) ? Self.backgroundCueWeight : later ? Self.laterQuestionCueWeight : 1)
                found.append(cue.text)
                if rule.alone { covered.formUnion(range) }
            }
            let cueScore = score
            if !rule.anchors.isEmpty && rule.anchors.isDisjoint(with: found) { continue }
            if let stage = slots.stage, stage != stages.first?.stage { score += rule.laterStageBonus }
            if rule.alone {
                // Small talk only when it names nothing of ours: no entity, and no word that names one of
                // our subjects besides its cues ("cheers mate, appreciated" thanks; "hi, what's the pay
                // like" asks; "translate 'good morning'" is about translation). Other words ("there",
                // "around", "mate") are chat.
                let ours = analysis.words.indices.contains { index in
                    let word = analysis.words[index]
                    return !word.isStopword && !covered.contains(index) && domain.contains(word.stem)
                }
                // A greeting, besides, asks nothing else: "hey, how do I make pancakes" is a question, greeted.
                // (Thanks may say what for: "thank you for the detailed answer".)
                // (Introductions are not: "hello, my name is Sarah Jones", "hey, I'm Maria from Spain".)
                let introduces = analysis.words.contains { ["name", "m", "im", "am"].contains($0.text) }
                let others = analysis.words.indices.filter { index in
                    let word = analysis.words[index]
                    return !word.isStopword && !covered.contains(index) && !(introduces && word.isName)
                        && word.text != "name" && !Language.english.interjections.contains(word.text)
                }
                guard !found.isEmpty, entities.isEmpty, !ours, rule.intent != .greeting || others.count < 2 else {
                    continue
                }
            } else {
                for (kind, bonus) in compiled.bonus where slots[kind] != nil {
                    score += bonus * (asked.contains(kind) ? 1 : Self.backgroundCueWeight)
                    if bonus > 0, recognition.questioned.contains(kind) { score += bonus }
                }
                if rule.minimumRoles > 0 { score += 1 }
            }
            if score > 0 { scored.append((rule.intent, score, cueScore, found)) }
        }
        // On a tie, the rule the question's words cue outranks one that only its entities earn.
        let ranked = scored.enumerated().sorted {
            ($0.element.score, $0.element.cueScore, -$0.offset) > ($1.element.score, $1.element.cueScore, -$1.offset)
        }.map(\.element)
        let best = ranked.first
        if let best, slots.area == nil, let field,
            rules.contains(where: { $0.rule.intent == best.intent && $0.rule.readsFields })
        {
            slots.area = field
        }
        if let best, let rule = rules.first(where: { $0.rule.intent == best.intent })?.rule,
            !rule.progression.isDisjoint(with: best.cues), let stage = slots.stage,
            // "after 3 years" places the asker by the years; "after mid level" asks for the next stage.
            entities.contains(where: { $0.kind == .stage && $0.value == stage }) || inherited.contains(.stage),
            // "move into a senior role" names where to go, not where one is.
            !entities.filter({ $0.kind == .stage && $0.value == stage }).contains(where: {
                Self.isDestination($0, in: analysis)
            }),
            let position = stages.firstIndex(where: { $0.stage == stage }), position + 1 < stages.count
        {
            slots.stage = stages[position + 1].stage
        }
        return Reading(
            intent: best?.intent, score: best?.score ?? 0, cues: best?.cues ?? [], cueScore: best?.cueScore ?? 0,
            inherited: inherited, entities: entities,
            namesGeneral: namesGeneral(in: analysis, besides: best?.cues ?? []),
            years: years, slots: slots,
            alternatives: ranked.dropFirst().prefix(3).map { .init(intent: $0.intent, score: $0.score) })
    }

    /// What a question names and cues whatever the conversation: its entities, the years it states, and
    /// every rule's cues present.
    struct Recognition {
        var entities: [Entity]
        /// Kinds of entity named at least once in a sentence that asks (not only in a post's background).
        var asked: Set<EntityKind>
        /// Kinds of entity the question asks for by name: right after "which" ("which cloud provider",
        /// "which entry-level jobs"), or a skill area right after "what" ("what math"; "what ML engineers
        /// make" asks what they make): the rules that speak of that kind earn their bonus twice.
        var questioned: Set<EntityKind> = []
        var years: Int?
        /// Every cue present, per rule, with the words it covers (first occurrence), in cue order.
        var present: [[(cue: Int, range: Range<Int>)]]
    }

    func recognize(_ analysis: Analysis) -> Recognition {
        let stems = analysis.stems
        // Every cue present, per rule, with the words it covers (its first occurrence in a sentence that
        // asks, or else its first).
        var present = [[(cue: Int, range: Range<Int>)]](repeating: [], count: rules.count)
        let inBackground = { (range: Range<Int>) in range.allSatisfy { analysis.words[$0].isBackground } }
        for (position, stem) in stems.enumerated() {
            for (ruleIndex, cueIndex) in cuesByFirstStem[stem] ?? [] {
                let known = present[ruleIndex].firstIndex { $0.cue == cueIndex }
                if let known, !inBackground(present[ruleIndex][known].range) { continue }
                let phrase = rules[ruleIndex].cues[cueIndex].stems
                // A cue that opens a yes/no question ("should I…", "is there…") asks something else after a
                // question word ("what should I do", "what is there").
                if phrase.count > 1, position > 0, Language.english.questionOpeners.contains(phrase[0]),
                    Language.english.questionWords.contains(analysis.words[position - 1].text)
                {
                    continue
                }
                if let range = Self.match(phrase, in: stems, at: position), known == nil || !inBackground(range) {
                    if let known {
                        present[ruleIndex][known].range = range
                    } else {
                        present[ruleIndex].append((cueIndex, range))
                    }
                }
            }
        }
        for index in present.indices where present[index].count > 1 { present[index].sort { $0.cue < $1.cue } }
        // A skill set aside ("besides knowing Python, what skills…") is not one the question asks about.
        // (A role set aside still names one: "what jobs are there besides ML engineer" lists the others.)
        var mentions = recognizer.mentions(in: analysis)
        if mentions.contains(where: { $0.kind == .area }) {
            let words = analysis.words.map(\.text)
            let setAside = Language.english.exclusions.flatMap { phrase in
                words.indices.filter { words[$0...].starts(with: phrase) }.map { $0 + phrase.count }
            }
            mentions.removeAll { mention in
                mention.kind == .area && setAside.contains { mention.position >= $0 && mention.position <= $0 + 3 }
            }
        }
        // A field with a job title after it ("machine learning scientist", "NLP researcher", "computer vision
        // developer") names the field's role, whatever the title word.
        if mentions.contains(where: { $0.kind == .area }) {
            let folded = EntityRecognizer.folded(analysis)
            for index in mentions.indices where mentions[index].kind == .area {
                let mention = mentions[index]
                let next = mention.position + mention.length
                guard next < folded.count, Language.english.titleNouns.contains(folded[next]),
                    let role = fieldRoles[Array(folded[mention.span])]
                else { continue }
                let words = mention.words + " " + analysis.words[next].text
                mentions[index] = Entity(
                    kind: .role, value: role, words: words, position: mention.position, length: mention.length + 1)
            }
        }
        let questioned = mentions.filter { mention in
            !inBackground(mention.span) && Self.isAskedFor(mention, in: analysis)
        }
        // Of several subjects of one kind, the one asked for comes first and fills the slot ("for those in
        // the data science industry — how much math do you need?" asks about math).
        for mention in questioned {
            guard let first = mentions.firstIndex(where: { $0.kind == mention.kind }),
                let at = mentions.firstIndex(of: mention), at > first
            else { continue }
            mentions.remove(at: at)
            mentions.insert(mention, at: first)
        }
        return Recognition(
            entities: EntityRecognizer.distinct(mentions),
            asked: Set(mentions.filter { !inBackground($0.span) }.map(\.kind)),
            questioned: Set(questioned.map(\.kind)),
            years: YearsReader.years(in: analysis, domain: domain), present: present)
    }

    /// Whether a question asks for the thing `mention` names: "which" before it ("which cloud provider",
    /// "which of the entry-level jobs"), "what" with a verb of being between ("what are some adjacent
    /// entry-level jobs"), or a skill area after "what" with a small word at most between ("what math";
    /// "what ML engineers make" asks what they make). Up to three small or unnamed words may come between.
    static func isAskedFor(_ mention: Entity, in analysis: Analysis) -> Bool {
        var being = false
        for gap in 1...4 where mention.position >= gap {
            let word = analysis.words[mention.position - gap]
            if word.text == "which" { return true }
            // "how much math", "how many languages".
            if word.text == "much" || word.text == "many" {
                return mention.position - gap > 0 && analysis.words[mention.position - gap - 1].text == "how"
            }
            if word.text == "what" {
                return being || (gap <= 2 && mention.kind == .area)
            }
            if word.text == "is" || word.text == "are" { being = true }
            // (A word between may be small or an adjective, not another subject of ours.)
            if !word.isStopword && word.isKnown { return false }
        }
        return false
    }

    /// Whether `stage` is named as where one moves to: right after "into" or "to" ("move into a senior
    /// role", "get to senior"), articles aside.
    static func isDestination(_ stage: Entity, in analysis: Analysis) -> Bool {
        var position = stage.position - 1
        while position >= 0, ["a", "an", "the"].contains(analysis.words[position].text) { position -= 1 }
        return position >= 0 && ["into", "to"].contains(analysis.words[position].text)
    }

    /// Whether `area` is named as a field of work or study: followed by a career noun ("ML engineering",
    /// "deep learning jobs") or shortly after a verb of learning or entering ("learn about ML", "get into
    /// deep learning", "a career in NLP").
    /// (A tool or a subject of study is no field: "learn PyTorch", "learn statistics" name the skill.)
    static func namesField(_ area: Entity, in analysis: Analysis) -> Bool {
        let words = analysis.words.map(\.text)
        let language = Language.english
        if area.span.upperBound < words.count, language.careerNouns.contains(words[area.span.upperBound]) {
            return true
        }
        guard let head = words[area.span].last, fieldHeads.contains(head) else { return false }
        if enteredAfter(area, words: words, alsoAfter: language.careerNouns) { return true }
        // "the tech stack for machine learning", "skills for deep learning": what the field needs.
        let before = words[..<area.position].suffix(3)
        return before.last == "for" && before.dropLast().contains(where: language.toolNouns.contains)
    }

    /// Last words of the names of fields of work ("machine learning" is read "ml", "data science").
    private static let fieldHeads: Set<String> = [
        "ml", "dl", "nlp", "cv", "rl", "ai", "learning", "science", "engineering", "intelligence", "vision",
        "processing", "analytics",
    ]

    /// Small words that may come between a verb of learning or entering and its object.
    private static let smallWords: Set<String> = ["about", "more", "in", "the", "a", "an", "to", "of", "with"]

    /// Whether `entity` is the object of a verb of learning or entering ("learn about ML", "get into NLP"),
    /// or of one of `nouns` ("a career in NLP"), with at most two small words between.
    static func enteredAfter(_ entity: Entity, words: [String], alsoAfter nouns: WordSet = []) -> Bool {
        let language = Language.english
        var position = entity.position - 1
        var skipped = 0
        while position >= 0, skipped < 2,
            smallWords.contains(words[position])
        {
            position -= 1
            skipped += 1
        }
        guard position >= 0 else { return false }
        if language.enteringVerbs.contains(words[position]) {
            // "Do I need to learn RL?", "must I understand calculus": a requirement asked about, not a field —
            // unless what is needed is named before ("what skills do you need to learn ML": the field).
            let before = words[max(0, position - 3)..<position]
            let requires = before.contains {
                ["need", "needs", "must", "required", "necessary", "essential"].contains($0)
            }
            return !requires || words[..<position].contains(where: language.toolNouns.contains)
        }
        return skipped > 0 && nouns.contains(words[position])
    }

    /// Whether `role` is named by a job title ("NLP engineer"), not by its field alone ("NLP").
    static func namesTitle(_ role: Entity) -> Bool {
        guard let last = role.words.split(separator: " ").last else { return true }
        let word = last.hasSuffix("s") ? String(last.dropLast()) : String(last)
        return Language.english.titleNouns.contains(word) || Language.english.titleNouns.contains(String(last))
    }

    /// The words `phrase` covers when it starts at `start` in `stems`: its words in order, with at most
    /// one other word between two of them ("which AI role" holds the cue "which role").
    static func match(_ phrase: [String], in stems: [String], at start: Int) -> Range<Int>? {
        guard stems[start] == phrase.first else { return nil }
        var position = start
        for word in phrase.dropFirst() {
            if position + 1 < stems.count, stems[position + 1] == word {
                position += 1
            } else if position + 2 < stems.count, stems[position + 2] == word {
                position += 2
            } else {
                return nil
            }
        }
        return start..<(position + 1)
    }
}
