@testable import CoachWeb
import CoachCore
import Testing

@Suite struct HTMLTests {
    @Test func textIsEscapedInContentAndAttributes() {
        let hostile = "<script>alert('x')</script> & \"quoted\""
        let html = H.p(.title(hostile), .class(hostile)) { hostile }
        #expect(html.rendered == "<p title=\"&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot;\" class=\"&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot;\">"
            + "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot;</p>")
        #expect(H.textarea(.name("a"), text: "</textarea><script>").rendered == "<textarea name=\"a\">&lt;/textarea&gt;&lt;script&gt;</textarea>")
        #expect(HTML.joined([HTML(text: "a"), HTML(text: "b")], separator: "<>").rendered == "a&lt;&gt;b")
    }

    @Test func linksStayOnThisSite() {
        #expect(H.a(.href("javascript:alert(1)")) { "x" }.rendered == "<a href=\"#\">x</a>")
        #expect(H.a(.href("//evil.example/")) { "x" }.rendered == "<a href=\"#\">x</a>")
        #expect(H.a(.href("https://evil.example/")) { "x" }.rendered == "<a href=\"#\">x</a>")
        #expect(H.a(.href("/topics/rag")) { "x" }.rendered == "<a href=\"/topics/rag\">x</a>")
    }

    @Test func builderHandlesConditionsAndLoops() {
        let items = ["a", "<b>"]
        let html = H.ul {
            for item in items { H.li { item } }
            if items.isEmpty { "none" } else { H.li { "end" } }
        }
        #expect(html.rendered == "<ul><li>a</li><li>&lt;b&gt;</li><li>end</li></ul>")
    }

    @Test func questionIdsBecomeOneEncodedSegment() {
        #expect(Paths.practice("notes/39_rag/GRILL.md#3") == "/practice/notes%2F39_rag%2FGRILL.md%233")
        #expect(Paths.segment("a b<é>") == "a%20b%3C%C3%A9%3E")
    }

    @Test func theMapLayoutIsDeterministicAndInsideTheCanvas() {
        let library = ContentLibrary(builtin: TestSupport.builtin)
        let first = TopicMapLayout(library: library), second = TopicMapLayout(library: library)
        #expect(first.topics.count == library.topics.count)
        #expect(first.bridges.count == library.bridges.count)
        #expect(first.topics.map(\.point) == second.topics.map(\.point))
        #expect(first.bridges.map(\.point) == second.bridges.map(\.point))
        for point in first.topics.map(\.point) + first.bridges.map(\.point) {
            #expect((0...TopicMapLayout.size).contains(point.x) && (0...TopicMapLayout.size).contains(point.y))
        }
        #expect(first.edges.contains { $0.kind == .bridge })
        #expect(first.edges.contains { $0.kind == .related })
    }
}
