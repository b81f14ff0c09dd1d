import CoachCore

/// The grader's critique of one answer: scores, the changes that would help most, key points,
/// moves, failure modes and speaking stats.
enum GradeView {
    static func render(_ grade: Grade, attemptID: Int64?) -> HTML {
        H.section(.class("panel grade"), .id("grade"), .ariaLabelledBy("grade-heading"), Attribute("tabindex", "-1")) {
            H.h2(.id("grade-heading")) { "How this answer would land" }
            H.ul(.class("scores")) {
                score("Overall", grade.scores.overall)
                if let coverage = grade.scores.coverage { score("Coverage", coverage) }
                if let structure = grade.scores.structure { score("Structure", structure) }
            }
            for note in grade.notes { H.p(.class("notice"), .role("note")) { note } }
            if !grade.advice.isEmpty {
                H.h3 { "What would help most" }
                H.ol { for advice in grade.advice { H.li { advice } } }
            }
            if !grade.keyPoints.isEmpty {
                H.h3 { "Key points" }
                H.ul(.class("checklist")) {
                    for point in grade.keyPoints {
                        H.li(.class(point.covered ? "yes" : (point.match > 0 ? "partly" : "no"))) {
                            H.span(.class("mark")) { point.covered ? "Covered" : (point.match > 0 ? "Partly" : "Missing") }
                            " \(point.text)"
                            if let evidence = point.evidence.first {
                                H.blockquote { evidence.text }
                            }
                        }
                    }
                }
            }
            H.h3 { "The seven moves" }
            H.ul(.class("chips moves")) {
                for move in grade.moves {
                    H.li(.class(move.present ? "yes" : "no")) {
                        H.span(.class("mark")) { move.present ? "Made" : "Missing" }
                        " \(move.id.rawValue)"
                    }
                }
            }
            let present = grade.failureModes.filter(\.present)
            H.h3 { present.isEmpty ? "No failure modes found" : "Failure modes" }
            if !present.isEmpty {
                H.ul(.class("plain pitfalls")) {
                    for mode in present {
                        H.li {
                            H.strong { mode.id.rawValue }
                            H.p { mode.advice }
                            if let evidence = mode.evidence.first { H.blockquote { evidence.text } }
                        }
                    }
                }
            }
            H.p(.class("muted")) {
                "\(Format.plural(grade.stats.words, "word")), about \(grade.stats.speakingMinutes) minutes spoken"
                grade.stats.fitsFiveMinutes ? "." : " — longer than a five-minute slot."
                if let attemptID { " Saved as attempt \(attemptID)." } else { " This attempt is not recorded." }
            }
        }
    }

    static func score(_ name: String, _ value: Int) -> HTML {
        H.li {
            H.span(.class("score-value")) { "\(value)" }
            H.span(.class("score-name")) { name }
            H.meter(Attribute("min", "0"), Attribute("max", "100"), Attribute("low", "40"), Attribute("high", "70"), Attribute("optimum", "100"),
                    .value("\(value)"), .ariaLabel("\(name) score")) { "\(value) of 100" }
        }
    }
}
