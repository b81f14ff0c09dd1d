import CoachCore

/// `/practice/:questionID`: one question from the bank, an answer box with a suggested time, and
/// after sending, the grader's critique beside the model answer. Attempts are not stored yet;
/// the practice store (scheduling, history, highlighting) builds on this page.
enum PracticePage {
    static func render(question: Question, library: ContentLibrary, answer: String, grade: Grade?, error: String?, csrfToken: String) -> HTML {
        let minutes = suggestedMinutes(question)
        return Layout.page(title: "Practice: \(question.text.prefix(60))", current: nil) {
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
            answerForm(question: question, answer: answer, minutes: minutes, error: error, csrfToken: csrfToken)
            if let grade { GradeView.render(grade) }
            reference(question, open: grade != nil)
        }
    }

    static func suggestedMinutes(_ question: Question) -> Int {
        let archetype = question.archetype ?? .why
        return AnswerGrader.scope(question: question.text, archetype: archetype, difficulty: question.difficulty, reference: question.reference) == .open ? 5 : 2
    }

    static func answerForm(question: Question, answer: String, minutes: Int, error: String?, csrfToken: String) -> HTML {
        H.form(.class("panel stack"), Attribute("method", "post"), .action(Paths.practice(question.id))) {
            Layout.csrfField(csrfToken)
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
