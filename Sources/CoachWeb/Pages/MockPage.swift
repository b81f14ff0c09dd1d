import CoachCore
import CoachStore
import Foundation

/// The mock interview pages: the list with a start form, one question at a time, the scorecard.
enum MockPage {
    static func date(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.string(from: date)
    }

    static func list(_ mocks: [MockInterviewRecord], csrfToken: String) -> HTML {
        Layout.page(title: "Mock interview", current: .mock) {
            H.h1 { "Mock interview" }
            H.form(.class("panel stack"), Attribute("method", "post"), .action("/mock"), .id("start-mock")) {
                Layout.csrfField(csrfToken)
                H.p {
                    "A long design or training question, a debugging one, then short why and trade-off questions, each with its share "
                    "of the time; after each answer the interviewer asks one follow-up. At the end, a scorecard."
                }
                H.div(.class("field")) {
                    H.label(.for("minutes")) { "Length in minutes" }
                    H.input(.type("number"), .id("minutes"), .name("minutes"), .value("\(MockService.defaultMinutes)"),
                            Attribute("min", "\(MockPlanner.minimumMinutes)"), Attribute("max", "\(MockPlanner.maximumMinutes)"))
                }
                H.div(.class("row")) { H.button(.type("submit"), .class("button primary")) { "Start a mock interview" } }
            }
            H.section(.class("panel"), .ariaLabelledBy("past-heading")) {
                H.h2(.id("past-heading")) { "Past mocks" }
                if mocks.isEmpty {
                    H.p(.class("muted")) { "None yet." }
                } else {
                    H.table(.id("past-mocks")) {
                        H.thead { H.tr { H.th { "Started" }; H.th { "Minutes" }; H.th { "Status" }; H.th { "Overall" } } }
                        H.tbody {
                            for mock in mocks {
                                H.tr {
                                    H.td { H.a(.href("/mock/\(mock.id)")) { date(mock.startedAt) } }
                                    H.td { "\(mock.plannedMinutes)" }
                                    H.td { mock.status.rawValue }
                                    H.td { MockService.scorecard(of: mock).map { String(format: "%.1f / 5", $0.overall) } ?? "—" }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    static func step(_ step: MockService.Step, mockID: Int64, answered: Int, error: String?, answer: String, startedAt: Double?, csrfToken: String) -> HTML {
        let minutes = Double(step.seconds) / 60
        return Layout.page(title: "Mock \(mockID): \(step.label)", current: .mock) {
            H.p(.class("breadcrumb")) {
                H.a(.href("/mock")) { "Mock interviews" }
                " / mock \(mockID) · question \(step.number) of \(step.total)"
            }
            if step.isFollowUp { H.p(.class("notice")) { "Interviewer follow-up" } }
            H.h1(.class("question-text")) { step.question.text }
            H.form(.class("panel stack"), Attribute("method", "post"), .action("/mock/\(mockID)")) {
                Layout.csrfField(csrfToken)
                H.input(.type("hidden"), .name("question"), .value(step.question.id))
                if let startedAt { H.input(.type("hidden"), .name("started"), .value(String(Int(startedAt)))) }
                H.div(.class("field")) {
                    H.div(.class("label-row")) {
                        H.label(.for("answer")) { "Your answer" }
                        H.span(.class("timer"), .role("timer"), Attribute("data-countdown", "\(step.seconds)"), .id("timer")) {
                            "Time budget: " + (minutes == minutes.rounded() ? "\(Int(minutes)) minutes" : String(format: "%.1f minutes", minutes))
                        }
                    }
                    if let error { H.p(.class("field-error"), .id("answer-error")) { error } }
                    H.element("textarea", [
                        .id("answer"), .name("answer"), Attribute("rows", "12"), .flag("required"),
                        Attribute("maxlength", "\(AnswerGrader.maximumAnswerLength)"), Attribute("data-countdown-start", "timer"),
                        Attribute("data-word-count", "answer-words"),
                    ], content: HTML(text: answer))
                    H.p(.class("hint")) { H.output(.id("answer-words"), Attribute("for", "answer"), Attribute("aria-live", "polite")) { "" } }
                }
                H.div(.class("row")) {
                    H.button(.type("submit"), .class("button primary")) { "Send and go on" }
                    H.button(.type("submit"), .name("end"), .value("1"), .class("button"), Attribute("formnovalidate", "")) { "End the mock now" }
                }
            }
            H.p(.class("hint")) { "\(Format.plural(answered, "answer")) given so far. Answers are saved and graded, but not scheduled; the scorecard comes at the end." }
        }
    }

    static func finished(_ mock: MockInterview, scorecard: MockScorecard?) -> HTML {
        Layout.page(title: "Mock \(mock.record.id) scorecard", current: .mock) {
            H.h1 { "Mock \(mock.record.id): scorecard" }
            H.p(.class("muted")) { "\(date(mock.record.startedAt)) · \(mock.record.plannedMinutes) minutes planned · \(mock.record.status.rawValue)" }
            if let scorecard {
                H.section(.class("panel"), .id("scorecard"), .ariaLabelledBy("scorecard-heading")) {
                    H.h2(.id("scorecard-heading")) { "Overall " + String(format: "%.1f", scorecard.overall) + " / 5" }
                    H.ul(.class("plain")) {
                        for dimension in scorecard.dimensions {
                            H.li {
                                H.strong { dimension.name }
                                " "
                                H.meter(Attribute("min", "0"), Attribute("max", "5"), .value("\(dimension.score)"), .ariaLabel("\(dimension.name): \(dimension.score) of 5")) { "\(dimension.score) of 5" }
                                " \(dimension.score)/5"
                                H.p(.class("hint")) { dimension.justification }
                            }
                        }
                    }
                }
            } else {
                H.p { "This mock has no scorecard." }
            }
            H.section(.class("panel"), .ariaLabelledBy("answers-heading")) {
                H.h2(.id("answers-heading")) { "Answers" }
                H.table {
                    H.thead { H.tr { H.th { "Question" }; H.th { "Score" }; H.th { "Time" } } }
                    H.tbody {
                        for attempt in mock.attempts where attempt.status != .discarded {
                            H.tr {
                                H.td { attempt.questionText }
                                H.td { attempt.overallScore.map { "\($0)/100" } ?? "not graded" }
                                H.td { attempt.durationSeconds.map { PracticePage.clock($0) } ?? "—" }
                            }
                        }
                    }
                }
            }
            H.p { H.a(.href("/mock"), .class("button primary")) { "Start another" } }
        }
    }
}
