/// The sections in the header, in order; each page says which item it belongs to.
enum NavItem: String, CaseIterable, Sendable {
    case practice, progress, mock, ask, topics, map, `import`

    var title: String {
        switch self {
        case .practice: "Practice"
        case .progress: "Progress"
        case .mock: "Mock"
        case .ask: "Ask"
        case .topics: "Topics"
        case .map: "Map"
        case .import: "Import"
        }
    }

    var path: String { "/" + rawValue }
}
