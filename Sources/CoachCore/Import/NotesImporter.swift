import Foundation

/// Why an import could not start at all (as opposed to problems inside the notes, which
/// are reported as `ContentIssue`s while the rest still imports).
public enum ImportError: Error, CustomStringConvertible, Equatable {
    case missingDirectory(String)
    case notADirectory(String)
    case unreadable(String)

    public var description: String {
        switch self {
        case let .missingDirectory(path): "\(path): no such directory"
        case let .notADirectory(path): "\(path): is a file, not a notes directory; name the folder that holds the NN_topic folders"
        case let .unreadable(path): "\(path): cannot list this directory"
        }
    }
}

/// The content of one imported notes repository.
public struct ImportResult: Sendable {
    public var pack: Pack
    public var summary: ImportSummary

    public init(pack: Pack, summary: ImportSummary) {
        self.pack = pack
        self.summary = summary
    }
}

/// Reads a notes repository laid out like `ml_and_llm_learning/`: `NN_slug/` folders holding
/// deep dives, grill files and other notes. Topics match the catalog by number; unknown numbers
/// become new topics; two folders with one number are merged into one topic.
public struct NotesImporter: Sendable {
    /// Notes files larger than this are skipped with a warning: real notes are far smaller.
    public var maximumFileBytes = 2 * 1024 * 1024
    /// A repository with more files than this is cut short with a warning.
    public var maximumFiles = 20_000
    /// How deep below a topic folder notes are looked for.
    public var maximumDepth = 4
    public let catalog: [Topic]

    public init(catalog: [Topic]) {
        self.catalog = catalog
    }

    public func importDirectory(at path: String) throws(ImportError) -> ImportResult {
        let root = URL(fileURLWithPath: path).standardizedFileURL
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory) else {
            throw .missingDirectory(path)
        }
        guard isDirectory.boolValue else { throw .notADirectory(path) }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: root.path) else {
            throw .unreadable(path)
        }

        let packID = Self.packID(for: root)
        var issues: [ContentIssue] = []
        var folders: [String: [String]] = [:]
        for name in names.sorted() where !name.hasPrefix(".") {
            guard let number = Self.topicNumber(ofFolder: name) else { continue }
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: root.appendingPathComponent(name).path, isDirectory: &isDir), isDir.boolValue else { continue }
            folders[number, default: []].append(name)
        }
        if folders.isEmpty {
            issues.append(ContentIssue(.warning, file: ".", "no topic folders found (expected folders named like 39_rag)"))
        }

        let catalogByNumber = Dictionary(catalog.map { ($0.number, $0) }, uniquingKeysWith: { first, _ in first })
        let knownNumbers = Set(catalog.map(\.number)).union(folders.keys)
        let scanner = TopicLinkScanner(knownNumbers: knownNumbers)

        var topics: [Topic] = []
        var questions: [Question] = []
        var counts: [ImportSummary.TopicCount] = []
        var links: [String: TopicLink] = [:]
        var filesRead = 0

        for number in folders.keys.sorted() {
            let topicFolders = folders[number]!
            if topicFolders.count > 1 {
                issues.append(ContentIssue(.warning, file: topicFolders[1], "topic \(number) has \(topicFolders.count) folders (\(topicFolders.joined(separator: ", "))); they are merged into one topic"))
            }
            var topic = catalogByNumber[number] ?? Topic(number: number, slug: Self.slug(ofFolder: topicFolders[0]), title: Self.title(ofFolder: topicFolders[0]))
            topic.sources = topicFolders
            var topicQuestions = 0
            var topicWithReference = 0
            var topicFiles = 0

            for folder in topicFolders {
                for relative in markdownFiles(in: root, folder: folder, issues: &issues) {
                    guard filesRead < maximumFiles else {
                        if filesRead == maximumFiles {
                            issues.append(ContentIssue(.warning, file: relative, "more than \(maximumFiles) notes files; the rest were not read"))
                            filesRead += 1
                        }
                        break
                    }
                    filesRead += 1
                    topicFiles += 1
                    guard let text = readNotes(root.appendingPathComponent(relative), relative: relative, issues: &issues) else { continue }

                    var lineNumber = 0
                    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                        lineNumber += 1
                        for target in scanner.references(in: line) where target != number {
                            let key = number + ">" + target
                            if links[key] == nil {
                                links[key] = TopicLink(from: number, to: target, count: 0,
                                                       firstSeen: SourceLocation(origin: .imported, file: relative, line: lineNumber))
                            }
                            links[key]!.count += 1
                        }
                    }

                    let fileName = (relative as NSString).lastPathComponent
                    guard fileName.uppercased().contains("GRILL") else { continue }
                    let parsed = GrillParser.parse(text, file: relative)
                    issues += parsed.issues
                    var usedIDs = Set<String>()
                    for entry in parsed.entries {
                        var id = "\(packID)/\(relative)#\(entry.number)"
                        var suffix = 2
                        while usedIDs.contains(id) {
                            id = "\(packID)/\(relative)#\(entry.number)-\(suffix)"
                            suffix += 1
                        }
                        usedIDs.insert(id)
                        let keyPoints = entry.answer.map(KeyPointExtractor.keyPoints(fromReference:)) ?? []
                        questions.append(Question(
                            id: id, text: entry.text, archetype: nil, topics: [number], kind: .grill,
                            section: entry.section, reference: entry.answer, keyPoints: keyPoints,
                            source: SourceLocation(origin: .imported, file: relative, line: entry.line)))
                        topicQuestions += 1
                        if entry.answer != nil { topicWithReference += 1 }
                    }
                }
            }
            let linked = links.values.filter { $0.from == number }.sorted { ($0.count, $1.to) > ($1.count, $0.to) }.map(\.to)
            topic.related = Self.merged(topic.related, linked)
            topics.append(topic)
            counts.append(.init(number: number, slug: topic.slug, title: topic.title, folders: topicFolders, files: topicFiles,
                                questions: topicQuestions, withReference: topicWithReference, inCatalog: catalogByNumber[number] != nil))
        }

        let sortedLinks = links.values.sorted { ($0.from, $0.to) < ($1.from, $1.to) }
        let pack = Pack(id: packID, name: root.lastPathComponent, topics: topics, questions: questions, topicLinks: sortedLinks)
        let withReference = questions.filter { $0.reference != nil }.count
        let summary = ImportSummary(
            source: root.path, packID: packID, topics: counts, files: min(filesRead, maximumFiles),
            questions: questions.count, withReference: withReference, withoutReference: questions.count - withReference,
            links: sortedLinks, warnings: issues)
        return ImportResult(pack: pack, summary: summary)
    }

    // MARK: - Files

    /// Markdown files under a topic folder, relative to the root, in a stable order.
    /// Files that are not Markdown are left alone: notes folders hold code and images too.
    private func markdownFiles(in root: URL, folder: String, issues: inout [ContentIssue]) -> [String] {
        var result: [String] = []
        var pending: [(String, Int)] = [(folder, 0)]
        let fm = FileManager.default
        while let (relative, depth) = pending.popLast() {
            guard let names = try? fm.contentsOfDirectory(atPath: root.appendingPathComponent(relative).path) else {
                issues.append(ContentIssue(.warning, file: relative, "cannot list this folder; skipped"))
                continue
            }
            for name in names.sorted().reversed() where !name.hasPrefix(".") {
                let child = relative + "/" + name
                var isDir: ObjCBool = false
                guard fm.fileExists(atPath: root.appendingPathComponent(child).path, isDirectory: &isDir) else { continue }
                if isDir.boolValue {
                    if depth + 1 < maximumDepth { pending.append((child, depth + 1)) }
                } else if name.lowercased().hasSuffix(".md") || name.lowercased().hasSuffix(".markdown") {
                    result.append(child)
                } else if name.uppercased().contains("GRILL") {
                    issues.append(ContentIssue(.warning, file: child, "looks like a grill file but is not Markdown (.md); skipped"))
                }
            }
        }
        return result.sorted()
    }

    private func readNotes(_ url: URL, relative: String, issues: inout [ContentIssue]) -> String? {
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
        if size > maximumFileBytes {
            let megabytes = String(format: "%.1f", Double(size) / 1_048_576)
            issues.append(ContentIssue(.warning, file: relative, line: 1, "file is \(megabytes) MB; notes files over \(maximumFileBytes / 1_048_576) MB are skipped"))
            return nil
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            issues.append(ContentIssue(.warning, file: relative, "cannot read the file; skipped"))
            return nil
        }
        if data.isEmpty || data.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            issues.append(ContentIssue(.warning, file: relative, line: 1, "file is empty"))
            return nil
        }
        let decoded = TextDecoding.decode(data)
        if let line = decoded.firstInvalidLine {
            issues.append(ContentIssue(.warning, file: relative, line: line, "invalid UTF-8; bad bytes were replaced with \u{FFFD}"))
        }
        if data.contains(0) {
            issues.append(ContentIssue(.warning, file: relative, line: nil, "file contains NUL bytes; it may not be text"))
        }
        return decoded.text
    }

    // MARK: - Names

    /// `39_rag_retrieval` → "39"; nil for folders that are not topic folders.
    static func topicNumber(ofFolder name: String) -> String? {
        let scalars = Array(name.unicodeScalars)
        guard scalars.count > 3, scalars[0].properties.numericType != nil, scalars[1].properties.numericType != nil,
              scalars[0].isASCII, scalars[1].isASCII, scalars[2] == "_" else { return nil }
        return String(name.prefix(2))
    }

    static func slug(ofFolder name: String) -> String {
        String(name.dropFirst(3)).lowercased().replacingOccurrences(of: "_", with: "-")
    }

    static func title(ofFolder name: String) -> String {
        let words = name.dropFirst(3).split(separator: "_")
        guard let first = words.first else { return name }
        return ([first.prefix(1).uppercased() + first.dropFirst()] + words.dropFirst().map(String.init)).joined(separator: " ")
    }

    /// A stable id for a notes repository: its folder name, made safe for ids.
    public static func packID(for root: URL) -> String {
        let name = root.lastPathComponent.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" }
        let id = String(name).trimmingCharacters(in: CharacterSet(charactersIn: "-"))
        return id.isEmpty ? "notes" : id
    }

    public static func merged(_ first: [String], _ second: [String]) -> [String] {
        var seen = Set<String>()
        return (first + second).filter { seen.insert($0).inserted }
    }
}
