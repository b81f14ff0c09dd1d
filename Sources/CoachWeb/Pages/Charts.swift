import Foundation

/// Server-drawn SVG charts: no script, colours from the stylesheet (light and dark), a `<title>`
/// and an `aria-label` on each; the pages put a table beside each chart as its text fallback.
enum Charts {
    struct Series {
        var name: String
        /// CSS class giving the colour (`series-0` …).
        var style: String
        /// (index on the x axis, value 0–100).
        var points: [(x: Int, y: Double)]
    }

    static func format(_ value: Double) -> String {
        String(format: "%.1f", value)
    }

    /// Lines over `xLabels.count` periods with a 0–100 axis; a lone point is drawn as a dot.
    static func lines(title: String, series: [Series], xLabels: [String], id: String) -> HTML {
        let width = 640.0, height = 240.0, left = 36.0, right = 12.0, top = 12.0, bottom = 28.0
        let plotWidth = width - left - right, plotHeight = height - top - bottom
        let steps = max(1, xLabels.count - 1)
        // A single period sits in the middle rather than against the axis.
        func x(_ index: Int) -> Double { xLabels.count == 1 ? left + plotWidth / 2 : left + plotWidth * Double(index) / Double(steps) }
        func y(_ value: Double) -> Double { top + plotHeight * (1 - min(100, max(0, value)) / 100) }
        let labelEvery = max(1, xLabels.count / 6)
        return SVG.svg(.class("chart"), .id(id), Attribute("viewBox", "0 0 \(Int(width)) \(Int(height))"), .role("img"), .ariaLabel(title)) {
            SVG.title(title)
            for tick in stride(from: 0, through: 100, by: 25) {
                SVG.line(.class("grid"), Attribute("x1", format(left)), Attribute("x2", format(width - right)),
                         Attribute("y1", format(y(Double(tick)))), Attribute("y2", format(y(Double(tick)))))
                SVG.text(.class("axis"), Attribute("x", format(left - 6)), Attribute("y", format(y(Double(tick)) + 4)), Attribute("text-anchor", "end"), content: "\(tick)")
            }
            for (index, label) in xLabels.enumerated() where index % labelEvery == 0 || index == xLabels.count - 1 {
                SVG.text(.class("axis"), Attribute("x", format(x(index))), Attribute("y", format(height - 8)), Attribute("text-anchor", "middle"), content: label)
            }
            for line in series {
                if line.points.count > 1 {
                    let d = line.points.enumerated().map { ($0.offset == 0 ? "M" : "L") + format(x($0.element.x)) + " " + format(y($0.element.y)) }.joined(separator: " ")
                    SVG.path(.class("line \(line.style)"), Attribute("d", d))
                }
                for point in line.points {
                    SVG.circle(.class("dot \(line.style)"), Attribute("cx", format(x(point.x))), Attribute("cy", format(y(point.y))), Attribute("r", "3.5")) 
                }
            }
        }
    }

    /// Vertical bars, one a label, scaled to the largest value.
    static func bars(title: String, values: [(label: String, value: Int)], id: String) -> HTML {
        let width = 640.0, height = 200.0, left = 28.0, top = 16.0, bottom = 28.0
        let plotHeight = height - top - bottom
        let peak = max(1, values.map(\.value).max() ?? 1)
        let slot = (width - left) / Double(max(1, values.count))
        return SVG.svg(.class("chart"), .id(id), Attribute("viewBox", "0 0 \(Int(width)) \(Int(height))"), .role("img"), .ariaLabel(title)) {
            SVG.title(title)
            SVG.line(.class("grid"), Attribute("x1", format(left)), Attribute("x2", format(width)),
                     Attribute("y1", format(top + plotHeight)), Attribute("y2", format(top + plotHeight)))
            SVG.text(.class("axis"), Attribute("x", format(left - 6)), Attribute("y", format(top + 4)), Attribute("text-anchor", "end"), content: "\(peak)")
            for (index, entry) in values.enumerated() {
                let barHeight = plotHeight * Double(entry.value) / Double(peak)
                let x = left + slot * Double(index) + slot * 0.15
                SVG.rect(.class("bar"), Attribute("x", format(x)), Attribute("y", format(top + plotHeight - barHeight)),
                         Attribute("width", format(slot * 0.7)), Attribute("height", format(barHeight))) 
                if entry.value > 0 {
                    SVG.text(.class("axis"), Attribute("x", format(x + slot * 0.35)), Attribute("y", format(top + plotHeight - barHeight - 3)),
                             Attribute("text-anchor", "middle"), content: "\(entry.value)")
                }
                SVG.text(.class("axis"), Attribute("x", format(x + slot * 0.35)), Attribute("y", format(height - 8)), Attribute("text-anchor", "middle"), content: entry.label)
            }
        }
    }

    /// A horizontal gauge for a 0–1 value.
    static func gauge(title: String, value: Double?, id: String) -> HTML {
        let width = 640.0, height = 44.0
        let filled = (value ?? 0) * (width - 2)
        return SVG.svg(.class("chart gauge"), .id(id), Attribute("viewBox", "0 0 \(Int(width)) \(Int(height))"), .role("img"), .ariaLabel(title)) {
            SVG.title(title)
            SVG.rect(.class("track"), Attribute("x", "1"), Attribute("y", "8"), Attribute("width", format(width - 2)), Attribute("height", "28"), Attribute("rx", "6"))
            if value != nil {
                SVG.rect(.class("bar"), Attribute("x", "1"), Attribute("y", "8"), Attribute("width", format(filled)), Attribute("height", "28"), Attribute("rx", "6"))
            }
            SVG.line(.class("target"), Attribute("x1", format(1 + 0.9 * (width - 2))), Attribute("x2", format(1 + 0.9 * (width - 2))), Attribute("y1", "2"), Attribute("y2", "42"))
        }
    }

    /// A calendar heatmap: one column a week (Monday at the top), `weeks` weeks ending with
    /// the week of `today`; darker for more attempts.
    static func heatmap(title: String, counts: [String: Int], today: Date, weeks: Int, calendar: Calendar, id: String) -> HTML {
        var calendar = calendar
        calendar.firstWeekday = 2
        let cell = 14.0, gap = 3.0, left = 30.0, top = 18.0
        let width = left + Double(weeks) * (cell + gap), height = top + 7 * (cell + gap)
        let thisWeek = calendar.dateInterval(of: .weekOfYear, for: today)?.start ?? calendar.startOfDay(for: today)
        let first = calendar.date(byAdding: .day, value: -7 * (weeks - 1), to: thisWeek) ?? thisWeek
        let peak = max(1, counts.values.max() ?? 1)
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.calendar = calendar
        formatter.timeZone = calendar.timeZone
        formatter.dateFormat = "yyyy-MM-dd"
        let month = DateFormatter()
        month.locale = Locale(identifier: "en_US_POSIX")
        month.timeZone = calendar.timeZone
        month.dateFormat = "MMM"
        return SVG.svg(.class("chart heatmap"), .id(id), Attribute("viewBox", "0 0 \(Int(width)) \(Int(height))"), .role("img"), .ariaLabel(title)) {
            SVG.title(title)
            for (row, name) in ["Mon", "", "Wed", "", "Fri", "", "Sun"].enumerated() where !name.isEmpty {
                SVG.text(.class("axis"), Attribute("x", "0"), Attribute("y", format(top + Double(row) * (cell + gap) + cell - 3)), content: name)
            }
            for week in 0..<weeks {
                if let monday = calendar.date(byAdding: .day, value: 7 * week, to: first) {
                    if calendar.component(.day, from: monday) <= 7 {
                        SVG.text(.class("axis"), Attribute("x", format(left + Double(week) * (cell + gap))), Attribute("y", "12"), content: month.string(from: monday))
                    }
                    for weekday in 0..<7 {
                        if let day = calendar.date(byAdding: .day, value: weekday, to: monday), day <= today {
                            let key = formatter.string(from: day)
                            let count = counts[key] ?? 0
                            let level = count == 0 ? 0 : min(4, 1 + 3 * (count - 1) / max(1, peak - 1))
                            H.element("rect", [.class("day level-\(level)"), Attribute("x", format(left + Double(week) * (cell + gap))),
                                               Attribute("y", format(top + Double(weekday) * (cell + gap))),
                                               Attribute("width", format(cell)), Attribute("height", format(cell)), Attribute("rx", "2")],
                                      content: SVG.title("\(key): \(count == 0 ? "no attempts" : count == 1 ? "1 attempt" : "\(count) attempts")"))
                        }
                    }
                }
            }
        }
    }
}
