import Foundation

/// ISO-8601 date-times as review logs write them, read and written straight from and to bytes:
/// `schedule replay` handles millions a run, where `ISO8601DateFormatter` costs microseconds each.
enum ISOTimestamp {
    static let secondsPerDay: Int64 = 86_400

    /// Reads `2025-01-31T09:00:00Z`, `2025-01-31T09:00:00.250+01:00` and the like: a date, `T`
    /// (or a space), hours and minutes, optional seconds with an optional fraction, and a time
    /// zone (`Z` or an offset), which is required because a log without one is ambiguous.
    static func parse(_ text: UnsafeBufferPointer<UInt8>) -> Date? {
        var position = 0
        func digits(_ count: Int) -> Int? {
            guard position + count <= text.count else { return nil }
            var value = 0
            for _ in 0..<count {
                let digit = Int(text[position]) - 48
                guard (0...9).contains(digit) else { return nil }
                value = value * 10 + digit
                position += 1
            }
            return value
        }
        func skip(_ byte: UInt8) -> Bool {
            guard position < text.count, text[position] == byte else { return false }
            position += 1
            return true
        }

        guard let year = digits(4), skip(0x2D), let month = digits(2), skip(0x2D), let day = digits(2),
              skip(0x54) || skip(0x74) || skip(0x20) // T, t or a space
        else { return nil }
        guard let hour = digits(2), skip(0x3A), let minute = digits(2) else { return nil }
        var second = 0
        var nanoseconds = 0
        if skip(0x3A) {
            guard let value = digits(2) else { return nil }
            second = value
            if skip(0x2E) || skip(0x2C) {
                // Digits past nanoseconds are read and dropped.
                var scale = 100_000_000
                let start = position
                while position < text.count, (48...57).contains(text[position]) {
                    nanoseconds += Int(text[position] - 48) * scale
                    scale /= 10
                    position += 1
                }
                guard position > start else { return nil }
            }
        }
        guard (1...12).contains(month), (1...daysInMonth(month, year: year)).contains(day),
              hour < 24, minute < 60, second < 60, position < text.count
        else { return nil }

        var offsetSeconds = 0
        switch text[position] {
        case 0x5A, 0x7A: // Z or z
            position += 1
        case 0x2B, 0x2D: // + or -
            let sign = text[position] == 0x2D ? -1 : 1
            position += 1
            guard let hours = digits(2) else { return nil }
            _ = skip(0x3A)
            guard let minutes = digits(2), hours < 24, minutes < 60 else { return nil }
            offsetSeconds = sign * (hours * 3600 + minutes * 60)
        default:
            return nil
        }
        guard position == text.count else { return nil }

        let seconds = daysSinceEpoch(year: year, month: month, day: day) * secondsPerDay
            + Int64(hour * 3600 + minute * 60 + second - offsetSeconds)
        return Date(timeIntervalSince1970: Double(seconds) + Double(nanoseconds) / 1e9)
    }

    static func parse(_ text: String) -> Date? {
        var text = text
        return text.withUTF8 { parse($0) }
    }

    /// Writes `date` in UTC with seconds, `2025-01-31T09:00:00Z`, adding microseconds only when
    /// the time has a fraction of a second (as Python's `isoformat` does).
    static func write(_ date: Date, to output: inout [UInt8]) {
        let microseconds = Int64((date.timeIntervalSince1970 * 1_000_000).rounded())
        let (seconds, fraction) = floorDivision(microseconds, 1_000_000)
        let (days, secondOfDay) = floorDivision(seconds, secondsPerDay)
        let (year, month, day) = civilDate(daysSinceEpoch: days)
        appendDigits(year, width: 4, to: &output)
        output.append(0x2D)
        appendDigits(month, width: 2, to: &output)
        output.append(0x2D)
        appendDigits(day, width: 2, to: &output)
        output.append(0x54)
        appendDigits(Int64(secondOfDay / 3600), width: 2, to: &output)
        output.append(0x3A)
        appendDigits(Int64(secondOfDay % 3600 / 60), width: 2, to: &output)
        output.append(0x3A)
        appendDigits(Int64(secondOfDay % 60), width: 2, to: &output)
        if fraction != 0 {
            output.append(0x2E)
            appendDigits(fraction, width: 6, to: &output)
        }
        output.append(0x5A)
    }

    static func string(_ date: Date) -> String {
        var bytes: [UInt8] = []
        write(date, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    // MARK: Calendar arithmetic

    // Days since 1970-01-01 in the proleptic Gregorian calendar and back, counting in 400-year
    // eras of 146,097 days that start on 1 March (Howard Hinnant's published algorithms), so a
    // date converts in a few integer operations without a calendar object.

    static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int64 {
        let shiftedYear = Int64(month <= 2 ? year - 1 : year)
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = Int64((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1)
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    static func civilDate(daysSinceEpoch days: Int64) -> (year: Int64, month: Int64, day: Int64) {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    static func daysInMonth(_ month: Int, year: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    private static func floorDivision(_ value: Int64, _ divisor: Int64) -> (Int64, Int64) {
        let (quotient, remainder) = value.quotientAndRemainder(dividingBy: divisor)
        return remainder < 0 ? (quotient - 1, remainder + divisor) : (quotient, remainder)
    }

    /// Zero-padded to `width`; a wider value (a year past 9999) keeps all its digits.
    private static func appendDigits(_ value: Int64, width: Int, to output: inout [UInt8]) {
        let start = output.count
        var remaining = value
        repeat {
            output.append(UInt8(48 + remaining % 10))
            remaining /= 10
        } while remaining > 0
        while output.count - start < width { output.append(48) }
        output[start...].reverse()
    }
}
