import AdvisorKit

/// Keeps what the user told about themselves across sessions, beside the history and as private: the
/// file `profile` in the same folder (`$CAREER_ADVISOR_PROFILE` overrides it), mode 0600, replaced
/// atomically on each change, removed by `/forget`.
///
/// The format is one `key: value` line per fact, keys `years`, `stage`, `target`, `skill` and
/// `interest` (the last two repeat); values escaped as history entries are.
public struct ProfileStore: Sendable {
    /// The file, or nil when the profile is kept for the session only.
    public let path: String?

    public init(path: String?) {
        self.path = path
    }

    /// Where the profile lives: `$CAREER_ADVISOR_PROFILE`, else `$XDG_STATE_HOME/career-advisor/profile`,
    /// else `$HOME/.local/state/career-advisor/profile`; nil when none of them is set.
    public static func path(environment: [String: String]) -> String? {
        StateFile.path("profile", override: "CAREER_ADVISOR_PROFILE", environment: environment)
    }

    /// The profile kept, nil when there is none (or it cannot be read: a profile is a convenience).
    public func load() -> Profile? {
        guard let path, Platform.isRegularFile(path), case .success(let bytes) = Platform.readFile(path) else {
            return nil
        }
        let profile = Self.decode(bytes)
        return profile.isEmpty ? nil : profile
    }

    /// Keeps `profile` (an empty one removes the file). Returns a warning when it cannot be written.
    public func save(_ profile: Profile) -> String? {
        guard let path else { return nil }
        if profile.isEmpty { return erase() }
        let slash = path.lastIndex(of: "/")
        if let slash, slash != path.startIndex, case .failure(let error) = Platform.makeFolders(String(path[..<slash]))
        {
            return "cannot keep your profile (\(error.plainDescription))"
        }
        if case .failure(let error) = Platform.replaceFile(path, Array(Self.encode(profile).utf8)) {
            return "cannot keep your profile (\(error.plainDescription))"
        }
        return nil
    }

    /// Removes the kept profile. Returns a warning when it cannot be removed.
    @discardableResult
    public func erase() -> String? {
        guard let path else { return nil }
        if case .failure(let error) = Platform.removeFile(path), !error.isMissing {
            return "cannot erase your profile (\(error.plainDescription))"
        }
        return nil
    }

    static func encode(_ profile: Profile) -> String {
        var lines: [String] = []
        if let years = profile.years { lines.append("years: \(years)") }
        if let stage = profile.stage { lines.append("stage: " + History.encode(stage)) }
        if let target = profile.target { lines.append("target: " + History.encode(target)) }
        lines += profile.skills.map { "skill: " + History.encode($0) }
        lines += profile.interests.map { "interest: " + History.encode($0) }
        return lines.map { $0 + "\n" }.joined()
    }

    static func decode(_ bytes: [UInt8]) -> Profile {
        var profile = Profile()
        for line in History.decode(bytes) {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = String(line[..<colon]).trimmingWhitespace
            let value = String(line[line.index(after: colon)...]).trimmingWhitespace
            guard !value.isEmpty else { continue }
            switch key {
            case "years": profile.years = Int(value)
            case "stage": profile.stage = value
            case "target": profile.target = value
            case "skill": profile.skills.append(value)
            case "interest": profile.interests.append(value)
            default: continue  // a key from a later version
            }
        }
        return profile
    }
}
