import CoachCore

/// `/practice/:questionID`: one question from the bank, an answer box with a suggested time, and
/// after sending (the attempt is saved first), the grader's critique with the answer marked up,
/// the model answer, and the proposed rating to accept or override.
enum PracticePage {
    /// A graded attempt that was saved, and the rating the grade suggests.
    struct Saved {
        var attemptID: Int64
        var proposal: RatingProposal
        var seconds: Double
    }

    static func render(question: Question, library: ContentLibrary, answer: String, grade: Grade?, error: String?, csrfToken: String,
                       saved: Saved? = nil, startedAt: Double? = nil) -> HTML {
        let minutes = suggestedMinutes(question)
        return Layout.page(title: "Practice: \(question.text.prefix(60))", current: .practice) {
            H.nav(.class("breadcrumb"), .ariaLabel("Breadcrumb")) {
                if let first = question.topics.first, let topic = library.topic(named: first) {
                    H.a(.href("/topics")) { "Topics" }
                    " / "
                    H.a(.href(Paths.topic(topic))) { "\(topic.number) \(topic.title)" }
                    " / question"
                } else {
                    H.a(.href("/topics")) { "Topics" }
                }
            }
            H.h1(.class("question-text")) { question.text }
            H.p(.class("meta")) {
                if let archetype = question.archetype {
                    H.span(.class("badge archetype-\(archetype.rawValue)")) { archetype.rawValue }
                    " "
                }
                if let difficulty = question.difficulty { "difficulty \(difficulty) · " }
                if let section = question.section { "\(section) · " }
                Format.source(question)
            }
            if let grade, let saved {
                GradeView.render(grade, attemptID: saved.attemptID)
                AnswerHighlight.render(answer: answer, grade: grade)
                ratingForm(question: question, saved: saved, csrfToken: csrfToken)
            } else {
                answerForm(question: question, answer: answer, minutes: minutes, error: error, csrfToken: csrfToken, startedAt: startedAt)
                if let grade { GradeView.render(grade, attemptID: nil) }
            }
            reference(question, open: grade != nil)
        }
    }

    static func suggestedMinutes(_ question: Question) -> Int {
        let archetype = question.archetype ?? .why
        return AnswerGrader.scope(question: question.text, archetype: archetype, difficulty: question.difficulty, reference: question.reference) == .open ? 5 : 2
    }

    static func answerForm(question: Question, answer: String, minutes: Int, error: String?, csrfToken: String, startedAt: Double?) -> HTML {
        H.form(.class("panel stack"), Attribute("method", "post"), .action(Paths.practice(question.id))) {
            Layout.csrfField(csrfToken)
            if let startedAt { H.input(.type("hidden"), .name("started"), .value(String(Int(startedAt)))) }
            H.div(.class("field")) {
                H.div(.class("label-row")) {
                    H.label(.for("answer")) { "Your answer" }
                    H.span(.class("timer"), .role("timer"), Attribute("data-countdown", "\(minutes * 60)"), .id("timer")) {
                        "Suggested time: \(minutes) minutes"
                    }
                }
                if let error { H.p(.class("field-error"), .id("answer-error")) { error } }
                H.element("textarea", [
                    .id("answer"), .name("answer"), Attribute("rows", "12"), .flag("required"),
                    Attribute("maxlength", "\(AnswerGrader.maximumAnswerLength)"), Attribute("spellcheck", "true"),
                    Attribute("data-word-count", "answer-words"), Attribute("data-countdown-start", "timer"),
                    .ariaDescribedBy(error == nil ? "answer-help" : "answer-error answer-help"),
                ], content: HTML(text: answer))
                H.p(.class("hint"), .id("answer-help")) {
                    "Answer as you would out loud: about 150 words a minute. "
                    H.output(.id("answer-words"), Attribute("for", "answer"), Attribute("aria-live", "polite")) { "" }
                }
            }
            H.div(.class("row")) {
                H.button(.type("submit"), .class("button primary")) { "Grade my answer" }
                H.span(.class("hint shortcut")) { "Ctrl+Enter sends" }
            }
        }
    }

    /// The proposed rating, accepted with one button or overridden with another; each button
    /// posts to `/practice/:id/rate`.
    static func ratingForm(question: Question, saved: Saved, csrfToken: String) -> HTML {
        H.section(.class("panel rating"), .id("rating"), .ariaLabelledBy("rating-heading")) {
            H.h2(.id("rating-heading")) { "Schedule this question" }
            H.p {
                "Proposed rating: "
                H.strong(.id("proposed-rating")) { saved.proposal.rating.name }
                " — \(saved.proposal.reason). You took \(clock(saved.seconds))."
            }
            H.form(Attribute("method", "post"), .action(Paths.practice(question.id) + "/rate"), .class("stack")) {
                Layout.csrfField(csrfToken)
                H.input(.type("hidden"), .name("attempt"), .value(String(saved.attemptID)))
                H.div(.class("row")) {
                    H.button(.type("submit"), .name("rating"), .value(String(saved.proposal.rating.rawValue)), .class("button primary"), .id("accept-rating")) {
                        "Accept: \(saved.proposal.rating.name)"
                    }
                }
                H.fieldset(.class("override")) {
                    H.legend { "Or rate it yourself" }
                    H.div(.class("row")) {
                        for rating in Rating.allCases {
                            H.button(.type("submit"), .name("rating"), .value(String(rating.rawValue)), .class("button rate-\(rating.name.lowercased())")) {
                                "\(rating.rawValue) \(rating.name)"
                            }
                        }
                    }
                }
            }
            H.p(.class("hint")) {
                "Again: it did not hold up. Hard: recalled with real gaps. Good: solid. Easy: strong and within the time. "
                H.a(.href(Paths.practice(question.id))) { "Answer this question again" }
            }
        }
    }

    /// After rating: when the question is next due, and the way on.
    static func rated(question: Question, rating: Rating, nextDue: String) -> HTML {
        Layout.page(title: "Rated: \(question.text.prefix(60))", current: .practice) {
            H.h1(.class("question-text")) { question.text }
            H.section(.class("panel"), .id("rated"), .ariaLabelledBy("rated-heading")) {
                H.h2(.id("rated-heading")) { "Rated \(rating.name)" }
                H.p(.id("next-due")) { "This question is next due \(nextDue)." }
                H.p(.class("row")) {
                    H.a(.href("/practice"), .class("button primary"), .id("next-question")) { "Next question" }
                    " "
                    H.a(.href("/progress"), .class("button")) { "See your progress" }
                }
            }
        }
    }

    /// "2:05" from seconds.
    static func clock(_ seconds: Double) -> String {
        let total = Int(seconds.rounded())
        let rest = total % 60
        return "\(total / 60):" + (rest < 10 ? "0" : "") + "\(rest)"
    }

    static func reference(_ question: Question, open: Bool) -> HTML {
        H.section(.class("panel"), .ariaLabelledBy("reference-heading")) {
            H.h2(.id("reference-heading")) { "Model answer" }
            if question.reference == nil && question.keyPoints.isEmpty && question.outline.isEmpty {
                H.p(.class("muted")) { "This question has no reference answer." }
            } else {
                let body = referenceBody(question)
                if open {
                    H.details(.flag("open")) { H.summary { "Reference and key points" }; body }
                } else {
                    H.details { H.summary { "Show the reference (try answering first)" }; body }
                }
            }
            if !question.followUps.isEmpty {
                H.h3 { "Follow-ups an interviewer may ask" }
                H.ul { for followUp in question.followUps { H.li { followUp } } }
            }
        }
    }

    static func referenceBody(_ question: Question) -> HTML {
        H.div(.class("reference")) {
            if let reference = question.reference {
                for paragraph in reference.split(separator: "\n", omittingEmptySubsequences: true) {
                    H.p { String(paragraph) }
                }
            }
            if !question.outline.isEmpty {
                H.h3 { "Outline" }
                H.ol { for step in question.outline { H.li { H.strong { step.move.rawValue }; " — \(step.text)" } } }
            }
            if !question.keyPoints.isEmpty {
                H.h3 { "Key points" }
                H.ul { for point in question.keyPoints { H.li { point.text } } }
            }
        }
    }
}
