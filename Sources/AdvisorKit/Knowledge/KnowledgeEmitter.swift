/// Writes a knowledge base as Swift source, so the default knowledge is compiled into the binary and
/// start-up parses nothing. `embed-knowledge` runs it; a test checks the committed output is fresh.
public enum KnowledgeEmitter {
    public static func swiftSource(_ knowledge: KnowledgeBase) -> String {
        var out = """
            // swift-format-ignore-file
            // Generated from Knowledge/ by `make knowledge` (swift run embed-knowledge). Do not edit.
            import AdvisorKit

            extension KnowledgeBase {
                /// The advisor's own knowledge, compiled in.
                public static let embedded = KnowledgeBase(
                    topics: embeddedTopics(), lexicon: embeddedLexicon(), about: embeddedAbout())
            }

            private func embeddedAbout() -> About {

            """
        let about = knowledge.about
        func optional(_ text: String?) -> String { text.map(literal) ?? "nil" }
        out += "    About(\n        name: \(optional(about.name)), covers: \(optional(about.covers)),\n"
        out += "        greeting: \(optional(about.greeting)),\n        examples: \(list(about.examples)),\n"
        out += "        threshold: \(about.threshold.map { "\($0)" } ?? "nil"))\n}\n\n"
        out += "private func embeddedLexicon() -> Lexicon {\n    var synonyms: [String: [String]] = [:]\n"
        for (term, words) in knowledge.lexicon.synonyms.sorted(by: { $0.key < $1.key }) {
            out += "    synonyms[\(literal(term))] = \(list(words))\n"
        }
        let lexicon = knowledge.lexicon
        out += "    return Lexicon(\n        synonyms: synonyms, ambiguous: \(list(lexicon.ambiguous)),\n"
        out += "        outside: \(list(lexicon.outside)))\n}\n\n"
        out += "private func embeddedTopics() -> [Topic] {\n    var topics: [Topic] = []\n"
        for topic in knowledge.topics {
            let intent = topic.intent.map { "Intent(rawValue: \(literal($0.rawValue)))" } ?? "nil"
            let years = topic.years.map { "\($0.lowerBound)...\($0.upperBound)" } ?? "nil"
            let slots = EntityKind.allCases.map { "\($0.rawValue): \(topic.slots[$0].map(literal) ?? "nil")" }
            out += """
                    topics.append(
                        Topic(
                            id: \(literal(topic.id)), title: \(literal(topic.title)), intent: \(intent),
                            origin: Topic.Origin(rawValue: \(literal(topic.origin.rawValue)))!,
                            slots: Slots(\(slots.joined(separator: ", "))),
                            names: \(list(topic.names)), years: \(years),
                            questions: \(list(topic.questions)),
                            keywords: \(list(topic.keywords)),
                            skills: \(list(topic.skills)),
                            followups: \(list(topic.followups)),
                            body: \(literal(topic.body)),
                            file: \(literal(topic.file))))

                """
        }
        out += "    return topics\n}\n"
        return out
    }

    private static func list(_ items: [String]) -> String {
        "[" + items.map(literal).joined(separator: ", ") + "] as [String]"
    }

    /// A Swift string literal for `text`, escaped so that any content survives.
    static func literal(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += "\\u{\(String(scalar.value, radix: 16))}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}

extension KnowledgeEmitter {
    /// The knowledge compiled for answering (`CompiledKnowledge`), encoded in a string literal: the engine
    /// over the built-in knowledge restores it instead of analyzing every topic at start.
    public static func compiledSource(_ compiled: CompiledKnowledge) -> String {
        """
        // swift-format-ignore-file
        // Generated from Knowledge/ by `make knowledge` (swift run embed-knowledge). Do not edit.
        import AdvisorKit

        extension CompiledKnowledge {
            /// The built-in knowledge compiled for answering, encoded (`CompiledKnowledge.encoded()`).
            public static let embeddedText = \(multilineLiteral(compiled.encoded()))
        }

        """
    }

    /// A multi-line Swift string literal for `text`, in ASCII alone: its lines (of at most about
    /// `lineLength` characters) are joined by escaped line breaks, so they add nothing to the string; every
    /// quote, backslash, control character and non-ASCII scalar is escaped.
    static func multilineLiteral(_ text: String, lineLength: Int = 100) -> String {
        var out = "\"\"\"\n"
        var column = 0
        for scalar in text.unicodeScalars {
            let escaped: String
            switch scalar {
            case "\\": escaped = "\\\\"
            case "\"": escaped = "\\\""
            case "\n": escaped = "\\n"
            case "\r": escaped = "\\r"
            case "\t": escaped = "\\t"
            case "\0": escaped = "\\0"
            // A space is escaped too: a line never ends in one before its escaped break.
            case " ": escaped = column + 1 >= lineLength ? "\\u{20}" : " "
            default:
                escaped =
                    scalar.value < 0x20 || scalar.value >= 0x7F
                    ? "\\u{\(String(scalar.value, radix: 16))}" : String(scalar)
            }
            out += escaped
            column += escaped.utf8.count
            if column >= lineLength {
                out += "\\\n"
                column = 0
            }
        }
        return out + "\n\"\"\""
    }
}
