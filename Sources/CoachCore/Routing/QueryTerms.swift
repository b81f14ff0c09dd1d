/// A question tokenized once for every part of the router: all its tokens (phrases and the
/// archetype's features read function words too) and its distinct content words.
struct QueryTerms: Sendable {
    let tokens: [Token]
    /// Each distinct non-stopword stem once, at its first occurrence.
    let contentTokens: [Token]
    /// The token index of each of `contentTokens`.
    let contentPositions: [Int]

    var contentStems: [Int] { contentTokens.map(\.stemID) }

    init(_ tokens: [Token]) {
        self.tokens = tokens
        var seen = Set<Int>()
        var content: [Token] = []
        var positions: [Int] = []
        for (position, token) in tokens.enumerated() where !Stopwords.english.contains(token.lower) && seen.insert(token.stemID).inserted {
            content.append(token)
            positions.append(position)
        }
        contentTokens = content
        contentPositions = positions
    }
}
