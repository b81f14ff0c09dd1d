import Foundation
import Testing
@testable import CoachCore

@Suite struct RouterTests {
    static let library = ContentLibrary(builtin: PackLoader.loadBuiltin().pack)
    static let router = try! QuestionRouter.builtin(library: library)

    func topNumbers(_ question: String, _ k: Int = 5) throws -> [String] {
        try Self.router.route(question).topics.prefix(k).map(\.number)
    }

    @Test func conceptsWithAbbreviationsAndInflectionsFindTheirTopic() throws {
        #expect(try topNumbers("How big does the key-value cache get for long prompts?").contains("06"))
        #expect(try topNumbers("How does the KV caching work during decoding?").contains("06"))
        #expect(try topNumbers("Explain retrieval augmented generation to a PM").first == "39")
        #expect(try topNumbers("Why is KL divergence asymmetric?").contains("33"))
    }

    @Test func becauseNamesTheMatchedTerms() throws {
        let routing = try Self.router.route("How would you pick a chunk size for RAG over legal contracts?")
        let rag = try #require(routing.topics.first { $0.number == "39" })
        #expect(rag.because.contains("RAG") || rag.because.contains("chunking") || rag.because.contains("chunk"))
    }

    @Test func alwaysAtLeastFiveTopicsBestFirst() throws {
        let routing = try Self.router.route("Hmm?")
        #expect(routing.topics.count == 5)
        let scores = try Self.router.route("Design a fraud detector for card payments").topics.map(\.score)
        #expect(scores == scores.sorted(by: >))
        #expect(try Self.router.route("Design a fraud detector", top: 8).topics.count == 8)
    }

    @Test func scaffoldFillsTheFrameworkWithTheSubject() throws {
        let routing = try Self.router.route("Design a fraud detector for card payments.")
        #expect(routing.subject == "a fraud detector for card payments")
        #expect(routing.framework.count == Self.library.archetype(routing.archetype.id)?.framework.count)
        #expect(routing.framework.allSatisfy { !$0.prompt.contains("{subject}") })
        #expect(!routing.pitfalls.isEmpty)
    }

    @Test func subjectsFromScenariosAndImperatives() {
        #expect(QuestionSubject.extract(from: "Our CTR dropped 3% after the launch. What would you check?") == "the CTR")
        #expect(QuestionSubject.extract(from: "Walk me through training a code assistant") == "a code assistant")
        #expect(QuestionSubject.extract(from: "Why does layer norm help transformers train?") == "layer norm help transformers train")
    }

    @Test func classifierProbabilitiesAreADistribution() {
        let (ranked, _) = Self.router.classify("Should we fine-tune or use retrieval for our support bot?")
        #expect(ranked.count == 5)
        #expect(abs(ranked.map(\.1).reduce(0, +) - 1) < 1e-9)
        #expect(ranked.map(\.1) == ranked.map(\.1).sorted(by: >))
    }

    @Test func badInputIsRefusedOrFlagged() throws {
        #expect(throws: QuestionRouter.RouterError.empty) { try Self.router.route("   \n ") }
        #expect(throws: QuestionRouter.RouterError.tooLong(1_000_000)) { try Self.router.route(String(repeating: "a", count: 1_000_000)) }
        #expect(throws: QuestionRouter.RouterError.notText) { try Self.router.route("\u{1}\u{2}\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}") }
        let foreign = try Self.router.route("Wie funktioniert die Aufmerksamkeit in einem großen Sprachmodell?")
        #expect(!foreign.notes.isEmpty, "a question with no known terms is flagged")
    }

    @Test func routingIsDeterministic() throws {
        let question = "LoRA or full fine-tuning for a new language? What would change your mind?"
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let first = try encoder.encode(try Self.router.route(question))
        let second = try encoder.encode(try QuestionRouter.builtin(library: Self.library).route(question))
        #expect(first == second)
    }

    @Test(arguments: [
        "Design a fraud detector for card payments.",
        "Why does attention divide by the square root of d_k? \"Quote\" \\ back\\slash\ttab",
        "Wie funktioniert die Aufmerksamkeit in einem großen Sprachmodell? 😀 \u{1}",
    ])
    func handWrittenJSONMatchesTheEncoder(question: String) throws {
        let routing = try Self.router.route(question, top: 7)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let encoded = try JSONSerialization.jsonObject(with: try encoder.encode(routing)) as? NSDictionary
        let written = try JSONSerialization.jsonObject(with: Data(routing.jsonText().utf8)) as? NSDictionary
        #expect(encoded != nil)
        #expect(encoded == written)
    }

    @Test func jsonWriterEscapesControlCharactersAndQuotes() throws {
        var json = JSONWriter()
        json.object { json in
            json.key("a\"b"); json.string("line\nbreak\u{1F}\u{0}end")
            json.key("n"); json.number(0.125)
            json.key("whole"); json.number(3.0)
        }
        #expect(json.text == #"{"a\"b":"line\nbreak\u001f\u0000end","n":0.125,"whole":3}"#)
    }

    @Test func theShippedModelIsWhatTrainingProduces() throws {
        let directory = try #require(PackLoader.builtinDirectory())
        let pack = PackLoader.loadBuiltin().pack
        let (questions, issues) = RouterTrainingSet.load(packDirectory: directory, pack: pack)
        #expect(issues.isEmpty)
        #expect(questions.count >= 600)
        let retrained = ArchetypeTrainer(features: ArchetypeFeatures(archetypes: pack.archetypes)).train(questions)
        #expect(retrained == (try QuestionRouter.builtinModel()), "run `swift run coach train router` after changing the pack")
    }
}

@Suite struct TextMatchingTests {
    @Test func porterStemmerMatchesTheReferenceExamples() {
        let cases = ["caresses": "caress", "ponies": "poni", "cats": "cat", "feed": "feed", "agreed": "agre",
                     "plastered": "plaster", "motoring": "motor", "sing": "sing", "hopping": "hop", "filing": "file",
                     "happy": "happi", "relational": "relat", "conditional": "condit", "generalization": "gener",
                     "retrieval": "retriev", "retrieving": "retriev", "effective": "effect", "adjustment": "adjust"]
        for (word, stem) in cases { #expect(PorterStemmer.stem(word) == stem, "\(word)") }
        #expect(PorterStemmer.stem("größe") == "größe")
    }

    @Test func tokensCarryScalarOffsets() {
        let tokens = Tokenizer.tokens("café KV-cache!")
        #expect(tokens.map(\.lower) == ["café", "kv", "cache"])
        #expect(tokens.map(\.start) == [0, 5, 8])
        #expect(tokens.map(\.end) == [4, 7, 13])
        #expect(tokens[1].isUppercase && !tokens[2].isUppercase)
    }

    @Test func phraseLexiconPrefersTheLongestNameAndRespectsAcronymCase() {
        var lexicon = PhraseLexicon<String>()
        lexicon.add("cache", value: "short")
        lexicon.add("key-value cache", value: "long")
        lexicon.add("KL", value: "kl")
        let matches = lexicon.matches(in: Tokenizer.tokens("the key value caches and KL but not kl"))
        #expect(matches.map(\.value) == ["long", "kl"])
    }
}
