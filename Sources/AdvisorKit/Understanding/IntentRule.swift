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
    /// When not empty, at least one of these cues must be present for the rule to fire.
    var anchors: Set<String> = []
    /// Added when the question names a stage past the starting one (wanting to *start* fits only the first).
    var laterStageBonus = 0.0
    /// Cues that move a named stage to the next one ("what comes after mid level?").
    var progression: Set<String> = []
    /// Whether a skill area named as a field ("learn ML", "ML engineering") fills the rule's area slot.
    var readsFields = false
    /// Small talk: fires only when the question has nothing but cue words and stop words.
    var alone = false
}
