/// A word of a text with where it stands, for matching and for evidence spans.
public struct Token: Sendable, Hashable {
    /// Lower-case, stemmed form used for matching.
    public var stem: String
    /// Lower-case surface form.
    public var lower: String
    /// Whether the word was written all in capitals ("KL", "RAG"), for matching acronyms.
    public var isUppercase: Bool
    /// Offsets in Unicode scalars of the original text.
    public var start: Int
    public var end: Int
}

/// Splits text into word tokens: letters and digits, with hyphens and apostrophes inside words
/// splitting the word ("key-value" → "key", "value"). Everything is lower-cased and stemmed.
public enum Tokenizer {
    public static func tokens(_ text: String) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(text.unicodeScalars.count / 5)
        var current = String.UnicodeScalarView()
        var hasLower = false
        var hasLetter = false
        var start = 0
        var offset = 0

        func flush() {
            guard !current.isEmpty else { return }
            let word = String(current)
            let lower = word.lowercased()
            tokens.append(Token(stem: PorterStemmer.stem(lower), lower: lower, isUppercase: hasLetter && !hasLower,
                                start: start, end: offset))
            current = String.UnicodeScalarView()
            hasLower = false
            hasLetter = false
        }

        for scalar in text.unicodeScalars {
            let properties = scalar.properties
            if properties.isAlphabetic || properties.numericType != nil {
                if current.isEmpty { start = offset }
                current.append(scalar)
                if properties.isAlphabetic {
                    hasLetter = true
                    if properties.isLowercase { hasLower = true }
                }
            } else {
                flush()
            }
            offset += 1
        }
        flush()
        return tokens
    }

    /// Stems of the words of `text`, in order.
    public static func stems(_ text: String) -> [String] {
        tokens(text).map(\.stem)
    }
}
