extension Advisor {
    /// Puts `profile` in place of what the user has told so far: a profile kept from an earlier session,
    /// or one the front end corrected. The rest of the conversation is untouched.
    public mutating func remember(_ profile: Profile) {
        context.profile = profile
    }
}
