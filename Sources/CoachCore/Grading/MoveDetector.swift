/// Finds the seven moves in an answer, each with the sentences that make it.
struct MoveDetector: Sendable {
    private let phrases: PhraseSpotter<MoveID>
    private let business = PhraseSpotter(AnswerLexicon.business + AnswerLexicon.businessMetrics, value: true)
    private let hypothetical = PhraseSpotter(["could", "might", "may", "if", "when", "risk", "risks", "danger", "can"], value: true)
    private let extra = PhraseSpotter([
        ("the outcome", MoveID.goal), ("outcome:", .goal), ("we want to", .goal), ("the job is", .goal), ("success is", .goal),
        ("principle", .principle), ("the mechanism is", .principle),
        ("the simple case", .baseline), ("simplest case", .baseline), ("naive", .baseline), ("start by", .baseline),
        ("begin by", .baseline), ("first check", .baseline), ("i'd first", .baseline), ("i would first", .baseline),
        ("the first thing", .baseline), ("first, i'd", .baseline), ("first i'd", .baseline),
        ("beyond that", .iterate), ("after the baseline", .iterate), ("if that fails", .iterate), ("more advanced", .iterate),
        ("in order", .iterate), ("next,", .iterate),
    ])
    private let risk = PhraseSpotter(AnswerLexicon.risk, value: true)
    private let mitigation = PhraseSpotter(AnswerLexicon.mitigation, value: true)
    private let sequence = PhraseSpotter(["first", "second", "third", "then", "next", "after that", "finally"], value: true)

    private let because = PhraseSpotter(["because", "since", "given that"], value: true)

    init(moves: [Move]) {
        // "because" shows a conclusion only where the answer closes; it is handled apart.
        phrases = PhraseSpotter(moves.flatMap { move in
            move.phrases.filter { !(move.id == .conclusion && $0 == "because") }.map { ($0, move.id) }
        })
    }

    func detect(_ answer: AnswerText) -> [MoveID: [Int]] {
        var spotted = phrases.spot(in: answer)
        for (sentence, moves) in extra.spot(in: answer) { spotted[sentence, default: []].formUnion(moves) }
        var found: [MoveID: [Int]] = [:]
        for (sentence, moves) in spotted {
            for move in moves { found[move, default: []].append(sentence) }
        }
        let businessSentences = Set(business.sentences(in: answer))
        let last = answer.sentences.count - 1

        // A goal names the outcome for users or the business, not only an offline metric.
        if let goal = found[.goal] {
            let withOutcome = goal.filter { businessSentences.contains($0) || businessSentences.contains($0 + 1) }
            found[.goal] = withOutcome.isEmpty ? nil : withOutcome
        }
        // The failure-modes move names a risk of the plan *and* how to handle it.
        let maybe = Set(hypothetical.sentences(in: answer))
        let risky = Set(risk.sentences(in: answer)).intersection(maybe)
        let handled = Set(mitigation.sentences(in: answer))
        let paired = risky.filter { handled.contains($0) || handled.contains($0 + 1) }
        let explicit = (found[.failureModes] ?? []).filter { risky.contains($0) || handled.contains($0) || paired.contains($0) }
        let failureSentences = Set(explicit).union(paired)
        found[.failureModes] = failureSentences.isEmpty ? nil : Array(failureSentences)
        // Iterating is a sequence of improvements after a starting point.
        if found[.iterate] == nil, let baseline = found[.baseline]?.min() {
            let steps = sequence.sentences(in: answer).filter { $0 > baseline }
            if steps.count >= 2 { found[.iterate] = steps }
        }
        // A reasoned choice in the closing sentences is a conclusion too.
        if found[.conclusion] == nil, last >= 0 {
            let closing = because.sentences(in: answer).filter { $0 >= max(0, last - 1) && answer.sentences.count >= 3 }
            if !closing.isEmpty { found[.conclusion] = closing }
        }
        return found.mapValues { $0.sorted() }
    }

}
