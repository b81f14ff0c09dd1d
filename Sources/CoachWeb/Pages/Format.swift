import CoachCore

/// Small formatting helpers shared by the pages.
enum Format {
    static func percent(_ value: Double) -> String { "\(Int((value * 100).rounded()))%" }

    static func archetypeName(_ id: ArchetypeID, in library: ContentLibrary) -> String {
        library.archetype(id)?.name ?? id.rawValue
    }

    static func plural(_ count: Int, _ one: String, _ many: String? = nil) -> String {
        "\(count) " + (count == 1 ? one : (many ?? one + "s"))
    }

    /// The first sentence of a summary, for lists.
    static func firstSentence(_ text: String) -> String {
        guard let end = text.range(of: ". ") else { return text }
        return String(text[..<end.lowerBound]) + "."
    }

    /// A label for where a question comes from: the pack, or the imported file and line.
    static func source(_ question: Question) -> String {
        question.source.origin == .builtin ? "Built-in" : question.source.description
    }
}
