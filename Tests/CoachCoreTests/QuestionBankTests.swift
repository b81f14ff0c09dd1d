import Foundation
import Testing
@testable import CoachCore

@Suite struct QuestionBankTests {
    static let pack = PackLoader.loadBuiltin().pack
    static var bank: [Question] { pack.questions }

    @Test func countsAcrossTopicsAndArchetypes() {
        #expect(Self.bank.count >= 400)
        let topics = Set(Self.bank.compactMap(\.topics.first))
        #expect(topics.count >= 45, "questions lead on \(topics.count) topics")
        for archetype in ArchetypeID.allCases {
            #expect(Self.bank.filter { $0.archetype == archetype }.count >= 40, "\(archetype)")
        }
        #expect(Self.bank.filter { $0.kind == .crossTopic }.count >= 60)
        #expect(Self.bank.filter { ($0.difficulty ?? 3) <= 2 }.count >= 60, "short recall questions")
        // Every topic the founding document names gets at least ten questions.
        let founding = ["07", "39", "06", "30", "49", "22", "28", "08", "62", "29", "43", "25", "33", "19", "27", "52",
                        "47", "11", "38", "15", "36", "04", "05", "63", "14", "32", "48", "61", "57", "59"]
        for number in founding {
            #expect(Self.bank.filter { $0.topics.contains(number) }.count >= 10, "topic \(number)")
        }
    }

    @Test func everyQuestionIsComplete() {
        let known = Set(Self.pack.topics.map(\.number))
        for question in Self.bank {
            #expect(question.topics.allSatisfy(known.contains), "\(question.id)")
            #expect(question.reference?.isEmpty == false, "\(question.id) has no reference")
            #expect((3...6).contains(question.keyPoints.count), "\(question.id) has \(question.keyPoints.count) key points")
            #expect((1...3).contains(question.followUps.count) || question.kind != .grill, "\(question.id) follow-ups")
            #expect(question.difficulty != nil, "\(question.id) difficulty")
            if question.kind == .crossTopic { #expect(question.outline.map(\.move) == MoveID.allCases, "\(question.id) outline") }
        }
    }

    @Test func noTwoQuestionsAreNearDuplicates() {
        let sets = Self.bank.map { question in
            Set(Tokenizer.tokens(question.text).filter { !Stopwords.english.contains($0.lower) }.map(\.stem))
        }
        var pairs: [String] = []
        for i in sets.indices {
            for j in sets.indices where j > i && !sets[i].isEmpty && !sets[j].isEmpty {
                let overlap = Double(sets[i].intersection(sets[j]).count) / Double(sets[i].union(sets[j]).count)
                if overlap >= 0.7 { pairs.append("\(Self.bank[i].id) ~ \(Self.bank[j].id)") }
            }
        }
        #expect(pairs.isEmpty, "\(pairs)")
    }

    @Test func eachReferenceCoversItsOwnKeyPoints() throws {
        let library = ContentLibrary(builtin: Self.pack)
        let grader = AnswerGrader(library: library)
        var weak: [String] = []
        var covered = 0
        var total = 0
        for question in Self.bank {
            guard let reference = question.reference, let archetype = question.archetype else { continue }
            let prompt = AnswerGrader.Prompt(question: question.text, archetype: archetype, scope: .focused, keyPoints: question.keyPoints)
            let grade = try grader.grade(answer: reference, for: prompt)
            covered += grade.keyPoints.filter(\.covered).count
            total += grade.keyPoints.count
            if (grade.scores.coverage ?? 0) < 60 { weak.append("\(question.id) (\(grade.scores.coverage ?? 0))") }
        }
        #expect(Double(covered) / Double(total) >= 0.9, "references cover \(covered) of \(total) key points")
        #expect(weak.count <= Self.bank.count / 50, "\(weak.count) references cover under 60% of their points: \(weak.prefix(10))")
    }
}
