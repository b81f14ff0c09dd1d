import CoachCore

/// `/topics`: every topic with its question count.
enum TopicsPage {
    static func render(library: ContentLibrary) -> HTML {
        var counts: [String: Int] = [:]
        for question in library.questions {
            for number in Set(question.topics) { counts[number, default: 0] += 1 }
        }
        return Layout.page(title: "Topics", current: .topics) {
            H.h1 { "Topics" }
            H.p(.class("lead")) { "\(library.topics.count) deep dives. Each has a summary, the concepts interviewers probe, the bridges to other topics and practice questions." }
            H.ul(.class("topic-grid")) {
                for topic in library.topics {
                    H.li(.class("topic-card")) {
                        H.a(.href(Paths.topic(topic))) {
                            H.span(.class("num")) { topic.number }
                            H.span(.class("topic-title")) { topic.title }
                        }
                        H.p(.class("muted")) {
                            Format.plural(counts[topic.number] ?? 0, "question")
                            if !topic.sources.isEmpty { " · with your notes" }
                        }
                    }
                }
            }
        }
    }
}
