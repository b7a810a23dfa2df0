/// Finds the roles, stages and skill areas a question names, from the names the knowledge declares.
///
/// Names are matched word for word after the analyzer's synonyms, with plurals folded and longest name
/// first: "lead machine learning engineers" finds the senior stage's "lead machine learning engineer",
/// and "ML engineers" the role "machine learning engineer". Not by stem: a "data engineer" (a job) is not
/// "data engineering" (a skill), though Snowball stems both to "data engin".
struct EntityRecognizer: Sendable {
    /// One name of an entity, as folded words.
    struct Name: Sendable, Hashable {
        var stems: [String]
        var kind: EntityKind
        var value: String
    }
    /// Names by their first word, longest first.
    private let names: WordTable<[Name]>

    init(knowledge: KnowledgeBase, analyzer: Analyzer) {
        self.init(names: Self.names(knowledge: knowledge, analyzer: analyzer))
    }

    /// A recognizer of `names`, given in the order `names(knowledge:analyzer:)` returns them.
    init(names list: [Name]) {
        var names: [String: [Name]] = [:]
        for name in list { names[name.stems[0], default: []].append(name) }
        self.names = WordTable(names)
    }

    /// Every name the knowledge declares for its entities, analyzed and folded: grouped by first word (in
    /// the order of those words), longest first within a group, else in the knowledge's order.
    static func names(knowledge: KnowledgeBase, analyzer: Analyzer) -> [Name] {
        var names: [String: [Name]] = [:]
        var seen: Set<[String]> = []
        for topic in knowledge.topics {
            for kind in EntityKind.allCases {
                guard let value = topic.slots[kind] else { continue }
                for name in topic.names {
                    let stems = Self.folded(analyzer.analyze(name))
                    guard let first = stems.first, seen.insert(stems + [kind.rawValue, value]).inserted else {
                        continue
                    }
                    names[first, default: []].append(Name(stems: stems, kind: kind, value: value))
                }
            }
        }
        return names.keys.sorted().flatMap { key in names[key]!.sorted { $0.stems.count > $1.stems.count } }
    }

    /// The analysis's words with plurals folded ("engineers" → "engineer", "specialties" → "specialty").
    /// An ambiguous word settled as not ours ("a good CV for a teaching job") names nothing.
    static func folded(_ analysis: Analysis) -> [String] {
        analysis.words.map { word in
            word.isAmbiguous && !word.isKnown ? "?" + word.text : folded(word.text)
        }
    }

    /// One word with its plural folded. Printable ASCII (almost every word) is read byte by byte.
    static func folded(_ text: String) -> String {
        let bytes = text.utf8
        if isPrintableASCII(text) {
            let count = bytes.count
            guard count > 3, bytes.last == UInt8(ascii: "s") else { return text }
            let before = bytes[bytes.index(bytes.endIndex, offsetBy: -2)]
            if count > 4, before == UInt8(ascii: "e"),
                bytes[bytes.index(bytes.endIndex, offsetBy: -3)] == UInt8(ascii: "i")
            {
                return String(decoding: bytes.dropLast(3), as: UTF8.self) + "y"
            }
            return before == UInt8(ascii: "s") ? text : String(decoding: bytes.dropLast(), as: UTF8.self)
        }
        if text.count > 4, text.hasSuffix("ies") { return String(text.dropLast(3)) + "y" }
        if text.count > 3, text.hasSuffix("s"), !text.hasSuffix("ss") { return String(text.dropLast()) }
        return text
    }

    /// Whether every byte of `text` is printable ASCII, spaces aside (over its contiguous bytes).
    private static func isPrintableASCII(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in bytes.allSatisfy { $0 > 0x20 && $0 < 0x7F } }
    }

    /// Positions of every word that is part of a name of ours, repeated mentions included ("senior AI
    /// architects" names the senior stage twice).
    func namedPositions(in analysis: Analysis) -> Set<Int> {
        let stems = Self.folded(analysis)
        var positions: Set<Int> = []
        for index in stems.indices {
            for name in names[stems[index]] ?? [] where index + name.stems.count <= stems.count {
                if stems[index..<(index + name.stems.count)].elementsEqual(name.stems) {
                    positions.formUnion(index..<(index + name.stems.count))
                }
            }
        }
        return positions
    }

    /// `mentions` with each entity kept once, where first named: the entities a question names, in order.
    /// A phrase that names two entities (of different kinds) yields both.
    static func distinct(_ mentions: [Entity]) -> [Entity] {
        var found: [Entity] = []
        for entity in mentions where !found.contains(where: { $0.kind == entity.kind && $0.value == entity.value }) {
            found.append(entity)
        }
        return found
    }

    /// Every mention of an entity in `analysis`, repeated ones included, in order.
    func mentions(in analysis: Analysis) -> [Entity] {
        let stems = Self.folded(analysis)
        var found: [Entity] = []
        var index = 0
        while index < stems.count {
            guard let candidates = names[stems[index]] else {
                index += 1
                continue
            }
            var matchedLength = 0
            for name in candidates where index + name.stems.count <= stems.count {
                if matchedLength > name.stems.count { break }
                guard stems[index..<(index + name.stems.count)].elementsEqual(name.stems) else { continue }
                matchedLength = name.stems.count
                let words = analysis.words[index..<(index + matchedLength)].map(\.text).joined(separator: " ")
                let entity = Entity(
                    kind: name.kind, value: name.value, words: words, position: index, length: matchedLength)
                found.append(entity)
            }
            index += max(matchedLength, 1)
        }
        return found
    }
}
