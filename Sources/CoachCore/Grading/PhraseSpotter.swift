/// Finds which sentences of an answer contain any of a list of phrases, compared by stems.
struct PhraseSpotter<Value: Sendable & Hashable>: Sendable {
    private var lexicon = PhraseLexicon<Value>()

    init(_ phrases: [(String, Value)]) {
        for (phrase, value) in phrases { lexicon.add(phrase, value: value) }
    }

    init(_ phrases: [String], value: Value) {
        self.init(phrases.map { ($0, value) })
    }

    /// Sentence index → the values found in it.
    func spot(in answer: AnswerText) -> [Int: Set<Value>] {
        // One pass over the whole answer; each match belongs to the sentence of its first word.
        var found: [Int: Set<Value>] = [:]
        for match in lexicon.matches(in: answer.tokens) {
            found[answer.sentenceOfToken[match.tokens.lowerBound], default: []].insert(match.value)
        }
        return found
    }

    func sentences(in answer: AnswerText) -> [Int] {
        spot(in: answer).keys.sorted()
    }

    func count(in tokens: [Token]) -> Int {
        lexicon.matches(in: tokens).count
    }
}
