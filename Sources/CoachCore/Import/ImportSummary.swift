/// What an import found, for the user and for tests.
public struct ImportSummary: Codable, Sendable, Hashable {
    public struct TopicCount: Codable, Sendable, Hashable {
        public var number: String
        public var slug: String
        public var title: String
        /// The folders this topic was read from.
        public var folders: [String]
        public var files: Int
        public var questions: Int
        public var withReference: Int
        /// Whether the number matched a catalog topic rather than making a new one.
        public var inCatalog: Bool

        enum CodingKeys: String, CodingKey {
            case number, slug, title, folders, files, questions, inCatalog = "in_catalog"
            case withReference = "with_reference"
        }
    }

    public var source: String
    public var packID: String
    public var topics: [TopicCount]
    public var files: Int
    public var questions: Int
    public var withReference: Int
    public var withoutReference: Int
    public var links: [TopicLink]
    public var warnings: [ContentIssue]

    public init(
        source: String, packID: String, topics: [TopicCount], files: Int, questions: Int,
        withReference: Int, withoutReference: Int, links: [TopicLink], warnings: [ContentIssue]
    ) {
        self.source = source
        self.packID = packID
        self.topics = topics
        self.files = files
        self.questions = questions
        self.withReference = withReference
        self.withoutReference = withoutReference
        self.links = links
        self.warnings = warnings
    }

    public var errorCount: Int { warnings.filter { $0.severity == .error }.count }

    enum CodingKeys: String, CodingKey {
        case source, packID = "pack_id", topics, files, questions, links, warnings
        case withReference = "with_reference"
        case withoutReference = "without_reference"
    }
}
