import CoachCore

/// `/`: today — reviews due, today's plan and the streak, with one button to start practising —
/// then the way in to each part of the coach.
enum HomePage {
    static func render(library: ContentLibrary, today: TodayReport? = nil) -> HTML {
        let imported = library.questions.filter { $0.source.origin == .imported }.count
        return Layout.page(title: "Interview Coach", current: nil) {
            H.section(.class("hero")) {
                H.h1 { "Practise ML and LLM interviews, offline" }
                H.p(.class("lead")) {
                    "Paste a question to see what kind it is, which topics it draws on and how to structure the answer; "
                    "browse the topics, their concepts and the bridges between them."
                }
            }
            if let today { todayPanel(today) }
            H.div(.class("cards")) {
                card(title: "Ask", path: "/ask", text: "Name a question's archetype, the topics it spans, a step-by-step scaffold, bridges and pitfalls.")
                card(title: "Topics", path: "/topics", text: "\(library.topics.count) topics with summaries, concepts, bridges and \(library.questions.count) practice questions.")
                card(title: "Map", path: "/map", text: "How the topics connect: the bridge concepts and related topics, drawn as one graph.")
                card(title: "Import", path: "/import", text: imported > 0
                    ? "\(imported) questions come from your own notes. Import again after editing them."
                    : "Bring your own deep-dive notes: their grill questions become practice questions.")
            }
        }
    }

    static func todayPanel(_ today: TodayReport) -> HTML {
        H.section(.class("panel today"), .id("today"), .ariaLabelledBy("today-heading")) {
            H.h2(.id("today-heading")) { "Today" }
            H.ul(.class("scores")) {
                H.li { H.span(.class("score-value"), .id("today-due")) { "\(today.dueNow)" }; H.span(.class("score-name")) { "reviews due now" } }
                H.li { H.span(.class("score-value"), .id("today-streak")) { "\(today.streak)" }; H.span(.class("score-name")) { today.streak == 1 ? "day streak" : "days streak" } }
                H.li { H.span(.class("score-value")) { "\(today.attemptsToday)" }; H.span(.class("score-name")) { "answered today" } }
            }
            if let plan = today.plan {
                H.h3 { "Today's plan" }
                H.ul(.class("plain plan"), .id("today-plan")) {
                    if plan.reviewsDue > 0 { H.li { "Review \(Format.plural(plan.reviewsDue, "question")) that fell due." } }
                    if let topic = plan.topic {
                        H.li {
                            "Focus: "
                            H.a(.href(Paths.topic(number: topic.number, slug: topic.slug))) { "\(topic.number) \(topic.title)" }
                            " (\(topic.reason))"
                        }
                    }
                    for question in plan.grill { H.li { H.a(.href(Paths.practice(question.id))) { question.text } } }
                    if let cross = plan.crossTopic { H.li { "Cross-topic: "; H.a(.href(Paths.practice(cross.id))) { cross.text } } }
                }
            }
            H.p { H.a(.href("/practice"), .class("button primary"), .id("start-practising")) { "Start practising" } }
        }
    }

    static func card(title: String, path: String, text: String) -> HTML {
        H.article(.class("card")) {
            H.h2 { H.a(.href(path)) { title } }
            H.p { text }
        }
    }
}
