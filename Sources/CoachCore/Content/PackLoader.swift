import Foundation
import Yams

/// The outcome of reading a pack folder: what could be read, and every problem met on the way.
public struct PackLoadResult: Sendable {
    public var pack: Pack
    public var issues: [ContentIssue]

    public var errors: [ContentIssue] { issues.filter { $0.severity == .error } }
}

/// Reads a pack folder laid out as in docs/PACK_FORMAT.md.
public struct PackLoader: Sendable {
    /// Files larger than this are refused: a pack file is hand-written prose, not data.
    public static let maximumFileBytes = 2_000_000

    public init() {}

    /// The pack that ships inside the binary.
    public static func builtinDirectory() -> URL? {
        Bundle.module.url(forResource: "Pack", withExtension: nil)
    }

    /// Loads the built-in pack; its problems are bugs of ours, so tests require there are none.
    public static func loadBuiltin() -> PackLoadResult {
        guard let directory = builtinDirectory() else {
            return PackLoadResult(
                pack: Pack(id: "builtin", name: "Built-in pack"),
                issues: [ContentIssue(.error, file: "Pack", "the built-in pack is missing from the bundle")])
        }
        return PackLoader().load(directory: directory, id: "builtin", name: "Built-in pack")
    }

    /// Whether a folder looks like a pack rather than a notes repository.
    public static func isPack(_ directory: URL) -> Bool {
        let fm = FileManager.default
        let markers = ["archetypes.yaml", "moves.yaml", "failure_modes.yaml", "bridges.yaml", "cheatsheet.yaml", "topics", "questions"]
        return markers.contains { fm.fileExists(atPath: directory.appendingPathComponent($0).path) }
    }

    /// Loads every pack file under `directory`. Unreadable entries are reported and skipped.
    /// - Parameter catalog: topics that count as existing when checking references, besides
    ///   the pack's own (the built-in catalog when linting a user's pack).
    public func load(directory: URL, id: String, name: String, catalog: [Topic] = []) -> PackLoadResult {
        var pack = Pack(id: id, name: name)
        var issues: [ContentIssue] = []
        let origin: SourceLocation.Origin = id == "builtin" ? .builtin : .imported

        for file in yamlFiles(in: directory.appendingPathComponent("topics")) {
            var reader = YAMLReader(file: "topics/" + file.lastPathComponent)
            if let root = readNode(file, &reader), let entry = reader.decode(PackFiles.TopicFile.self, from: root) {
                pack.topics.append(topic(from: entry))
            }
            issues += reader.issues
        }
        pack.topics.sort { $0.number < $1.number }

        if let (entries, reader) = list(PackFiles.ArchetypeEntry.self, key: "archetypes", file: "archetypes.yaml", in: directory) {
            var reader = reader
            pack.archetypes = entries.compactMap { archetype(from: $0.0, line: $0.line, &reader) }
            issues += reader.issues
        }
        if let (entries, reader) = list(PackFiles.MoveEntry.self, key: "moves", file: "moves.yaml", in: directory) {
            var reader = reader
            pack.moves = entries.compactMap { entry, line in
                guard let id = MoveID(rawValue: entry.id) else {
                    reader.report(.error, line: line, "unknown move '\(entry.id)'; expected one of \(MoveID.allCases.map(\.rawValue).joined(separator: ", "))")
                    return nil
                }
                return Move(id: id, name: entry.name, what: entry.what, why: entry.why,
                            phrases: entry.phrases.map { $0.lowercased() }, example: entry.example)
            }
            issues += reader.issues
        }
        if let (entries, reader) = list(PackFiles.FailureModeEntry.self, key: "failure_modes", file: "failure_modes.yaml", in: directory) {
            var reader = reader
            pack.failureModes = entries.compactMap { entry, line in
                guard let id = FailureModeID(rawValue: entry.id) else {
                    reader.report(.error, line: line, "unknown failure mode '\(entry.id)'")
                    return nil
                }
                return FailureMode(id: id, name: entry.name, description: entry.description, advice: entry.advice,
                                   archetypes: archetypes(entry.archetypes, line: line, &reader), example: entry.example)
            }
            if let gotchas = reader.decodeSecondList(key: "gotchas", PackFiles.GotchaEntry.self) {
                pack.gotchas = gotchas.map { entry, line in
                    Gotcha(question: entry.question, wrong: entry.wrong, better: entry.better, advice: entry.advice,
                           archetypes: archetypes(entry.archetypes, line: line, &reader), example: entry.example)
                }
            }
            issues += reader.issues
        }
        if let (entries, reader) = list(PackFiles.BridgeEntry.self, key: "bridges", file: "bridges.yaml", in: directory) {
            pack.bridges = entries.map { entry, _ in
                Bridge(id: entry.id, name: entry.name, aliases: entry.aliases ?? [], summary: entry.summary,
                       links: entry.links.map { BridgeLink(topic: $0.topic.value, how: $0.how) })
            }
            issues += reader.issues
        }
        if let (entries, reader) = list(CheatsheetArea.self, key: "areas", file: "cheatsheet.yaml", in: directory) {
            pack.cheatsheet = entries.map(\.0)
            issues += reader.issues
        }
        for file in yamlFiles(in: directory.appendingPathComponent("questions")) {
            let relative = "questions/" + file.lastPathComponent
            if let (entries, reader) = list(PackFiles.QuestionEntry.self, key: "questions", file: relative, in: directory) {
                var reader = reader
                pack.questions += entries.compactMap { question(from: $0.0, file: relative, line: $0.line, origin: origin, &reader) }
                issues += reader.issues
            }
        }

        issues += PackValidator(catalog: catalog).check(pack)
        return PackLoadResult(pack: pack, issues: issues)
    }

    // MARK: - Reading files

    private func yamlFiles(in directory: URL) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
            .map { directory.appendingPathComponent($0) }
    }

    private func readNode(_ url: URL, _ reader: inout YAMLReader) -> Node? {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            reader.report(.error, line: nil, "cannot read the file")
            return nil
        }
        guard data.count <= Self.maximumFileBytes else {
            reader.report(.error, line: nil, "file is \(data.count) bytes; pack files are limited to \(Self.maximumFileBytes)")
            return nil
        }
        guard let text = String(data: data, encoding: .utf8) else {
            reader.report(.error, line: TextDecoding.firstInvalidLine(in: data), "file is not valid UTF-8")
            return nil
        }
        return reader.parse(text)
    }

    private func list<T: Decodable>(_ type: T.Type, key: String, file: String, in directory: URL) -> ([(T, line: Int?)], YAMLReader)? {
        let url = directory.appendingPathComponent(file)
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        var reader = YAMLReader(file: file)
        guard let root = readNode(url, &reader) else { return ([], reader) }
        reader.root = root
        return (reader.decodeList(type, key: key, from: root), reader)
    }

    // MARK: - Building model values

    private func topic(from entry: PackFiles.TopicFile) -> Topic {
        Topic(number: entry.number.value, slug: entry.slug, title: entry.title,
              summary: entry.summary.trimmed(),
              concepts: entry.concepts.map(\.concept), related: (entry.related ?? []).map(\.value))
    }

    private func archetype(from entry: PackFiles.ArchetypeEntry, line: Int?, _ reader: inout YAMLReader) -> Archetype? {
        guard let id = ArchetypeID(rawValue: entry.id) else {
            reader.report(.error, line: line, "unknown archetype '\(entry.id)'; expected one of \(ArchetypeID.allCases.map(\.rawValue).joined(separator: ", "))")
            return nil
        }
        return Archetype(id: id, name: entry.name, summary: entry.summary, cues: entry.cues.map { $0.lowercased() },
                         framework: entry.framework, examples: entry.examples)
    }

    private func archetypes(_ ids: [String]?, line: Int?, _ reader: inout YAMLReader) -> [ArchetypeID] {
        (ids ?? []).compactMap { raw in
            if let id = ArchetypeID(rawValue: raw) { return id }
            reader.report(.error, line: line, "unknown archetype '\(raw)'")
            return nil
        }
    }

    private func question(from entry: PackFiles.QuestionEntry, file: String, line: Int?, origin: SourceLocation.Origin,
                          _ reader: inout YAMLReader) -> Question? {
        let text = entry.text.trimmed()
        guard !text.isEmpty else {
            reader.report(.error, line: line, "question '\(entry.id)' has no text")
            return nil
        }
        guard let archetype = ArchetypeID(rawValue: entry.archetype) else {
            reader.report(.error, line: line, "question '\(entry.id)': unknown archetype '\(entry.archetype)'")
            return nil
        }
        var kind = QuestionKind.grill
        if let raw = entry.kind {
            guard let parsed = QuestionKind(rawValue: raw) else {
                reader.report(.error, line: line, "question '\(entry.id)': unknown kind '\(raw)'")
                return nil
            }
            kind = parsed
        }
        let outline: [OutlineStep] = (entry.outline ?? []).compactMap { step in
            guard let move = MoveID(rawValue: step.move) else {
                reader.report(.error, line: line, "question '\(entry.id)': unknown move '\(step.move)' in outline")
                return nil
            }
            return OutlineStep(move: move, text: step.text)
        }
        return Question(
            id: entry.id, text: text, archetype: archetype, topics: entry.topics.map(\.value), kind: kind,
            difficulty: entry.difficulty, reference: entry.reference?.trimmed(),
            keyPoints: (entry.keyPoints ?? []).map { KeyPoint(text: $0.text, synonyms: $0.synonyms ?? []) },
            outline: outline, followUps: entry.followUps ?? [],
            source: SourceLocation(origin: origin, file: file, line: line))
    }
}

extension YAMLReader {
    /// Decodes a second top-level list from the file this reader already parsed.
    mutating func decodeSecondList<T: Decodable>(key: String, _ type: T.Type) -> [(T, line: Int?)]? {
        guard let root, root.mapping?[key] != nil else { return nil }
        return decodeList(type, key: key, from: root)
    }
}
