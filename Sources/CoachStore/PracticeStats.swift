/// How many things happened (or fall due) on one calendar day.
public struct DayCount: Hashable, Codable, Sendable {
    public var day: CalendarDay
    public var count: Int

    public init(day: CalendarDay, count: Int) {
        self.day = day
        self.count = count
    }
}

/// What score averages are grouped by.
public enum ScoreGrouping: String, Codable, Sendable, CaseIterable {
    /// The attempt's archetype; attempts without one are left out.
    case archetype
    /// Each of the attempt's topics (an attempt on two topics counts toward both).
    case topic
    /// Every graded attempt together, under the key `all`.
    case all
}

/// The time buckets of score averages.
public enum StatsPeriod: String, Codable, Sendable, CaseIterable {
    case day
    /// Weeks start on the calendar's first weekday.
    case week
    case month
    /// One bucket for the whole range; its `periodStart` is nil.
    case allTime
}

/// The average scores of the graded attempts in one group (an archetype, a topic) and one period.
public struct ScoreAverage: Hashable, Codable, Sendable {
    /// The archetype id (`design`), the topic number (`39`) or `all`.
    public var key: String
    /// The first day of the period; nil for `StatsPeriod.allTime`.
    public var periodStart: CalendarDay?
    /// Graded attempts averaged.
    public var attempts: Int
    public var overall: Double
    /// Averages over the attempts that have the score; nil when none has.
    public var coverage: Double?
    public var structure: Double?

    public init(key: String, periodStart: CalendarDay?, attempts: Int, overall: Double, coverage: Double?, structure: Double?) {
        self.key = key
        self.periodStart = periodStart
        self.attempts = attempts
        self.overall = overall
        self.coverage = coverage
        self.structure = structure
    }
}
