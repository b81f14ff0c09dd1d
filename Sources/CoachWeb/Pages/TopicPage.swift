import CoachCore

/// `/topics/:topic`: one topic's summary, concepts, bridges, related topics and questions, and
/// the mastery slot that the practice store will fill.
enum TopicPage {
    static func render(topic: Topic, library: ContentLibrary, mastery: TopicMastery?) -> HTML {
        let questions = library.questions(inTopic: topic.number)
        let bridges = library.bridges(forTopic: topic.number)
        return Layout.page(title: "\(topic.number) \(topic.title)", current: .topics) {
            H.nav(.class("breadcrumb"), .ariaLabel("Breadcrumb")) {
                H.a(.href("/topics")) { "Topics" }
                " / \(topic.number)"
            }
            H.h1 {
                H.span(.class("num")) { topic.number }
                " \(topic.title)"
            }
            if !topic.summary.isEmpty {
                H.p(.class("lead")) { topic.summary }
            }
            masterySection(mastery, questionCount: questions.count)
            if !topic.concepts.isEmpty { concepts(topic.concepts) }
            if !bridges.isEmpty { bridgeSection(bridges, topic: topic, library: library) }
            if !topic.related.isEmpty { related(topic.related, library: library) }
            questionSection(questions, library: library)
            if !topic.sources.isEmpty {
                H.section(.class("panel"), .ariaLabelledBy("sources-heading")) {
                    H.h2(.id("sources-heading")) { "From your notes" }
                    H.ul(.class("plain")) { for source in topic.sources { H.li { H.code { source } } } }
                }
            }
        }
    }

    /// The hook phase 2 fills: `TopicMasteryProvider` gives the numbers once practice is stored.
    static func masterySection(_ mastery: TopicMastery?, questionCount: Int) -> HTML {
        H.section(.class("panel mastery"), .id("mastery"), .ariaLabelledBy("mastery-heading")) {
            H.h2(.id("mastery-heading")) { "Mastery" }
            if let mastery {
                H.p { "\(mastery.practised) of \(mastery.total) questions practised." }
                if let retention = mastery.retention {
                    H.p { "Expected recall today: \(Format.percent(retention))." }
                }
            } else {
                H.p(.class("muted")) { "No practice recorded on this topic yet. Once you answer its questions, your progress shows here." }
            }
        }
    }

    static func concepts(_ concepts: [Concept]) -> HTML {
        H.section(.class("panel"), .ariaLabelledBy("concepts-heading")) {
            H.h2(.id("concepts-heading")) { "Concepts" }
            H.dl(.class("concepts")) {
                for concept in concepts {
                    H.dt { concept.term }
                    let others = concept.abbreviations + concept.synonyms
                    if !others.isEmpty {
                        H.dd { "also: " + others.joined(separator: ", ") }
                    }
                }
            }
        }
    }

    static func bridgeSection(_ bridges: [Bridge], topic: Topic, library: ContentLibrary) -> HTML {
        H.section(.class("panel"), .ariaLabelledBy("bridges-heading")) {
            H.h2(.id("bridges-heading")) { "Bridges" }
            for bridge in bridges {
                H.article(.class("bridge")) {
                    H.h3 { bridge.name }
                    if let here = bridge.links.first(where: { $0.topic == topic.number }) {
                        H.p { here.how }
                    }
                    let others = bridge.links.filter { $0.topic != topic.number }
                    if !others.isEmpty {
                        H.p(.class("muted")) {
                            "Also in: "
                            HTML.joined(others.map { AskPage.topicLink($0.topic, library: library) }, separator: ", ")
                        }
                    }
                }
            }
        }
    }

    static func related(_ numbers: [String], library: ContentLibrary) -> HTML {
        H.section(.class("panel"), .ariaLabelledBy("related-heading")) {
            H.h2(.id("related-heading")) { "Related topics" }
            H.ul(.class("chips")) {
                for number in numbers { H.li { AskPage.topicLink(number, library: library) } }
            }
        }
    }

    static func questionSection(_ questions: [Question], library: ContentLibrary) -> HTML {
        H.section(.class("panel"), .ariaLabelledBy("questions-heading")) {
            H.h2(.id("questions-heading")) { "Questions (\(questions.count))" }
            if questions.isEmpty {
                H.p(.class("muted")) { "No practice questions on this topic yet." }
            } else {
                H.ul(.class("question-list")) {
                    for question in questions { questionItem(question) }
                }
            }
        }
    }

    static func questionItem(_ question: Question) -> HTML {
        H.li {
            H.a(.href(Paths.practice(question.id))) { question.text }
            H.p(.class("meta")) {
                if let archetype = question.archetype {
                    H.span(.class("badge archetype-\(archetype.rawValue)")) { archetype.rawValue }
                    " "
                }
                if let difficulty = question.difficulty {
                    H.span { "difficulty \(difficulty) · " }
                }
                H.span { Format.source(question) }
            }
        }
    }
}
