import Foundation

/// ISO-8601 date-times as review logs write them, read and written straight from and to bytes:
/// `schedule replay` handles millions a run, where `ISO8601DateFormatter` costs microseconds each.
enum ISOTimestamp {
    static let secondsPerDay: Int64 = 86_400

    /// Reads `2025-01-31T09:00:00Z`, `2025-01-31T09:00:00.250+01:00` and the like: a date, `T`
    /// (or a space), hours and minutes, optional seconds with an optional fraction, and a time
    /// zone (`Z` or an offset), which is required because a log without one is ambiguous.
    static func parse(_ text: UnsafeBufferPointer<UInt8>) -> Date? {
        var cursor = Cursor(text: text)
        guard let year = cursor.digits(4), cursor.skip(0x2D), let month = cursor.digits(2), cursor.skip(0x2D),
              let day = cursor.digits(2), cursor.skip(0x54) || cursor.skip(0x74) || cursor.skip(0x20), // T, t or a space
              let hour = cursor.digits(2), cursor.skip(0x3A), let minute = cursor.digits(2)
        else { return nil }
        var second = 0
        var nanoseconds = 0
        if cursor.skip(0x3A) {
            guard let value = cursor.digits(2) else { return nil }
            second = value
            if cursor.skip(0x2E) || cursor.skip(0x2C) {
                // Digits past nanoseconds are read and dropped.
                var scale = 100_000_000
                guard cursor.nextIsDigit else { return nil }
                while cursor.nextIsDigit {
                    nanoseconds += cursor.digits(1)! * scale
                    scale /= 10
                }
            }
        }
        guard (1...12).contains(month), (1...daysInMonth(month, year: year)).contains(day), hour < 24, minute < 60, second < 60
        else { return nil }

        var offsetSeconds = 0
        if !(cursor.skip(0x5A) || cursor.skip(0x7A)) { // Z or z, else an offset
            let sign: Int
            if cursor.skip(0x2B) { sign = 1 } else if cursor.skip(0x2D) { sign = -1 } else { return nil }
            guard let hours = cursor.digits(2) else { return nil }
            _ = cursor.skip(0x3A)
            guard let minutes = cursor.digits(2), hours < 24, minutes < 60 else { return nil }
            offsetSeconds = sign * (hours * 3600 + minutes * 60)
        }
        guard cursor.atEnd else { return nil }

        let seconds = daysSinceEpoch(year: year, month: month, day: day) * secondsPerDay
            + Int64(hour * 3600 + minute * 60 + second - offsetSeconds)
        return Date(timeIntervalSince1970: Double(seconds) + Double(nanoseconds) / 1e9)
    }

    private struct Cursor {
        let text: UnsafeBufferPointer<UInt8>
        var position = 0

        var atEnd: Bool { position == text.count }
        var nextIsDigit: Bool { position < text.count && (0x30...0x39).contains(text[position]) }

        mutating func skip(_ byte: UInt8) -> Bool {
            guard position < text.count, text[position] == byte else { return false }
            position += 1
            return true
        }

        /// The number written by exactly `count` decimal digits.
        @inline(__always)
        mutating func digits(_ count: Int) -> Int? {
            guard position + count <= text.count else { return nil }
            var value = 0
            for index in position..<position + count {
                let digit = Int(text[index]) &- 0x30
                guard digit >= 0 && digit <= 9 else { return nil }
                value = value * 10 + digit
            }
            position += count
            return value
        }
    }

    static func parse(_ text: String) -> Date? {
        var text = text
        return text.withUTF8 { parse($0) }
    }

    /// The most bytes `write(_:into:)` writes.
    static let maximumLength = 48

    /// Writes `date` in UTC with seconds, `2025-01-31T09:00:00Z`, adding microseconds only when
    /// the time has a fraction of a second (as Python's `isoformat` does). Returns the length.
    static func write(_ date: Date, into output: UnsafeMutablePointer<UInt8>) -> Int {
        let microseconds = Int64((date.timeIntervalSince1970 * 1_000_000).rounded())
        let (seconds, fraction) = floorDivision(microseconds, 1_000_000)
        let (days, secondOfDay) = floorDivision(seconds, secondsPerDay)
        let (year, month, day) = civilDate(daysSinceEpoch: days)
        var writer = Writer(output: output)
        if (0...9999).contains(year) {
            writer.twoDigits(year / 100)
            writer.twoDigits(year % 100)
        } else {
            for digit in String(year).utf8 { writer.byte(digit) } // past ISO-8601's four-digit years
        }
        writer.byte(0x2D)
        writer.twoDigits(month)
        writer.byte(0x2D)
        writer.twoDigits(day)
        writer.byte(0x54)
        writer.twoDigits(secondOfDay / 3600)
        writer.byte(0x3A)
        writer.twoDigits(secondOfDay % 3600 / 60)
        writer.byte(0x3A)
        writer.twoDigits(secondOfDay % 60)
        if fraction != 0 {
            writer.byte(0x2E)
            writer.twoDigits(fraction / 10_000)
            writer.twoDigits(fraction / 100 % 100)
            writer.twoDigits(fraction % 100)
        }
        writer.byte(0x5A)
        return writer.length
    }

    private struct Writer {
        let output: UnsafeMutablePointer<UInt8>
        var length = 0

        mutating func byte(_ value: UInt8) {
            output[length] = value
            length += 1
        }

        mutating func twoDigits(_ value: Int64) {
            output[length] = UInt8(truncatingIfNeeded: 0x30 + value / 10)
            output[length + 1] = UInt8(truncatingIfNeeded: 0x30 + value % 10)
            length += 2
        }
    }

    static func string(_ date: Date) -> String {
        String(unsafeUninitializedCapacity: maximumLength) { buffer in write(date, into: buffer.baseAddress!) }
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
}
