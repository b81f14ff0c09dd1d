import Foundation
import Testing
@testable import CoachCore

@Suite struct TextTests {
    @Test func markdownBecomesPlainText() {
        #expect(MarkdownText.plain("**Bold** and *italic* and `code`") == "Bold and italic and code")
        #expect(MarkdownText.plain("see [the notes](../04_x/README.md) now") == "see the notes now")
        #expect(MarkdownText.plain("Which <b>HTML</b> tags<br/> stay?") == "Which HTML tags stay?")
        #expect(MarkdownText.plain("keep snake_case and a < b > c") == "keep snake_case and a < b > c")
        #expect(MarkdownText.plain("emoji 🔍 stays") == "emoji 🔍 stays")
    }

    @Test func sentencesIgnoreAbbreviationsAndDecimals() {
        let sentences = SentenceSplitter.sentences(in: "Use e.g. BM25 vs. dense. A 0.5 margin works; it helps! Done?")
        #expect(sentences == ["Use e.g. BM25 vs. dense.", "A 0.5 margin works;", "it helps!", "Done?"])
    }

    @Test func keyPointsAreOnePerIdea() {
        let reference = "Pointwise: simple, learn $f(u, i)$. Pairwise: relative orderings. Listwise: full list (NDCG-like). Pairwise often wins for medium-data systems; listwise for ranked-output evaluation."
        let points = KeyPointExtractor.keyPoints(fromReference: reference).map(\.text)
        #expect(points == [
            "Pointwise: simple, learn f(u, i)", "Pairwise: relative orderings", "Listwise: full list (NDCG-like)",
            "Pairwise often wins for medium-data systems", "listwise for ranked-output evaluation",
        ])
    }

    @Test func keyPointsSplitEnumerationsAndDropMathAndCode() {
        let reference = """
            Five causes: (a) retrieval miss (b) reranking miss (c) generation ignores context.

            $$
            x = y
            $$

            ```
            print(1)
            ```
            Slow.
            """
        let points = KeyPointExtractor.keyPoints(fromReference: reference).map(\.text)
        #expect(points == ["retrieval miss", "reranking miss", "generation ignores context; Slow"])
    }

    @Test func aBareNumberIsAnAnswerButAListMarkerIsNot() {
        #expect(KeyPointExtractor.keyPoints(fromReference: "8.").map(\.text) == ["8"])
        #expect(KeyPointExtractor.keyPoints(fromReference: "2. Solve for the optimal policy.").map(\.text) == ["Solve for the optimal policy"])
    }

    @Test func invalidUTF8IsReplacedAndItsLineFound() {
        let data = Data("line one\nline two \u{e9}\n".utf8) + Data([0x0A, 0x61, 0xFF, 0x62])
        let decoded = TextDecoding.decode(data)
        #expect(decoded.firstInvalidLine == 4)
        #expect(decoded.text.hasSuffix("a\u{FFFD}b"))
        #expect(TextDecoding.decode(Data("fine ✓".utf8)).firstInvalidLine == nil)
        // An overlong encoding of "/" is invalid too.
        #expect(TextDecoding.firstInvalidLine(in: Data([0xC0, 0xAF])) == 1)
    }
}
