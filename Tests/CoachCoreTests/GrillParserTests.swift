import Testing
@testable import CoachCore

@Suite struct GrillParserTests {
    @Test func boldQuestionsKeepTheirAnswersAndSections() {
        let text = """
            # Grill

            ## A. Basics

            **1. What is BM25?**
            A lexical score.
            It saturates term frequency.

            **2. Why overlap chunks?**
            Facts cross boundaries.

            ## B. More
            **3. Last one?**
            Yes.
            """
        let parser = GrillParser.parse(text, file: "g.md")
        #expect(parser.entries.map(\.number) == [1, 2, 3])
        #expect(parser.entries[0].text == "What is BM25?")
        #expect(parser.entries[0].answer == "A lexical score.\nIt saturates term frequency.")
        #expect(parser.entries[0].section == "A. Basics")
        #expect(parser.entries[2].section == "B. More")
        #expect(parser.entries.map(\.line) == [5, 9, 13])
        #expect(parser.issues.isEmpty)
    }

    @Test func numberOnlyBoldTakesTheItalicQuestionAndInlineAnswer() {
        let parser = GrillParser.parse("**51.** *Loss for binary LR?* Binary cross-entropy.", file: "g.md")
        #expect(parser.entries.count == 1)
        #expect(parser.entries[0].text == "Loss for binary LR?")
        #expect(parser.entries[0].answer == "Binary cross-entropy.")
    }

    @Test func shortParentheticalAfterTheQuestionStaysWithIt() {
        let parser = GrillParser.parse("**5. What's MLA?** (DeepSeek-V2)\nLatent KV compression.", file: "g.md")
        #expect(parser.entries[0].text == "What's MLA? (DeepSeek-V2)")
        #expect(parser.entries[0].answer == "Latent KV compression.")
    }

    @Test func plainNumberedListIsQuestionsWithoutAnswers() {
        let text = """
            ## Section A — Injection (Q1–2)

            1. Define direct prompt injection.
            2. Why does the system prompt not help?
            """
        let parser = GrillParser.parse(text, file: "g.md")
        #expect(parser.entries.map(\.text) == ["Define direct prompt injection.", "Why does the system prompt not help?"])
        #expect(parser.entries.allSatisfy { $0.answer == nil })
        #expect(parser.entries[0].section == "Section A — Injection (Q1–2)")
    }

    @Test func numberedLinesInsideAnswersCodeAndMathAreNotQuestions() {
        let text = """
            **1. Derive DPO.**
            1. Start from the KL-regularised objective.
            2. Solve for the optimal policy.

            ```
            3. code line
            ```

            $$
            4. math
            $$
            """
        let parser = GrillParser.parse(text, file: "g.md")
        #expect(parser.entries.count == 1)
        #expect(parser.entries[0].answer?.contains("2. Solve for the optimal policy.") == true)
        #expect(parser.entries[0].answer?.contains("3. code line") == true)
    }

    @Test func questionWithoutTextIsAnErrorWithItsLine() {
        let parser = GrillParser.parse("**1. Fine?**\nYes.\n\n**2.**\n\n3.\n", file: "notes/g.md")
        #expect(parser.entries.map(\.number) == [1])
        let errors = parser.issues.filter { $0.severity == .error }
        #expect(errors.map(\.line) == [4, 6])
        #expect(errors.allSatisfy { $0.file == "notes/g.md" && $0.message.contains("no text") })
    }

    @Test func unclosedCodeBlockWarnsAtItsOpeningLine() {
        let parser = GrillParser.parse("**1. Q?**\n```\ncode\n", file: "g.md")
        #expect(parser.issues.contains { $0.line == 2 && $0.message.contains("never closed") })
        #expect(parser.entries.count == 1)
    }

    @Test func duplicateNumbersAreKeptAndReported() {
        let parser = GrillParser.parse("**1. A?**\nx\n**1. B?**\ny\n", file: "g.md")
        #expect(parser.entries.count == 2)
        #expect(parser.issues.contains { $0.line == 3 && $0.message.contains("used again") })
    }
}
