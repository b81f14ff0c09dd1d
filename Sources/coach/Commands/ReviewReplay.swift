import CoachCore
import Foundation

/// Replays a review log through the scheduler: each line reviews one card, cards are told apart
/// by id and start new at their first review, and each review's outcome is written as soon as
/// it is known. Memory grows with the number of cards, never with the length of the log.
struct ReviewReplay: ~Copyable {
    enum Format: String, CaseIterable {
        /// JSON Lines: one object a review.
        case json
        /// Aligned columns for reading in a terminal.
        case text
    }

    static let maximumLineBytes = 64 * 1024
    /// Far beyond any real deck; a log with more distinct cards is refused rather than let to
    /// use up memory.
    static let maximumCards = 1_000_000

    let scheduler: Scheduler
    let format: Format
    private var random: SeededRandomSource
    /// Cards in the order they first appear, found by id through `cardIndex`: the small index keeps
    /// hash lookups in cache, and the cards themselves are read in order when the log cycles
    /// through its cards.
    private var cards: [SchedulingCard] = []
    private var cardIndex: [String: Int] = [:]
    private var output = ByteOutput()

    init(scheduler: Scheduler, format: Format, random: SeededRandomSource) {
        self.scheduler = scheduler
        self.format = format
        self.random = random
    }

    /// Replays the log read from `fileDescriptor`; `name` names it in error messages.
    mutating func run(fileDescriptor: Int32, name: String) throws {
        defer { output.flush() }
        if format == .text { output.append("card        rating  at                    state       step  stability   difficulty  recall  due\n") }
        let reader = LineReader(fileDescriptor: fileDescriptor, maximumLineBytes: Self.maximumLineBytes)
        do {
            try reader.forEachLine { number, line in
                guard line.contains(where: { $0 != 0x20 && $0 != 0x09 }) else { return }
                do throws(LoggedReview.Problem) {
                    try replay(try LoggedReview.parse(line))
                } catch {
                    throw CoachFailure.content("\(name):\(number): \(error.message)")
                }
            }
        } catch let tooLong as LineReader.LineTooLong {
            throw CoachFailure.content("\(name):\(tooLong.line): the line is over \(Self.maximumLineBytes) bytes, the limit for a review log line")
        } catch let unreadable as LineReader.Unreadable {
            throw CoachFailure.usage("\(name): cannot read: \(unreadable.reason)")
        }
    }

    private mutating func replay(_ review: LoggedReview) throws(LoggedReview.Problem) {
        let index = cardIndex[review.card]
        let before = index.map { cards[$0] } ?? SchedulingCard(due: review.at)
        if let previous = before.lastReview, review.at < previous {
            throw LoggedReview.Problem(message: "card '\(review.card)' is reviewed at \(ISOTimestamp.string(review.at)), before its "
                + "previous review at \(ISOTimestamp.string(previous)); a card's reviews must be in time order")
        }
        let (after, log) = scheduler.review(card: before, rating: review.rating, at: review.at, random: &random)
        if let index {
            cards[index] = after
        } else {
            guard cards.count < Self.maximumCards else {
                throw LoggedReview.Problem(message: "more than \(Self.maximumCards) distinct cards; replay a smaller log")
            }
            cardIndex[review.card] = cards.count
            cards.append(after)
        }
        switch format {
        case .json: writeJSON(review, after, log)
        case .text: writeText(review, after, log)
        }
    }

    private mutating func writeJSON(_ review: LoggedReview, _ card: SchedulingCard, _ log: ReviewLog) {
        output.append("{\"card\":")
        output.appendJSONString(review.card)
        output.append(",\"rating\":")
        output.append(review.rating.rawValue)
        output.append(",\"at\":\"")
        output.append(review.at)
        output.append("\",\"state\":\"")
        output.append(contentsOf: card.state.rawValue)
        output.append("\",\"step\":")
        if let step = card.step { output.append(step) } else { output.append("null") }
        output.append(",\"stability\":")
        output.append(card.stability!)
        output.append(",\"difficulty\":")
        output.append(card.difficulty!)
        output.append(",\"retrievability\":")
        output.append(log.retrievability)
        output.append(",\"due\":\"")
        output.append(card.due)
        output.append("\"}\n")
    }

    private mutating func writeText(_ review: LoggedReview, _ card: SchedulingCard, _ log: ReviewLog) {
        func padded(_ text: String, _ width: Int) -> String { text + String(repeating: " ", count: max(1, width - text.count)) }
        output.append(contentsOf: padded(review.card, 12) + padded(review.rating.name.lowercased(), 8))
        output.append(contentsOf: padded(ISOTimestamp.string(review.at), 22) + padded(card.state.rawValue, 12))
        output.append(contentsOf: padded(card.step.map(String.init) ?? "-", 6))
        output.append(contentsOf: padded(String(format: "%.4f", card.stability!), 12) + padded(String(format: "%.4f", card.difficulty!), 12))
        output.append(contentsOf: padded(String(format: "%.4f", log.retrievability), 8))
        output.append(card.due)
        output.append("\n")
    }
}
