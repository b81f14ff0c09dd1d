import CoachCore

/// The user's answer shown back with the grader's evidence marked: sentences that make a move in
/// one style (`mark.move`), sentences showing a failure mode in another (`mark.failure`). Offsets
/// are Unicode-scalar offsets into the answer; every piece of text is escaped.
enum AnswerHighlight {
    struct Label: Equatable {
        var move: MoveID?
        var failure: FailureModeID?
    }

    /// The answer cut into runs of scalars that share the same labels.
    static func runs(answer: String, grade: Grade) -> [(text: String, label: Label)] {
        let scalars = Array(answer.unicodeScalars)
        guard !scalars.isEmpty else { return [] }
        var labels = Array(repeating: Label(), count: scalars.count)
        func clamp(_ evidence: Evidence) -> Range<Int>? {
            let start = max(0, min(evidence.start, scalars.count)), end = max(start, min(evidence.end, scalars.count))
            return start < end ? start..<end : nil
        }
        for move in grade.moves where move.present {
            for evidence in move.evidence {
                guard let range = clamp(evidence) else { continue }
                for index in range where labels[index].move == nil { labels[index].move = move.id }
            }
        }
        for mode in grade.failureModes where mode.present {
            for evidence in mode.evidence {
                guard let range = clamp(evidence) else { continue }
                for index in range where labels[index].failure == nil { labels[index].failure = mode.id }
            }
        }
        var runs: [(text: String, label: Label)] = []
        var current = String.UnicodeScalarView()
        var label = labels[0]
        for (index, scalar) in scalars.enumerated() {
            if labels[index] != label {
                runs.append((String(current), label))
                current = String.UnicodeScalarView()
                label = labels[index]
            }
            current.append(scalar)
        }
        runs.append((String(current), label))
        return runs
    }

    static func render(answer: String, grade: Grade) -> HTML {
        let runs = runs(answer: answer, grade: grade)
        var body = HTML()
        for run in runs {
            var piece = HTML(text: run.text)
            if let move = run.label.move {
                piece = H.element("mark", [.class("move move-\(move.rawValue)"), .title("Move: \(move.rawValue)")], content: piece)
            }
            if let failure = run.label.failure {
                piece = H.element("mark", [.class("failure failure-\(failure.rawValue)"), .title("Failure mode: \(failure.rawValue)")], content: piece)
            }
            body += piece
        }
        return H.section(.class("panel"), .ariaLabelledBy("highlight-heading")) {
            H.h2(.id("highlight-heading")) { "Your answer, marked" }
            H.p(.class("legend hint")) {
                H.element("mark", [.class("move")], content: HTML(text: "a move"))
                " a sentence that makes one of the seven moves · "
                H.element("mark", [.class("failure")], content: HTML(text: "a failure mode"))
                " a sentence that shows a failure mode (hover for which)"
            }
            H.div(.class("answer-marked"), .id("answer-marked")) { body }
        }
    }
}
