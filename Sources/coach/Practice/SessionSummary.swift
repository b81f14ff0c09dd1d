import CoachCore
import Foundation

/// What a practice session has done so far; read by the Ctrl-C handler from another thread.
final class SessionSummary: @unchecked Sendable {
    struct Entry: Codable {
        var questionID: String
        var attemptID: Int64
        var overall: Int
        var proposed: Rating
        var accepted: Rating?
        var blindScore: Int?
        var seconds: Double
        var nextDue: Date?

        enum CodingKeys: String, CodingKey {
            case questionID = "question_id"
            case attemptID = "attempt_id"
            case overall, proposed, accepted, seconds
            case blindScore = "blind_score"
            case nextDue = "next_due"
        }
    }

    private let lock = NSLock()
    private var entries: [Entry] = []
    /// The attempt being typed, if any: kept in the database as in progress.
    private var openAttempt: (id: Int64, question: String)?

    func add(_ entry: Entry) { lock.withLock { entries.append(entry) } }
    func begin(attempt id: Int64, question: String) { lock.withLock { openAttempt = (id, question) } }
    func end() { lock.withLock { openAttempt = nil } }
    var all: [Entry] { lock.withLock { entries } }

    func text(interrupted: Bool) -> String {
        let (entries, open) = lock.withLock { (self.entries, openAttempt) }
        var lines: [String] = []
        lines.append(Terminal.bold(interrupted ? "Session stopped." : "Session done."))
        if entries.isEmpty {
            lines.append("  No answers graded.")
        } else {
            let average = entries.map(\.overall).reduce(0, +) / entries.count
            lines.append("  \(entries.count) answer(s), average overall \(average)/100.")
            let ratings = Rating.allCases.compactMap { rating -> String? in
                let count = entries.filter { ($0.accepted ?? $0.proposed) == rating }.count
                return count > 0 ? "\(count) \(rating.name)" : nil
            }
            lines.append("  Ratings: " + ratings.joined(separator: ", "))
            let blind = entries.compactMap(\.blindScore)
            if !blind.isEmpty { lines.append("  Blind naming averaged \(blind.reduce(0, +) / blind.count)/100.") }
        }
        if let open {
            lines.append("  Your answer to “\(GradePrinter.clip(open.question, 60))” is saved unfinished (attempt \(open.id)):")
            lines.append("  `coach drill --resume` finishes it; `coach drill --discard-unfinished` drops it.")
        }
        return lines.joined(separator: "\n")
    }
}
