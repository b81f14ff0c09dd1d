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
        var found: [Int: Set<Value>] = [:]
        for (index, sentence) in answer.sentences.enumerated() {
            let values = lexicon.matches(in: Array(answer.tokens[sentence.tokens])).map(\.value)
            if !values.isEmpty { found[index, default: []].formUnion(values) }
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
