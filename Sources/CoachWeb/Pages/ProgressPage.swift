import CoachCore
import CoachStore
import Foundation

/// `/progress`: average score by archetype per week, retention, reviews due in the next two
/// weeks and a calendar of days practised. Each chart is an SVG with a title and a table beside
/// it (in a `details`) for screen readers and for exact numbers.
enum ProgressPage {
    static func render(report: ProgressReport, library: ContentLibrary) -> HTML {
        Layout.page(title: "Progress", current: .progress) {
            H.h1 { "Your progress" }
            H.ul(.class("scores summary-numbers"), .id("progress-summary")) {
                number("Attempts graded", "\(report.gradedAttempts)", id: "attempt-count")
                number("Reviews", "\(report.reviews)", id: "review-count")
                number("Day streak", "\(report.streak)", id: "streak")
                number("Due now", "\(report.dueNow)", id: "due-now")
            }
            if report.gradedAttempts == 0 {
                H.p(.class("notice")) {
                    "Nothing practised yet. "
                    H.a(.href("/practice")) { "Answer a question" }
                    " and the charts fill in."
                }
            }
            scores(report, library: library)
            retention(report)
            forecast(report)
            calendar(report)
        }
    }

    static func number(_ name: String, _ value: String, id: String) -> HTML {
        H.li {
            H.span(.class("score-value"), .id(id)) { value }
            H.span(.class("score-name")) { name }
        }
    }

    static func scores(_ report: ProgressReport, library: ContentLibrary) -> HTML {
        let weeks = Array(Set(report.weeklyScores.compactMap(\.periodStart))).sorted()
        let index = Dictionary(uniqueKeysWithValues: weeks.enumerated().map { ($0.element, $0.offset) })
        let series = ArchetypeID.allCases.enumerated().compactMap { offset, archetype -> Charts.Series? in
            let points = report.weeklyScores.filter { $0.key == archetype.rawValue }.compactMap { average -> (x: Int, y: Double)? in
                guard let week = average.periodStart, let x = index[week] else { return nil }
                return (x, average.overall)
            }
            return points.isEmpty ? nil : Charts.Series(name: archetype.rawValue, style: "series-\(offset)", points: points)
        }
        let labels = weeks.map { String($0.description.dropFirst(5)) }
        return H.section(.class("panel"), .ariaLabelledBy("scores-heading")) {
            H.h2(.id("scores-heading")) { "Average score by archetype, per week" }
            if series.isEmpty {
                H.p(.class("muted")) { "No graded attempts in the last \(report.weeks) weeks." }
            } else {
                H.div(.class("chart-scroll")) {
                    Charts.lines(title: "Average overall score (0–100) per week, one line per archetype", series: series,
                                 xLabels: labels, id: "chart-scores")
                }
                H.ul(.class("legend-list")) {
                    for line in series { H.li { H.span(.class("swatch \(line.style)"), Attribute("aria-hidden", "true")) { "" }; line.name } }
                }
                H.details {
                    H.summary { "The numbers" }
                    H.table {
                        H.thead { H.tr { H.th { "Week of" }; H.th { "Archetype" }; H.th { "Attempts" }; H.th { "Average" } } }
                        H.tbody {
                            for average in report.weeklyScores {
                                H.tr {
                                    H.td { average.periodStart?.description ?? "" }
                                    H.td { average.key }
                                    H.td { "\(average.attempts)" }
                                    H.td { Charts.format(average.overall) }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    static func retention(_ report: ProgressReport) -> HTML {
        H.section(.class("panel"), .ariaLabelledBy("retention-heading")) {
            H.h2(.id("retention-heading")) { "Retention" }
            if let retention = report.retention {
                H.p {
                    "Across \(Format.plural(report.cards, "scheduled question")), you would recall about "
                    H.strong(.id("retention")) { Format.percent(retention) }
                    " today (the scheduler aims for 90%, the line)."
                }
                Charts.gauge(title: "Mean expected recall today: \(Format.percent(retention)), target 90%", value: retention, id: "chart-retention")
            } else {
                H.p(.class("muted")) { "No question is scheduled yet: rate an answer to start." }
            }
        }
    }

    static func forecast(_ report: ProgressReport) -> HTML {
        let values = report.forecast.enumerated().map { offset, entry in
            (label: offset == 0 ? "today" : String(entry.day.description.dropFirst(8)), value: entry.count)
        }
        return H.section(.class("panel"), .ariaLabelledBy("forecast-heading")) {
            H.h2(.id("forecast-heading")) { "Reviews due in the next 14 days" }
            H.div(.class("chart-scroll")) {
                Charts.bars(title: "Reviews due per day for the next 14 days; today includes overdue reviews", values: values, id: "chart-forecast")
            }
            H.details {
                H.summary { "The numbers" }
                H.table {
                    H.thead { H.tr { H.th { "Day" }; H.th { "Due" } } }
                    H.tbody { for entry in report.forecast { H.tr { H.td { entry.day.description }; H.td { "\(entry.count)" } } } }
                }
            }
        }
    }

    static func calendar(_ report: ProgressReport) -> HTML {
        let active = report.days.keys.sorted()
        return H.section(.class("panel"), .ariaLabelledBy("calendar-heading")) {
            H.h2(.id("calendar-heading")) { "Days practised, last \(report.weeks) weeks" }
            // Scrolled to the latest weeks on a narrow screen (right-to-left container, left-to-right chart).
            H.div(.class("chart-scroll from-end")) {
                Charts.heatmap(title: "Calendar of days with graded attempts over the last \(report.weeks) weeks; \(Format.plural(active.count, "day")) practised",
                               counts: report.days, today: report.now, weeks: report.weeks, calendar: report.calendar, id: "chart-calendar")
            }
            H.details {
                H.summary { "The numbers" }
                if active.isEmpty {
                    H.p { "No days practised yet." }
                } else {
                    H.table {
                        H.thead { H.tr { H.th { "Day" }; H.th { "Attempts" } } }
                        H.tbody { for day in active { H.tr { H.td { day }; H.td { "\(report.days[day] ?? 0)" } } } }
                    }
                }
            }
        }
    }
}
