import CoachCore

/// `/`: what the coach can do now, with the way in to each part. Becomes "Today" once the
/// practice store lands.
enum HomePage {
    static func render(library: ContentLibrary) -> HTML {
        let imported = library.questions.filter { $0.source.origin == .imported }.count
        return Layout.page(title: "Interview Coach", current: nil) {
            H.section(.class("hero")) {
                H.h1 { "Practise ML and LLM interviews, offline" }
                H.p(.class("lead")) {
                    "Paste a question to see what kind it is, which topics it draws on and how to structure the answer; "
                    "browse the topics, their concepts and the bridges between them."
                }
            }
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

    static func card(title: String, path: String, text: String) -> HTML {
        H.article(.class("card")) {
            H.h2 { H.a(.href(path)) { title } }
            H.p { text }
        }
    }
}
