import Foundation

/// Keeps a JSON copy of a pack folder's parsed content next to a fingerprint of its files, so
/// that every run after the first skips YAML parsing (the slowest part of start-up). A copy
/// whose fingerprint no longer matches the files is ignored and rewritten.
public struct PackCache: Sendable {
    public let directory: URL

    public init(directory: URL) {
        self.directory = directory
    }

    struct Entry: Codable {
        var version: Int
        var fingerprint: String
        var pack: Pack
    }

    static let version = 1

    /// The pack from the cache when it is current; otherwise loaded, and cached when clean.
    public func load(packDirectory: URL, id: String, name: String, loader: () -> PackLoadResult) -> PackLoadResult {
        let fingerprint = Self.fingerprint(of: packDirectory)
        let file = directory.appendingPathComponent("\(id)-pack.json")
        if let data = try? Data(contentsOf: file), let entry = try? JSONDecoder().decode(Entry.self, from: data),
           entry.version == Self.version, entry.fingerprint == fingerprint {
            return PackLoadResult(pack: entry.pack, issues: [])
        }
        let result = loader()
        if result.issues.isEmpty {
            // A cache that cannot be written costs speed, never correctness.
            try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            if let data = try? JSONEncoder().encode(Entry(version: Self.version, fingerprint: fingerprint, pack: result.pack)) {
                try? data.write(to: file, options: .atomic)
            }
        }
        return result
    }

    /// FNV-1a over every file's relative path and bytes, in a fixed order.
    static func fingerprint(of directory: URL) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ bytes: some Sequence<UInt8>) {
            for byte in bytes {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01B3
            }
        }
        let files = (FileManager.default.enumerator(atPath: directory.path)?.allObjects as? [String] ?? []).sorted()
        for relative in files {
            let url = directory.appendingPathComponent(relative)
            guard let data = FileManager.default.contents(atPath: url.path) else { continue }
            mix(relative.utf8)
            mix(data)
        }
        return String(hash, radix: 16)
    }
}
