import CoachCore
import Foundation

extension CoachDatabase {
    /// Reviews a question's card with `scheduler` and stores the review, in one step shared by
    /// the terminal and the web app; returns the card as it now stands.
    @discardableResult
    public func review(questionID: String, attemptID: Int64?, rating: Rating, at date: Date,
                       scheduler: Scheduler) throws(StoreError) -> SchedulingCard {
        let before = try card(for: questionID)
        let (after, log) = scheduler.review(card: before ?? SchedulingCard(due: date), rating: rating, at: date)
        try recordReview(questionID: questionID, attemptID: attemptID, rating: rating, at: date, before: before,
                         after: after, retrievability: before == nil ? nil : log.retrievability)
        return after
    }

    /// Attempts and average overall score per topic number, from every graded attempt: what the
    /// drill queue and the study plan order topics by.
    public func topicProgress() throws(StoreError) -> [String: TopicProgress] {
        var progress: [String: TopicProgress] = [:]
        for average in try scoreAverages(by: .topic, per: .allTime) {
            progress[average.key] = TopicProgress(attempts: average.attempts, averageScore: average.overall)
        }
        return progress
    }
}
