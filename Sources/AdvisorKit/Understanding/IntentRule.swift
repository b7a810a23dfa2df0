/// One row of the rule table: the cue words that suggest an intent, and the entities it needs.
///
/// A question's score for a rule is the sum of the weights of the cues it contains (each counted once)
/// plus a bonus for each entity the rule welcomes. The highest score wins; ties go to the earlier row.
struct IntentRule: Sendable {
    var intent: Intent
    /// Cue phrases (written as people type them; analyzed like questions) and their weights.
    var cues: [String: Double]
    /// Entity kinds the question must name (`role` twice for a comparison: see `minimumRoles`).
    var requires: Set<EntityKind> = []
    /// Entity kinds the question must not name.
    var excludes: Set<EntityKind> = []
    /// Score added for each entity kind the question names.
    var bonus: [EntityKind: Double] = [:]
    var minimumRoles = 0
    /// Small talk: fires only when the question has nothing but cue words and stop words.
    var alone = false
}
