import Foundation

/// Writes a study plan as an iCalendar file (RFC 5545): one all-day event a day.
public enum CalendarFile {
    public static func ics(for plan: StudyPlan, stamp: Date) -> String {
        let stampFormatter = DateFormatter()
        stampFormatter.locale = Locale(identifier: "en_US_POSIX")
        stampFormatter.timeZone = TimeZone(identifier: "UTC")
        stampFormatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Interview Coach//coach plan//EN", "CALSCALE:GREGORIAN"]
        for day in plan.days {
            let compact = day.date.replacingOccurrences(of: "-", with: "")
            var summary = day.topic.map { "Interview prep: \($0.title)" } ?? "Interview prep"
            if day.mock { summary += " + mock interview" }
            var description: [String] = []
            if let topic = day.topic { description.append("Deep dive: \(topic.number) \(topic.title) (\(topic.reason))") }
            if day.reviewsDue > 0 { description.append("Reviews due: \(day.reviewsDue)") }
            for question in day.grill { description.append("Grill: \(question.text)") }
            if let cross = day.crossTopic { description.append("Cross-topic: \(cross.text)") }
            if day.mock { description.append("Mock interview: coach mock") }
            lines += [
                "BEGIN:VEVENT",
                "UID:coach-plan-\(compact)@interview-coach",
                "DTSTAMP:\(stampFormatter.string(from: stamp))",
                "DTSTART;VALUE=DATE:\(compact)",
                "SUMMARY:\(escape(summary))",
                "DESCRIPTION:\(escape(description.joined(separator: "\n")))",
                "END:VEVENT",
            ]
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

    /// Text values escape backslashes, semicolons, commas and newlines.
    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n", "\r\n": out += "\\n"
            default: out.append(character)
            }
        }
        return out
    }

    /// Lines longer than 75 octets continue on the next line after a space, never inside a
    /// multi-byte character.
    static func fold(_ line: String) -> String {
        var result = ""
        var count = 0
        for character in line {
            let size = String(character).utf8.count
            if count + size > 75 {
                result += "\r\n "
                count = 1
            }
            result.append(character)
            count += size
        }
        return result
    }
}
