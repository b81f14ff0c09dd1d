import Foundation
import CoachCore

/// `/ask`: paste a question; see its archetype, topics, a scaffold, bridges and pitfalls.
enum AskPage {
    struct Form {
        var question = ""
        var top = 5
        var error: String?
    }

    static func render(form: Form, routing: Routing?, library: ContentLibrary, csrfToken: String) -> HTML {
        Layout.page(title: routing == nil ? "Ask" : "Ask: \(routing!.question.prefix(60))", current: .ask) {
            H.h1 { "Ask about a question" }
            H.p(.class("lead")) { "Paste an interview question. The coach names what it is really asking and what an answer should connect." }
            questionForm(form, csrfToken: csrfToken)
            if let routing {
                results(routing, library: library)
            }
        }
    }

    static func questionForm(_ form: Form, csrfToken: String) -> HTML {
        H.form(.class("panel stack"), Attribute("method", "post"), .action("/ask")) {
            Layout.csrfField(csrfToken)
            H.div(.class("field")) {
                H.label(.for("question")) { "Interview question" }
                if let error = form.error {
                    H.p(.class("field-error"), .id("question-error")) { error }
                }
                H.element("textarea", [
                    .id("question"), .name("question"), Attribute("rows", "4"), .flag("required"),
                    Attribute("maxlength", "\(QuestionRouter.maximumQuestionLength)"), Attribute("spellcheck", "true"),
                    .ariaDescribedBy(form.error == nil ? "question-help" : "question-error question-help"),
                    Attribute("data-word-count", "question-words"),
                ] + (form.error == nil ? [] : [Attribute("aria-invalid", "true")]), content: HTML(text: form.question))
                H.p(.class("hint"), .id("question-help")) {
                    "For example: “Design a fraud detector for card payments.” "
                    H.output(.id("question-words"), Attribute("for", "question"), Attribute("aria-live", "polite")) { "" }
                }
            }
            H.div(.class("row")) {
                H.div(.class("field field-inline")) {
                    H.label(.for("top")) { "Topics to list" }
                    H.input(.type("number"), .id("top"), .name("top"), Attribute("min", "5"), Attribute("max", "\(RequestLimits.maximumTopics)"),
                            .value("\(form.top)"), Attribute("inputmode", "numeric"))
                }
                H.button(.type("submit"), .class("button primary")) { "Ask" }
                H.span(.class("hint shortcut")) { "Ctrl+Enter sends" }
            }
        }
    }

    static func results(_ routing: Routing, library: ContentLibrary) -> HTML {
        H.div(.class("results"), .id("results")) {
            H.section(.class("panel"), .ariaLabelledBy("archetype-heading")) {
                H.h2(.id("archetype-heading")) { "Archetype" }
                archetype(routing.archetype, library: library)
                for note in routing.notes {
                    H.p(.class("notice"), .role("note")) { note }
                }
            }
            H.section(.class("panel"), .ariaLabelledBy("topics-heading")) {
                H.h2(.id("topics-heading")) { "Topics it spans" }
                topics(routing.topics)
            }
            H.section(.class("panel"), .ariaLabelledBy("scaffold-heading")) {
                H.h2(.id("scaffold-heading")) { "Structure your answer" }
                H.p(.class("hint")) { "Subject: \(routing.subject)" }
                H.ol(.class("steps")) {
                    for step in routing.framework {
                        H.li {
                            H.strong { step.name }
                            H.span { " — \(step.prompt)" }
                        }
                    }
                }
            }
            if !routing.bridges.isEmpty {
                H.section(.class("panel"), .ariaLabelledBy("bridges-heading")) {
                    H.h2(.id("bridges-heading")) { "Bridges to connect" }
                    for bridge in routing.bridges {
                        H.h3 { bridge.name }
                        H.ul(.class("plain")) {
                            for link in bridge.links {
                                H.li {
                                    topicLink(link.topic, library: library)
                                    H.span { ": \(link.how)" }
                                }
                            }
                        }
                    }
                }
            }
            if !routing.pitfalls.isEmpty {
                H.section(.class("panel"), .ariaLabelledBy("pitfalls-heading")) {
                    H.h2(.id("pitfalls-heading")) { "Pitfalls" }
                    H.ul(.class("plain pitfalls")) {
                        for pitfall in routing.pitfalls {
                            H.li {
                                H.strong { pitfall.name }
                                H.p { pitfall.advice }
                            }
                        }
                    }
                }
            }
        }
    }

    static func archetype(_ guess: Routing.ArchetypeGuess, library: ContentLibrary) -> HTML {
        H.div(.class("archetype")) {
            H.p(.class("archetype-name")) {
                H.span(.class("badge archetype-\(guess.id.rawValue)")) { guess.id.rawValue }
                " "
                H.strong { Format.archetypeName(guess.id, in: library) }
                " "
                H.span(.class("muted")) { "\(Format.percent(guess.confidence)) confident" }
            }
            H.meter(Attribute("min", "0"), Attribute("max", "1"), .value("\(guess.confidence)"), .ariaLabel("Confidence")) {
                Format.percent(guess.confidence)
            }
            H.p {
                guess.close ? "Close call — it also reads as " : "Runner-up: "
                H.strong { Format.archetypeName(guess.runnerUp.id, in: library) }
                " (\(Format.percent(guess.runnerUp.confidence)))."
            }
            if let summary = library.archetype(guess.id)?.summary {
                H.p(.class("muted")) { summary }
            }
        }
    }

    static func topics(_ topics: [Routing.RoutedTopic]) -> HTML {
        let best = max(topics.map(\.score).max() ?? 1, 0.0001)
        return H.ol(.class("topic-scores")) {
            for topic in topics {
                H.li {
                    H.div(.class("topic-line")) {
                        H.a(.href(Paths.topic(number: topic.number, slug: topic.slug))) {
                            H.span(.class("num")) { topic.number }
                            " \(topic.title)"
                        }
                        H.span(.class("score")) { String(format: "%.2f", topic.score) }
                    }
                    H.meter(Attribute("min", "0"), Attribute("max", "1"), .value("\(min(1, max(0, topic.score / best)))"),
                            .ariaLabel("Relative score of \(topic.title)")) { String(format: "%.2f", topic.score) }
                    if !topic.because.isEmpty {
                        H.p(.class("because")) {
                            H.span(.class("muted")) { "because: " }
                            for term in topic.because {
                                H.span(.class("tag")) { term }
                            }
                        }
                    }
                }
            }
        }
    }

    static func topicLink(_ number: String, library: ContentLibrary) -> HTML {
        guard let topic = library.topic(named: number) else { return H.span(.class("num")) { number } }
        return H.a(.href(Paths.topic(topic))) { "\(topic.number) \(topic.title)" }
    }
}
