import Foundation

/// A day-by-day plan from today to the interview.
public struct StudyPlan: Codable, Sendable, Equatable {
    public struct Day: Codable, Sendable, Equatable {
        /// `yyyy-MM-dd` in the user's calendar.
        public var date: String
        public var topic: TopicFocus?
        public var reviewsDue: Int
        /// Grill questions from the day's topic.
        public var grill: [PlannedQuestion]
        public var crossTopic: PlannedQuestion?
        public var mock: Bool
        public var minutes: Int

        enum CodingKeys: String, CodingKey {
            case date, topic, grill, mock, minutes
            case reviewsDue = "reviews_due"
            case crossTopic = "cross_topic"
        }
    }

    public struct TopicFocus: Codable, Sendable, Equatable {
        public var number: String
        public var slug: String
        public var title: String
        /// Why this topic today: never practised, or its average score.
        public var reason: String
    }

    public struct PlannedQuestion: Codable, Sendable, Equatable {
        public var id: String
        public var text: String
    }

    public var until: String
    public var minutesPerDay: Int
    public var days: [Day]

    enum CodingKeys: String, CodingKey {
        case until, days
        case minutesPerDay = "minutes_per_day"
    }
}

/// How practice on a topic has gone: the attempts on its questions and their average score.
public struct TopicProgress: Sendable, Equatable {
    public var attempts: Int
    public var averageScore: Double

    public init(attempts: Int, averageScore: Double) {
        self.attempts = attempts
        self.averageScore = averageScore
    }
}

public enum StudyPlanner {
    /// Minutes each part of a day is budgeted: a review, a grill question, a cross-topic answer, a mock.
    static let reviewMinutes = 2
    static let grillMinutes = 5
    static let crossTopicMinutes = 10
    static let mockMinutes = 45
    /// Plans longer than this many days are refused: nobody prepares for a year.
    public static let maximumDays = 366

    /// - Parameters:
    ///   - dueByDay: reviews falling due per `yyyy-MM-dd` day (overdue ones on the first day).
    ///   - mastery: per topic number, what the user's attempts say.
    public static func plan(from today: Date, until: Date, minutesPerDay: Int, library: ContentLibrary,
                            mastery: [String: TopicProgress], dueByDay: [String: Int], calendar: Calendar) -> StudyPlan {
        let formatter = dayFormatter(calendar)
        let start = calendar.startOfDay(for: today)
        let end = calendar.startOfDay(for: until)
        let dayCount = min(maximumDays, max(0, (calendar.dateComponents([.day], from: start, to: end).day ?? 0) + 1))

        let order = topicOrder(library: library, mastery: mastery)
        let crossTopic = library.questions.filter { $0.kind == .crossTopic || $0.kind == .workedExample }.sorted { $0.id < $1.id }
        var days: [StudyPlan.Day] = []
        for offset in 0..<dayCount {
            guard let date = calendar.date(byAdding: .day, value: offset, to: start) else { break }
            let key = formatter.string(from: date)
            let reviews = dueByDay[key] ?? 0
            // A mock at the end of each week and on the last day before the interview.
            let mock = dayCount > 1 && ((offset + 1) % 7 == 0 || offset == dayCount - 1)
            var budget = minutesPerDay - min(reviews * reviewMinutes, minutesPerDay / 2) - (mock ? mockMinutes : 0)
            var topic: StudyPlan.TopicFocus?
            var grill: [StudyPlan.PlannedQuestion] = []
            if !order.isEmpty {
                let (number, reason) = order[offset % order.count]
                if let found = library.topic(named: number) {
                    topic = .init(number: found.number, slug: found.slug, title: found.title, reason: reason)
                    let pool = library.questions(inTopic: found.number).filter { $0.topics.first == found.number && $0.kind == .grill }
                    let candidates = pool.isEmpty ? library.questions(inTopic: found.number) : pool
                    let count = max(1, (budget - crossTopicMinutes) / grillMinutes)
                    // Later passes over the same topic take the next questions, not the same ones.
                    let pass = offset / order.count
                    grill = (0..<min(count, candidates.count)).map { candidates[(pass * count + $0) % candidates.count] }
                        .map { .init(id: $0.id, text: $0.text) }
                    budget -= grill.count * grillMinutes
                }
            }
            let cross = crossTopic.isEmpty ? nil : crossTopic[offset % crossTopic.count]
            days.append(StudyPlan.Day(date: key, topic: topic, reviewsDue: reviews, grill: grill,
                                      crossTopic: cross.map { .init(id: $0.id, text: $0.text) }, mock: mock,
                                      minutes: minutesPerDay))
        }
        return StudyPlan(until: formatter.string(from: end), minutesPerDay: minutesPerDay, days: days)
    }

    /// Topics with questions, never practised first (the ones with most questions first, as
    /// they come up most), then practised ones from the weakest.
    static func topicOrder(library: ContentLibrary, mastery: [String: TopicProgress]) -> [(String, String)] {
        let withQuestions = library.topics.map { ($0.number, library.questions(inTopic: $0.number).count) }.filter { $0.1 > 0 }
        let unseen = withQuestions.filter { (mastery[$0.0]?.attempts ?? 0) == 0 }
            .sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
            .map { ($0.0, "not practised yet") }
        var practised: [(number: String, mastery: TopicProgress)] = []
        for (number, _) in withQuestions {
            if let known = mastery[number], known.attempts > 0 { practised.append((number, known)) }
        }
        practised.sort { a, b in
            a.mastery.averageScore != b.mastery.averageScore ? a.mastery.averageScore < b.mastery.averageScore : a.number < b.number
        }
        let seen = practised.map { entry -> (String, String) in
            (entry.number, "average \(Int(entry.mastery.averageScore.rounded())) over \(entry.mastery.attempts) attempt(s)")
        }
        return unseen + seen
    }

    public static func dayFormatter(_ calendar: Calendar) -> DateFormatter {
        let formatter = DateFormatter()
        formatter.calendar = calendar
        formatter.timeZone = calendar.timeZone
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter
    }
}
