/// Where the advisor keeps what outlives a session (the history, the profile): the file `name` in
/// `$XDG_STATE_HOME/career-advisor/`, else in `$HOME/.local/state/career-advisor/`, unless the variable
/// `override` names another path.
enum StateFile {
    /// The path, or nil when neither the override, `XDG_STATE_HOME` nor `HOME` is set. An empty override
    /// is ignored, and so is a relative `XDG_STATE_HOME` (as the XDG specification says).
    static func path(_ name: String, override: String, environment: [String: String]) -> String? {
        if let path = environment[override], !path.isEmpty { return path }
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            return state + "/career-advisor/" + name
        }
        if let home = environment["HOME"], !home.isEmpty {
            return (home.hasSuffix("/") ? String(home.dropLast()) : home) + "/.local/state/career-advisor/" + name
        }
        return nil
    }
}
