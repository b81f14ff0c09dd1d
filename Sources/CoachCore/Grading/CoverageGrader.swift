/// Decides, for each key point, whether the answer states it, and where.
///
/// A key point is covered by a claim: one sentence (or two adjacent ones) that holds most of the
/// point's weighted units *and* relates them — it has a verb or a relation word and reads as
/// prose rather than a list of terms. Scattered keywords, a keyword salad, or an evasive
/// "it depends" cover nothing.
struct CoverageGrader: Sendable {
    let matcher: TermMatcher

    /// Share of a key point's weight that must be stated for it to count as covered.
    static let coveredAt = 0.45
    /// Below this share a sentence earns no credit at all.
    static let creditFrom = 0.2

    struct PointResult {
        var match: Double
        var credit: Double
        var sentences: [Int]
    }

    func grade(_ answer: AnswerText, keyPoints: [KeyPoint], claims: [Bool]) -> [PointResult] {
        let sentenceUnits = answer.sentences.map { sentence in Set(matcher.units(answer.tokens[sentence.tokens]).map(\.unit)) }

        return keyPoints.map { point in
            let pointTokens = Tokenizer.tokens(point.text)
            var units: [String: Double] = [:]
            for (unit, _) in matcher.units(pointTokens[...]) { units[unit] = matcher.unitWeight(unit) }
            // A named concept counts as a unit and so do its words, so a partial naming earns part.
            let total = units.values.reduce(0, +)
            guard total > 0 else { return PointResult(match: 0, credit: 0, sentences: []) }
            let groups = synonymGroups(point)

            let pointUnits = Array(units)
            var best = PointResult(match: 0, credit: 0, sentences: [])
            for index in answer.sentences.indices {
                for span in [[index], [index, index + 1]] where span.last! < answer.sentences.count {
                    let first = sentenceUnits[span[0]]
                    let second = span.count == 2 ? sentenceUnits[span[1]] : []
                    var matched = 0.0
                    for (unit, weight) in pointUnits where first.contains(unit) || second.contains(unit) { matched += weight }
                    if matched == 0 && groups.isEmpty { continue }
                    if !groups.isEmpty {
                        matched += synonymCredit(groups, units: units, present: first.union(second))
                    }
                    var share = min(1, matched / total)
                    if span.count == 2 { share *= 0.9 }
                    let isClaim = span.contains { claims[$0] }
                    let credit = isClaim ? Self.credit(share) : 0
                    if credit > best.credit || (credit == best.credit && share > best.match) {
                        best = PointResult(match: share, credit: credit, sentences: span)
                    }
                }
            }
            return best
        }
    }

    static func credit(_ share: Double) -> Double {
        share >= coveredAt ? 1 : max(0, (share - creditFrom) / (coveredAt - creditFrom)) * 0.6
    }

    /// A claim relates terms: it has a verb or relation word, and enough function words to be
    /// prose. "Pointwise pairwise listwise, NDCG-like stuff, medium-data systems" is not one.
    static func isClaim(_ tokens: ArraySlice<Token>) -> Bool {
        guard !tokens.isEmpty else { return false }
        var relations = 0
        var function = 0
        for token in tokens {
            if AnswerLexicon.relationWords.contains(token.lower) || AnswerLexicon.looksLikeVerb(token.lower) { relations += 1 }
            if Stopwords.english.contains(token.lower) { function += 1 }
        }
        if relations == 0 && !AnswerLexicon.imperatives.contains(tokens.first!.lower) { return false }
        // Long runs of content words with one stray "and" or "with" are lists, not claims.
        let density = Double(function) / Double(tokens.count)
        return tokens.count < 8 || density >= 0.22 || relations >= 2
    }

    /// Splits a sentence at commas, semicolons, colons, brackets and dashes into clauses, and
    /// counts the clauses that have no verb or relation word. Works on offsets, without copying text.
    static func fragments(_ answer: AnswerText, _ sentence: AnswerText.Sentence) -> (clauses: Int, fragments: Int) {
        var clauses = 0
        var fragments = 0
        var tokenIndex = sentence.tokens.lowerBound
        var clauseHasWords = false
        var clauseHasRelation = false
        func close() {
            if clauseHasWords {
                clauses += 1
                if !clauseHasRelation { fragments += 1 }
            }
            clauseHasWords = false
            clauseHasRelation = false
        }
        for offset in sentence.start..<sentence.end {
            if tokenIndex < sentence.tokens.upperBound, answer.tokens[tokenIndex].start == offset {
                clauseHasWords = true
                if AnswerLexicon.relationWords.contains(answer.tokens[tokenIndex].lower) { clauseHasRelation = true }
                tokenIndex += 1
            }
            switch answer.scalars[offset] {
            case ",", ";", ":", "(", ")", "—", "–": close()
            default: break
            }
        }
        close()
        return (clauses, fragments)
    }

    /// A run of verbless fragments — "PPO memory, reference policy frozen, KL, value function" —
    /// names things without relating them.
    static func isFragmentList(_ answer: AnswerText, _ sentence: AnswerText.Sentence) -> Bool {
        let (clauses, fragments) = fragments(answer, sentence)
        return clauses >= 4 && Double(fragments) >= 0.6 * Double(clauses)
    }

    /// Whether each sentence of the answer is a claim.
    static func claims(in answer: AnswerText) -> [Bool] {
        answer.sentences.map { isClaim(answer.tokens[$0.tokens]) && !isFragmentList(answer, $0) }
    }

    /// The point's synonym phrases, as unit sets, with the point's units each one stands for.
    private func synonymGroups(_ point: KeyPoint) -> [(units: [Set<String>], anchor: Set<String>)] {
        guard !point.synonyms.isEmpty else { return [] }
        let pointUnits = Set(matcher.units(Tokenizer.tokens(point.text)[...]).map(\.unit))
        let phrases = point.synonyms.map { Set(matcher.units(Tokenizer.tokens($0)[...]).map(\.unit)) }.filter { !$0.isEmpty }
        // Phrases that appear in the point anchor the group; otherwise the group stands for
        // whatever the point says that the answer did not.
        let anchor = phrases.filter { $0.isSubset(of: pointUnits) }.reduce(into: Set<String>()) { $0.formUnion($1) }
        return [(phrases, anchor)]
    }

    private func synonymCredit(_ groups: [(units: [Set<String>], anchor: Set<String>)], units: [String: Double],
                               present: Set<String>) -> Double {
        var credit = 0.0
        for group in groups {
            guard let used = group.units.first(where: { !$0.isEmpty && $0.isSubset(of: present) }) else { continue }
            if !group.anchor.isEmpty {
                credit += group.anchor.filter { !present.contains($0) }.compactMap { units[$0] }.reduce(0, +)
            } else {
                let missing = units.filter { !present.contains($0.key) }.sorted { $0.value > $1.value }
                credit += missing.prefix(max(1, used.count)).map(\.value).reduce(0, +)
            }
        }
        return credit
    }
}
