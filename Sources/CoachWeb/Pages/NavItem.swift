/// The sections in the header, in order. Today, Practice, Progress and Mock join when the
/// practice store lands; each page says which item it belongs to.
enum NavItem: String, CaseIterable, Sendable {
    case ask, topics, map, `import`

    var title: String {
        switch self {
        case .ask: "Ask"
        case .topics: "Topics"
        case .map: "Map"
        case .import: "Import"
        }
    }

    var path: String { "/" + rawValue }
}
