import Foundation

/// The static files, read once from CoachWeb's bundled resources into memory. Requests are
/// answered only from this fixed table, by exact name: a request path is never used to open a
/// file, so `../` and friends have nothing to reach.
public struct AssetTable: Sendable {
    /// The files the app ships, with their content types. Nothing else is ever served.
    static let manifest: [(name: String, contentType: String)] = [
        ("coach.css", "text/css; charset=utf-8"),
        ("coach.js", "text/javascript; charset=utf-8"),
        ("favicon.svg", "image/svg+xml"),
    ]

    public static let shared = AssetTable.loadBundled()

    private let assets: [String: Asset]

    public init(_ assets: [Asset]) {
        self.assets = Dictionary(assets.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public subscript(_ name: String) -> Asset? { assets[name] }

    /// The link to an asset, versioned; a bare path when the asset is missing from the build.
    public func path(_ name: String) -> String { assets[name]?.path ?? "/assets/\(name)" }

    static func loadBundled() -> AssetTable {
        guard let directory = Bundle.module.url(forResource: "Assets", withExtension: nil) else { return AssetTable([]) }
        return AssetTable(manifest.compactMap { entry in
            guard let data = FileManager.default.contents(atPath: directory.appendingPathComponent(entry.name).path) else { return nil }
            return Asset(name: entry.name, contentType: entry.contentType, bytes: Array(data))
        })
    }
}
