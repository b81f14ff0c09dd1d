import Foundation

/// Where the test fixtures and the shared corpus are.
enum FixturePaths {
    static var fixtures: URL { Bundle.module.url(forResource: "Fixtures", withExtension: nil)! }
    static var notes: URL { fixtures.appendingPathComponent("notes") }
    static var badPack: URL { fixtures.appendingPathComponent("bad-pack") }

    /// The package root, found from this file's path.
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// `../shared` beside the checkout, when it is there.
    static var shared: URL? {
        let url = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    /// The real notes corpus: `COACH_CORPUS`, or `../shared/corpus/ml_and_llm_learning`.
    static var corpus: URL? {
        if let path = ProcessInfo.processInfo.environment["COACH_CORPUS"], !path.isEmpty {
            return URL(fileURLWithPath: path)
        }
        guard let shared else { return nil }
        let url = shared.appendingPathComponent("corpus/ml_and_llm_learning")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    /// A fresh copy of a fixture folder in a temporary directory, for tests that add files.
    static func temporaryCopy(of source: URL) throws -> URL {
        let destination = FileManager.default.temporaryDirectory
            .appendingPathComponent("coach-tests-\(UUID().uuidString)")
            .appendingPathComponent(source.lastPathComponent)
        try FileManager.default.createDirectory(at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: source, to: destination)
        return destination
    }
}
