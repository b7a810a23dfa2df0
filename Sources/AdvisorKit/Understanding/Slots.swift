/// The kinds of entity a question or a topic can be about.
public enum EntityKind: String, Sendable, CaseIterable, Codable {
    case role
    case stage
    case area
}

/// The entities a question names or a topic is about: at most one value per kind.
public struct Slots: Sendable, Hashable, Codable {
    public var role: String?
    public var stage: String?
    public var area: String?

    public init(role: String? = nil, stage: String? = nil, area: String? = nil) {
        self.role = role
        self.stage = stage
        self.area = area
    }

    public subscript(kind: EntityKind) -> String? {
        get {
            switch kind {
            case .role: role
            case .stage: stage
            case .area: area
            }
        }
        set {
            switch kind {
            case .role: role = newValue
            case .stage: stage = newValue
            case .area: area = newValue
            }
        }
    }

    public var isEmpty: Bool { role == nil && stage == nil && area == nil }
}
