import Foundation

/// Every constant of the decision to answer or to decline, in one value.
///
/// Confidence is the product of two shares: how plainly the question asks (the rule's evidence, or how
/// much of it the best passage holds) and how much of the question the knowledge knows (the unknown-word
/// penalty). Below `threshold` the advisor declines. `career-advisor calibrate` chooses the threshold and
/// the weights on labelled sets and prints what it chose; `standard` holds its last choice.
public struct ConfidencePolicy: Sendable, Hashable {
    /// Below this confidence the advisor declines.
    public var threshold = 0.65
    /// Weight of an unknown content word (a name, a typo nobody could fix) against each known one.
    public var unknownWeight = 1.0
    /// Weight of an ordinary English word the knowledge does not use ("side", "bump", "life").
    public var ordinaryWeight = 0.75
    /// Weight of an ordinary word in a follow-up while one of our subjects is in play ("hm and the math
    /// side?"): such a word is rarely a new subject.
    public var followUpOrdinaryWeight = 0.4
    /// Weight of a known word that names none of our subjects ("started", "take"), as evidence that the
    /// question is ours; a word that names one (a title, a name, a keyword) weighs 1.
    public var generalWordWeight = 0.5
    /// Weight of a word the lexicon calls outside (a dentist, a résumé): likely the subject.
    public var outsideWeight = 3.0
    /// Weight of an outside word said aside: the asker's own job ("accountant here") or the foil of an
    /// alternative ("…or just in interviews").
    public var asideWeight = 0.5
    /// Weight of an outside word in a question about getting started ("I'm a teacher, can I become…").
    public var changerOutsideWeight = 2.0
    /// A question declined as typed is answered from a reading that mends real words ("nlp sills" as
    /// "nlp skills") only at this confidence: changing what the user typed needs a sure reading.
    public var mendedThreshold = 0.9
    /// Rule evidence (cue weights plus entity bonuses) at which the rules are sure.
    public var certainEvidence = 2.5
    /// Evidence a named entity adds to the rule's score.
    public var entityEvidence = 0.5
    /// Retrieval score at which the best passage counts in full.
    public var fullScore = 0.6
    /// How much retrieval confidence follows the share of the best topic's own naming (title, names,
    /// keywords) that the question holds: confidence is scaled by that share to this power. 0 (the
    /// standard) ignores it; self-calibration may choose more for a knowledge base whose questions name
    /// their topic (`ThresholdCalibration`).
    public var namingExponent = 0.0
    /// How much retrieval confidence falls as the next topics come near the first: confidence is scaled
    /// by `1 - runnerUpWeight × runner-up` (`runnerUp(_:)`: the next topics' mean relevance as a share of the
    /// first's). A question a topic answers usually stands apart from the others; one the knowledge lacks,
    /// sharing only its general words, finds several topics about as close. 0 (the standard) ignores it;
    /// self-calibration may choose more (`ThresholdCalibration`).
    public var runnerUpWeight = 0.0
    /// How many topics after the first the runner-up averages (1 to `mostRunnersUp`).
    public var runnersUp = 1
    /// How retrieval ranks topics: the standard is the index's own order; self-calibration may blend in
    /// more of the whole topic and of the spelling (`RetrievalBlend`).
    public var blend = RetrievalBlend.standard
    /// Retrieval overrides the rules when its best passage scores at least this…
    public var overrideScore = 0.7
    /// …holds at least this share of the question…
    public var overrideCoverage = 0.8
    /// …and leads the rule's best topic by at least this much.
    public var overrideLead = 0.3
    /// The sentences of a post that ask decide alone when they name one of our subjects or their cue words
    /// weigh at least this (and the reading is sure enough to answer).
    public var plainCue = 2.0
    /// A rule reading whose cue words weigh less than this asks faintly…
    public var faintCue = 3.0
    /// …and then a passage of another topic scoring this many times the rule topic's passage answers…
    public var preferredLead = 1.25
    /// …if it scores at least this and holds at least this share of the question (one shared word, "career
    /// options" against "stock options", is no closer passage).
    public var preferredScore = 0.3
    public var preferredCoverage = 0.5
    /// Retrieval order: a role's own topic when the question names no role is scored this much lower…
    public var unnamedRoleFactor = 0.75
    /// …a topic about another role than the one asked about or in play, this much…
    public var otherRoleFactor = 0.5
    /// …and a topic about another entity the question does not name, this much.
    public var unnamedEntityFactor = 0.85

    public init() {}

    /// The policy `career-advisor calibrate` chose for the built-in knowledge.
    public static let standard = ConfidencePolicy()

    /// Whether an answer this sure is given.
    public func answers(_ confidence: Double) -> Bool { confidence >= threshold }

    /// Confidence in a rule's reading: its evidence (score, plus a bonus when it names an entity) as a share
    /// of certain evidence, times the unknown-word `penalty`. A question of nothing but our names is certain.
    public func ruleConfidence(score: Double, namesEntity: Bool, namesOnly: Bool, penalty: Double) -> Double {
        let evidence = score + (namesEntity ? entityEvidence : 0)
        return (namesOnly ? 1 : min(1, evidence / certainEvidence)) * penalty
    }

    /// Confidence in retrieval alone: the share of the question the best passage holds, scaled down when
    /// its score is below `fullScore`, by the share of its topic's naming the question holds (`named`)
    /// to the power `namingExponent` — a question that shares only a general word with a topic ("gmail")
    /// and none of what names it ("strikethrough in gmail" against "export gmail messages") is less likely
    /// that topic's question —, and by how near the next topics come (`runnerUp`, from `runnerUp(_:)`, 0–1:
    /// the nearer, the less sure) times `runnerUpWeight`.
    public func retrievalConfidence(held: Double, score: Double, named: Double = 1, runnerUp: Double = 0) -> Double {
        let naming = namingExponent == 0 ? 1 : pow(max(0, min(1, named)), namingExponent)
        let standing = 1 - runnerUpWeight * max(0, min(1, runnerUp))
        return held * min(1, score / fullScore) * naming * standing
    }

    /// How near the runners-up come: the mean relevance of the `runnersUp` matches after the first, as a
    /// share of the first's (0–1; a missing runner-up counts as 0). `shares` are the next matches' relevances
    /// as shares of the first's, in order (`runnerUpShares(_:)`).
    public func runnerUp(_ shares: [Double]) -> Double {
        guard runnersUp > 0 else { return 0 }
        let near = shares.prefix(runnersUp).reduce(0, +)
        return max(0, min(1, near / Double(runnersUp)))
    }

    /// The relevances of the matches after the first, as shares of the first's, as many as a policy may
    /// average (`mostRunnersUp`). When the spelling was blended into relevance, the shares are of the
    /// words' part (`Match.words`): self-calibration asks fragments of the topics' own questions, whose
    /// spelling makes their topic stand further apart than a paraphrase's does, so how near the next
    /// topics come is read on the words alone, which such fragments test fairly.
    public static func runnerUpShares(_ matches: [Match]) -> [Double] {
        guard let first = matches.first, first.relevance > 0 else { return [] }
        if let words = first.words, words > 0 {
            return matches.dropFirst().prefix(mostRunnersUp).map { min(1, ($0.words ?? 0) / words) }
        }
        return matches.dropFirst().prefix(mostRunnersUp).map { min(1, $0.relevance / first.relevance) }
    }

    /// The most runners-up a policy averages.
    public static let mostRunnersUp = 3

    /// The weight of an unknown content word against the known ones (each weighing at most 1): `ordinary`
    /// when it is an ordinary English word, `previous` the word before it.
    /// A name after "in", "at" or "from" ("in London", "at Google") is a place or an employer the knowledge
    /// has no figures for: it weighs as an outside word. Any other word after them weighs as it would
    /// anywhere: "in woodworking" is as likely the subject ("how do I get started in…") as the setting.
    public func weightOfUnknown(ordinary: Bool, name: Bool = false, after previous: String, inFollowUp: Bool) -> Double
    {
        if name, previous == "in" || previous == "at" || previous == "from" || previous == "near" {
            return outsideWeight
        }
        if ordinary { return inFollowUp ? followUpOrdinaryWeight : ordinaryWeight }
        return unknownWeight
    }
}
