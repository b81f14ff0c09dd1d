import Foundation
import GRDB

// MARK: - Statistics (reads and aggregation only; judging the numbers is the caller's job)

extension CoachDatabase {
    /// Graded attempts per calendar day of `calendar` (and its time zone), by start time, oldest
    /// day first; days without attempts are left out. `from` is inclusive, `to` exclusive.
    /// For a streak and a heatmap.
    public func attemptsPerDay(from: Date? = nil, to: Date? = nil, calendar: Calendar = .current) throws(StoreError) -> [DayCount] {
        let dates = try reading { db in
            var request = AttemptRecord
                .select(AttemptRecord.Columns.startedAt)
                .filter(AttemptRecord.Columns.status == AttemptStatus.graded.rawValue)
            if let from { request = request.filter(AttemptRecord.Columns.startedAt >= from) }
            if let to { request = request.filter(AttemptRecord.Columns.startedAt < to) }
            return try Date.fetchAll(db, request)
        }
        return Self.countPerDay(dates, calendar: calendar)
    }

    /// Average scores of graded attempts, by archetype, topic or all together, per day, week,
    /// month or over the whole range (by start time in `calendar`). Sorted by period, then key.
    /// `from` is inclusive, `to` exclusive.
    public func scoreAverages(
        by grouping: ScoreGrouping, per period: StatsPeriod, from: Date? = nil, to: Date? = nil,
        calendar: Calendar = .current
    ) throws(StoreError) -> [ScoreAverage] {
        let key = switch grouping {
        case .archetype: "a.archetype"
        case .topic: "CAST(t.value AS TEXT)"
        case .all: "'all'"
        }
        var sql = """
            SELECT a.startedAt, \(key) AS groupKey, a.overallScore, a.coverageScore, a.structureScore
            FROM attempt a \(grouping == .topic ? "JOIN json_each(a.topics) t" : "")
            WHERE a.status = ? AND a.overallScore IS NOT NULL AND \(key) IS NOT NULL
            """
        var arguments: StatementArguments = [AttemptStatus.graded.rawValue]
        if let from {
            sql += " AND a.startedAt >= ?"
            arguments += [from]
        }
        if let to {
            sql += " AND a.startedAt < ?"
            arguments += [to]
        }
        let rows = try reading { db in try Row.fetchAll(db, sql: sql, arguments: arguments) }

        struct Bucket: Hashable {
            var key: String
            var periodStart: CalendarDay?
        }
        struct Sums {
            var attempts = 0, overall = 0
            var coverageCount = 0, coverage = 0
            var structureCount = 0, structure = 0
        }
        var sums: [Bucket: Sums] = [:]
        for row in rows {
            let startedAt: Date = row["startedAt"]
            let bucket = Bucket(key: row["groupKey"], periodStart: Self.periodStart(of: startedAt, period, calendar))
            var sum = sums[bucket, default: Sums()]
            sum.attempts += 1
            sum.overall += row["overallScore"] as Int
            if let coverage = row["coverageScore"] as Int? {
                sum.coverageCount += 1
                sum.coverage += coverage
            }
            if let structure = row["structureScore"] as Int? {
                sum.structureCount += 1
                sum.structure += structure
            }
            sums[bucket] = sum
        }
        return sums.map { bucket, sum in
            ScoreAverage(
                key: bucket.key, periodStart: bucket.periodStart, attempts: sum.attempts,
                overall: Double(sum.overall) / Double(sum.attempts),
                coverage: sum.coverageCount == 0 ? nil : Double(sum.coverage) / Double(sum.coverageCount),
                structure: sum.structureCount == 0 ? nil : Double(sum.structure) / Double(sum.structureCount))
        }
        .sorted { lhs, rhs in
            if lhs.periodStart != rhs.periodStart {
                guard let left = lhs.periodStart else { return true }
                guard let right = rhs.periodStart else { return false }
                return left < right
            }
            return lhs.key < rhs.key
        }
    }

    /// Cards falling due in `start..<end`, per calendar day of `calendar`, oldest day first;
    /// days with nothing due are left out.
    public func cardsDue(between start: Date, and end: Date, calendar: Calendar = .current) throws(StoreError) -> [DayCount] {
        let dues = try reading { db in
            try Date.fetchAll(
                db,
                CardRecord.select(CardRecord.Columns.due)
                    .filter(CardRecord.Columns.due >= start && CardRecord.Columns.due < end))
        }
        return Self.countPerDay(dues, calendar: calendar)
    }

    /// Reviews due on each of the `days` days starting with the day of `date` (one entry a day,
    /// zeros included); cards already overdue count on the first day. For a forecast chart.
    public func dueForecast(days: Int, from date: Date, calendar: Calendar = .current) throws(StoreError) -> [DayCount] {
        guard days > 0 else { return [] }
        let today = calendar.startOfDay(for: date)
        // Each day's end, by adding days to the calendar (a day is not always 24 hours).
        let ends = (1...days).map { calendar.date(byAdding: .day, value: $0, to: today) ?? today.addingTimeInterval(Double($0) * 86_400) }
        let dues = try reading { db in
            try Date.fetchAll(
                db, CardRecord.select(CardRecord.Columns.due).filter(CardRecord.Columns.due < ends[days - 1]))
        }
        var counts = Array(repeating: 0, count: days)
        for due in dues {
            // The first day whose end is after the due date (binary search).
            var low = 0, high = days - 1
            while low < high {
                let middle = (low + high) / 2
                if due < ends[middle] { high = middle } else { low = middle + 1 }
            }
            counts[low] += 1
        }
        return (0..<days).map { index in
            let start = index == 0 ? today : ends[index - 1]
            return DayCount(day: CalendarDay(start, in: calendar), count: counts[index])
        }
    }

    /// How many attempts have `status`; when `status` is nil, every attempt not discarded.
    public func attemptCount(status: AttemptStatus? = nil) throws(StoreError) -> Int {
        try reading { db in
            if let status {
                try AttemptRecord.filter(AttemptRecord.Columns.status == status.rawValue).fetchCount(db)
            } else {
                try AttemptRecord.filter(AttemptRecord.Columns.status != AttemptStatus.discarded.rawValue).fetchCount(db)
            }
        }
    }

    /// Reviews recorded at or after `from` and before `to`.
    public func reviewCount(from: Date? = nil, to: Date? = nil) throws(StoreError) -> Int {
        try reading { db in
            var request = ReviewLogRecord.all()
            if let from { request = request.filter(ReviewLogRecord.Columns.reviewedAt >= from) }
            if let to { request = request.filter(ReviewLogRecord.Columns.reviewedAt < to) }
            return try request.fetchCount(db)
        }
    }

    // MARK: - Export

    /// Every attempt in the order started (ties by id), for CSV or JSON export. Discarded attempts
    /// are left out unless asked for.
    public func allAttempts(includeDiscarded: Bool = false) throws(StoreError) -> [AttemptRecord] {
        try reading { db in
            var request = AttemptRecord.all()
            if !includeDiscarded {
                request = request.filter(AttemptRecord.Columns.status != AttemptStatus.discarded.rawValue)
            }
            return try request.order(AttemptRecord.Columns.startedAt, AttemptRecord.Columns.id).fetchAll(db)
        }
    }

    // MARK: - Helpers

    static func countPerDay(_ dates: [Date], calendar: Calendar) -> [DayCount] {
        var counts: [CalendarDay: Int] = [:]
        for date in dates {
            counts[CalendarDay(date, in: calendar), default: 0] += 1
        }
        return counts.map { DayCount(day: $0.key, count: $0.value) }.sorted { $0.day < $1.day }
    }

    static func periodStart(of date: Date, _ period: StatsPeriod, _ calendar: Calendar) -> CalendarDay? {
        switch period {
        case .day:
            return CalendarDay(date, in: calendar)
        case .week:
            let start = calendar.dateInterval(of: .weekOfYear, for: date)?.start ?? date
            return CalendarDay(start, in: calendar)
        case .month:
            var day = CalendarDay(date, in: calendar)
            day.day = 1
            return day
        case .allTime:
            return nil
        }
    }
}
