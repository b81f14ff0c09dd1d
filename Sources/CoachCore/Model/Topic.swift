/// One deep dive of the catalog, identified by its two-digit number ("39") and a slug ("rag").
public struct Topic: Codable, Sendable, Hashable, Identifiable {
    /// Two-digit catalog number, kept as text so "05" stays "05".
    public var number: String
    public var slug: String
    public var title: String
    /// Two to four sentences on what the topic is and what interviews probe.
    public var summary: String
    /// Terms that questions and answers on this topic use, with their other names.
    public var concepts: [Concept]
    /// Numbers of the most closely linked topics, most related first.
    public var related: [String]
    /// Where the topic's material came from: empty for the built-in pack, folder paths for imports.
    public var sources: [String]

    public var id: String { number }

    public init(
        number: String, slug: String, title: String, summary: String = "",
        concepts: [Concept] = [], related: [String] = [], sources: [String] = []
    ) {
        self.number = number
        self.slug = slug
        self.title = title
        self.summary = summary
        self.concepts = concepts
        self.related = related
        self.sources = sources
    }
}

/// A term with the other names it goes by ("key-value cache" / "KV cache").
public struct Concept: Codable, Sendable, Hashable {
    public var term: String
    public var abbreviations: [String]
    public var synonyms: [String]

    public init(term: String, abbreviations: [String] = [], synonyms: [String] = []) {
        self.term = term
        self.abbreviations = abbreviations
        self.synonyms = synonyms
    }

    /// The term and every other name for it, canonical name first.
    public var allNames: [String] { [term] + abbreviations + synonyms }
}
