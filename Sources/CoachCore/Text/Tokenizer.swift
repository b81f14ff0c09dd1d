/// A word of a text with where it stands, for matching and for evidence spans.
public struct Token: Sendable, Hashable {
    /// Lower-case, stemmed form used for matching.
    public var stem: String
    /// A number standing for `stem` within this process: comparing and hashing it is cheap.
    public var stemID: Int
    /// Lower-case surface form.
    public var lower: String
    /// Whether the word was written all in capitals ("KL", "RAG"), for matching acronyms.
    public var isUppercase: Bool
    /// Whether a capital follows the first letter ("FlashAttention", "ScaNN"): a name.
    public var hasInnerCapital: Bool
    /// Offsets in Unicode scalars of the original text.
    public var start: Int
    public var end: Int
}

/// Splits text into word tokens: letters and digits, with hyphens and apostrophes inside words
/// splitting the word ("key-value" → "key", "value"). Everything is lower-cased and stemmed.
public enum Tokenizer {
    public static func tokens(_ text: String) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(text.utf8.count / 6)
        var lower = String.UnicodeScalarView()
        var hasLower = false
        var hasLetter = false
        var innerCapital = false
        var allASCII = true
        var length = 0
        var start = 0
        var offset = 0

        func flush() {
            guard length > 0 else { return }
            var word = String(lower)
            if !allASCII { word = word.lowercased() }
            let (stem, stemID) = StemCache.shared.stem(word)
            tokens.append(Token(stem: stem, stemID: stemID, lower: word, isUppercase: hasLetter && !hasLower,
                                hasInnerCapital: innerCapital, start: start, end: offset))
            lower = String.UnicodeScalarView()
            hasLower = false
            hasLetter = false
            innerCapital = false
            allASCII = true
            length = 0
        }

        for scalar in text.unicodeScalars {
            let value = scalar.value
            var isWordScalar = false
            var isLetter = false
            var isLower = false
            if value < 0x80 {
                // ASCII needs no Unicode property lookup, and is most of what people type.
                isLower = value >= 0x61 && value <= 0x7A
                let isUpper = value >= 0x41 && value <= 0x5A
                isLetter = isLower || isUpper
                isWordScalar = isLetter || (value >= 0x30 && value <= 0x39)
                if isWordScalar {
                    if length == 0 { start = offset } else if isUpper { innerCapital = true }
                    lower.append(isUpper ? Unicode.Scalar(value + 0x20)! : scalar)
                }
            } else {
                let properties = scalar.properties
                isLetter = properties.isAlphabetic
                isLower = properties.isLowercase
                isWordScalar = isLetter || properties.numericType != nil
                if isWordScalar {
                    if length == 0 { start = offset } else if properties.isUppercase { innerCapital = true }
                    lower.append(scalar)
                    allASCII = false
                }
            }
            if isWordScalar {
                length += 1
                if isLetter {
                    hasLetter = true
                    if isLower { hasLower = true }
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
