/// Finds the roles, stages and skill areas a question names, from the names the knowledge declares.
///
/// Names are matched word for word after the analyzer's synonyms, with plurals folded and longest name
/// first: "lead machine learning engineers" finds the senior stage's "lead machine learning engineer",
/// and "ML engineers" the role "machine learning engineer". Not by stem: a "data engineer" (a job) is not
/// "data engineering" (a skill), though Snowball stems both to "data engin".
struct EntityRecognizer: Sendable {
    private struct Name: Sendable {
        var stems: [String]
        var kind: EntityKind
        var value: String
    }
    private var names: [String: [Name]] = [:]
    private var longest = 1

    init(knowledge: KnowledgeBase, analyzer: Analyzer) {
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
                    longest = max(longest, stems.count)
                }
            }
        }
        for key in names.keys {
            names[key]!.sort { $0.stems.count > $1.stems.count }
        }
    }

    /// The analysis's words with plurals folded ("engineers" → "engineer", "specialties" → "specialty").
    /// An ambiguous word settled as not ours ("a good CV for a teaching job") names nothing.
    static func folded(_ analysis: Analysis) -> [String] {
        analysis.words.map { word in
            let text = word.text
            if word.isAmbiguous && !word.isKnown { return "?" + text }
            if text.count > 4, text.hasSuffix("ies") { return String(text.dropLast(3)) + "y" }
            if text.count > 3, text.hasSuffix("s"), !text.hasSuffix("ss") { return String(text.dropLast()) }
            return text
        }
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

    /// The entities in `analysis`, in the order they appear. A phrase that names two entities (of
    /// different kinds) yields both.
    func entities(in analysis: Analysis) -> [Entity] {
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
                if !found.contains(where: { $0.kind == entity.kind && $0.value == entity.value }) {
                    found.append(entity)
                }
            }
            index += max(matchedLength, 1)
        }
        return found
    }
}
