/// The one to three changes that would help most, drawn from the user's own text.
enum AdviceWriter {
    static func advice(answer: AnswerText, open: Bool, keyPoints: [Grade.KeyPointResult], moves: [Grade.MoveResult],
                       findings: [FailureModeID: FailureModeDetector.Finding], failureResults: [Grade.FailureModeResult],
                       stats: Grade.Stats) -> [String] {
        var items: [String] = []
        if stats.words == 0 { return ["Write an answer: even three sentences — a claim, why it holds, and when it breaks — can be graded."] }

        let present = Set(failureResults.filter(\.present).map(\.id))
        if present.contains(.listingWithoutJudgment), let list = findings[.listingWithoutJudgment]?.detail, list.count >= 3 {
            let named = list.prefix(4).map { "\"\($0)\"" }
            items.append("You listed \(named.count) options (\(named.joined(separator: ", "))) and chose none: end with \"I'd start with \(list[0]) because…\" and one line on when you'd switch.")
        }
        let missed = keyPoints.filter { !$0.covered }
        if !missed.isEmpty {
            let count = keyPoints.count
            let first = missed[0].text
            items.append("You covered \(count - missed.count) of \(count) key points. Say outright that \(lowerFirst(first)).")
        }
        if present.contains(.namingWithoutExplaining), let names = findings[.namingWithoutExplaining]?.detail, let name = names.first {
            items.append("You named \(name) without saying what it does or why it matters here: add one clause — \"\(name), which …, matters here because …\".")
        }
        if present.contains(.overEngineering), let sentence = findings[.overEngineering]?.sentences.first {
            let quote = clip(answer.sentences[sentence].text)
            items.append("\"\(quote)\" comes before any baseline: start with the simplest thing that could work, and say what would justify the heavier design.")
        }
        if present.contains(.missingFailureModes) {
            items.append("Nothing says what could go wrong: close with two ways your plan fails (e.g. drift, feedback loops, bad labels) and how you'd detect and mitigate each.")
        }
        if present.contains(.forgettingTheBusiness) {
            items.append("Tie it to the product: who is affected, which user or business number moves, and what a mistake costs.")
        }
        if open {
            let missing = Set(moves.filter { !$0.present }.map(\.id))
            if missing.contains(.conclusion) && !present.contains(.listingWithoutJudgment) {
                items.append("End with the conclusion you'd defend: \"I'd start with …, because …\" — not a summary of options.")
            }
            if missing.contains(.goal) {
                items.append("Open with the goal in user terms: what outcome are we optimizing, and how would users notice success?")
            }
            if missing.contains(.baseline) && !present.contains(.overEngineering) {
                items.append("Name a baseline — the simplest thing that could work — before improving on it.")
            }
        }
        if !stats.fitsFiveMinutes {
            items.append("At \(stats.words) words this runs about \(Int(stats.speakingMinutes.rounded())) minutes aloud: cut to the strongest points to fit five.")
        }
        if stats.fillersPer100Words >= 4 {
            items.append("About \(Int(stats.fillersPer100Words)) filler words per 100 (\"basically\", \"like\"): drop them; they read as uncertainty.")
        }
        return Array(items.prefix(3))
    }

    static func lowerFirst(_ text: String) -> String {
        guard let first = text.first, text.dropFirst().first?.isLowercase == true else { return text }
        return first.lowercased() + text.dropFirst()
    }

    static func clip(_ text: String, to length: Int = 90) -> String {
        text.count <= length ? text : String(text.prefix(length)) + "…"
    }
}
