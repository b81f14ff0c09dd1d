/// An answer cut into sentences and words, every piece knowing its offsets in Unicode scalars
/// of the original text, so that evidence can point at the user's own words.
public struct AnswerText: Sendable {
    public struct Sentence: Sendable {
        public var start: Int
        public var end: Int
        public var text: String
        /// Indices into `tokens` of the words of this sentence.
        public var tokens: Range<Int>
    }

    public let text: String
    public let tokens: [Token]
    public let sentences: [Sentence]
    /// The answer's Unicode scalars, for cutting out spans by offset in constant time.
    public let scalars: [Unicode.Scalar]
    /// For each token, the index of the sentence it belongs to.
    public let sentenceOfToken: [Int]

    public init(_ text: String) {
        self.text = text
        tokens = Tokenizer.tokens(text)
        let scalars = Array(text.unicodeScalars)
        self.scalars = scalars
        var sentences: [Sentence] = []
        var tokenIndex = 0
        for (start, end) in Self.sentenceBounds(scalars) {
            let first = tokenIndex
            while tokenIndex < tokens.count, tokens[tokenIndex].start < end { tokenIndex += 1 }
            var text = String.UnicodeScalarView()
            text.append(contentsOf: scalars[start..<end])
            sentences.append(Sentence(start: start, end: end, text: String(text), tokens: first..<tokenIndex))
        }
        self.sentences = sentences
        var owners = Array(repeating: max(0, sentences.count - 1), count: tokens.count)
        for (index, sentence) in sentences.enumerated() {
            for token in sentence.tokens { owners[token] = index }
        }
        sentenceOfToken = owners
    }

    /// The words of a token as written.
    public func surface(_ token: Token) -> String {
        String(String.UnicodeScalarView(scalars[token.start..<token.end]))
    }

    public func evidence(_ sentence: Sentence) -> Evidence {
        Evidence(start: sentence.start, end: sentence.end, text: sentence.text)
    }

    /// Sentence bounds in scalar offsets: a sentence ends at . ! ? followed by space, at a line
    /// break before a list item or blank line, or at a bullet. Abbreviations and decimals do not
    /// end sentences. Leading bullet marks and white space are left out of the span.
    static func sentenceBounds(_ scalars: [Unicode.Scalar]) -> [(Int, Int)] {
        var bounds: [(Int, Int)] = []
        var start = 0
        var index = 0
        let count = scalars.count

        func isSpace(_ scalar: Unicode.Scalar) -> Bool {
            scalar.value < 0x80 ? scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r" : scalar.properties.isWhitespace
        }

        func push(_ end: Int) {
            var s = start
            var e = end
            while s < e, isSpace(scalars[s]) || "-*•".unicodeScalars.contains(scalars[s]) && (s + 1 < e && isSpace(scalars[s + 1])) { s += 1 }
            while e > s, isSpace(scalars[e - 1]) { e -= 1 }
            if e > s, scalars[s..<e].contains(where: { $0.properties.isAlphabetic || $0.properties.numericType != nil }) {
                bounds.append((s, e))
            }
            start = end
        }

        while index < count {
            let scalar = scalars[index]
            if scalar == "\n" {
                var next = index + 1
                while next < count, scalars[next] == " " || scalars[next] == "\t" { next += 1 }
                let follows = next < count ? scalars[next] : "\n"
                let listItem = "-*•".unicodeScalars.contains(follows) || (follows.properties.numericType != nil && next + 1 < count && (scalars[next + 1] == "." || scalars[next + 1] == ")"))
                if follows == "\n" || listItem || next >= count { push(index + 1) }
            } else if scalar == "." || scalar == "!" || scalar == "?" {
                let next = index + 1
                if next >= count || isSpace(scalars[next]) || scalars[next] == "\"" || scalars[next] == ")" {
                    if scalar != "." || !isAbbreviation(scalars, dot: index) { push(next) }
                }
            }
            index += 1
        }
        if start < count { push(count) }
        return bounds
    }

    private static let abbreviations: Set<String> = ["e.g", "i.e", "vs", "etc", "cf", "al", "approx", "eq", "fig", "no", "incl", "esp", "mr", "dr"]

    private static func isAbbreviation(_ scalars: [Unicode.Scalar], dot: Int) -> Bool {
        var begin = dot
        while begin > 0, scalars[begin - 1].properties.isAlphabetic || scalars[begin - 1] == "." { begin -= 1 }
        var word = String.UnicodeScalarView()
        word.append(contentsOf: scalars[begin..<dot])
        let lower = String(word).lowercased()
        if abbreviations.contains(lower) { return true }
        // "2. First step" at a line start is a list marker.
        var digits = dot
        while digits > 0, scalars[digits - 1].properties.numericType != nil { digits -= 1 }
        if digits < dot {
            var before = digits
            while before > 0, scalars[before - 1] == " " || scalars[before - 1] == "\t" { before -= 1 }
            return before == 0 || scalars[before - 1] == "\n"
        }
        return false
    }
}

/// A span of the answer that shows something, in Unicode scalar offsets.
public struct Evidence: Codable, Sendable, Hashable {
    public var start: Int
    public var end: Int
    public var text: String

    public init(start: Int, end: Int, text: String) {
        self.start = start
        self.end = end
        self.text = text
    }
}
