/// Finds the five failure modes in an answer, with the sentences that show them.
struct FailureModeDetector: Sendable {
    struct Finding {
        var present: Bool
        var sentences: [Int]
        /// Words from the answer for the advice ("FlashAttention", "GBDT, DNN and random forest").
        var detail: [String]
    }

    private let techniques: PhraseLexicon<String>
    private let heavyLexicon: PhraseLexicon<Bool>
    private let business = PhraseSpotter(AnswerLexicon.business, value: true)
    private let businessMetrics = PhraseSpotter(AnswerLexicon.businessMetrics, value: true)
    private let listIntro = PhraseSpotter([
        "many possible", "several possible", "many options", "several options", "possible approaches", "possible causes",
        "possible explanations", "candidate causes", "options include", "options are", "we could use", "you could use",
        "we could try", "could be any of", "a range of", "many ways", "several ways", "alternatives include", "any of them",
    ], value: true)
    private let choice = PhraseSpotter([
        "i'd go with", "i would go with", "i'd pick", "i would pick", "i'd choose", "i would choose", "i'd start with",
        "i would start with", "i'd use", "i would use", "my recommendation", "i'd recommend", "i would recommend",
        "default to", "i'd default", "my pick", "the best choice", "the right choice", "i'd bet on", "we should use",
        "i'd lean", "i would lean", "i'd prefer", "i would prefer", "go with", "i'd check", "i would check",
        "i'd look at", "i would look at", "start by", "most likely", "top suspect", "prioritize", "first i'd", "first, i'd",
        "i'd first", "my first", "the first thing", "begin with", "i'd rule out", "rule out",
    ], value: true)

    /// Words that explain what a named technique does or why it is here.
    static let explanationWords: Set<String> = AnswerLexicon.relationWords.subtracting([
        "use", "uses", "used", "would", "could", "will", "can", "should", "do", "does", "did", "have", "has", "had",
        "may", "might", "must", "be", "been", "being", "to", "try", "add", "adds",
    ]).union(["reduces", "cuts", "instead", "rather", "so", "which", "because", "by", "means", "lets", "avoids", "turns",
              "evaluate", "measure", "serve", "rank", "retrieve", "detect", "classify", "score", "filter", "cache", "shard",
              "compress", "quantize", "schedule", "route", "batch"])

    init(library: ContentLibrary) {
        var techniques = PhraseLexicon<String>()
        for topic in library.topics {
            for concept in topic.concepts {
                for name in concept.allNames where Self.isTechniqueName(name) { techniques.add(name, value: concept.term) }
            }
        }
        for name in TechniqueNames.all { techniques.add(name, value: name) }
        self.techniques = techniques
        var heavyLexicon = PhraseLexicon<Bool>()
        for phrase in AnswerLexicon.heavyMachinery { heavyLexicon.add(phrase, value: true) }
        self.heavyLexicon = heavyLexicon
    }

    /// A proper name in running text: "GShard", "ScaNN", "ST-MoE", "LambdaMART".
    static func looksLikeName(_ answer: AnswerText, _ token: Token) -> Bool {
        guard token.end - token.start >= 2, token.hasInnerCapital || token.isUppercase, token.lower.first?.isLetter == true else { return false }
        if token.isUppercase { return !commonAcronyms.contains(token.lower) }
        return true
    }

    static let commonAcronyms: Set<String> = ["ai", "ml", "ok", "us", "uk", "eu", "pm", "ceo", "id", "api", "gpu", "gpus", "cpu", "tb", "gb", "mb", "qps", "i"]

    static func surface(_ answer: AnswerText, _ token: Token) -> String {
        answer.surface(token)
    }

    /// Named things: an acronym, a capitalised or camel-case name, or a multi-word term.
    static func isTechniqueName(_ name: String) -> Bool {
        let words = name.split(separator: " ")
        if name.contains(where: \.isUppercase) { return true }
        return words.count >= 2 && words.count <= 4
    }

    func listingWithoutJudgment(_ answer: AnswerText) -> Finding {
        var lists: [Int] = []
        var items: [String] = []
        let introduced = Set(listIntro.sentences(in: answer))
        for (index, sentence) in answer.sentences.enumerated() {
            var named = Self.alternatives(in: sentence.text)
            if named.count < 3 { named = Self.lineItems(in: sentence.text, introduced: introduced.contains(index)) }
            if named.count >= 3 {
                lists.append(index)
                if items.isEmpty { items = named }
            }
        }
        let chose = !choice.sentences(in: answer).isEmpty
        return Finding(present: !lists.isEmpty && !chose, sentences: chose ? [] : lists, detail: items)
    }

    /// Short items of a comma or "or" list: "logistic regression, trees, GBDT, or a neural net".
    static func alternatives(in sentence: String) -> [String] {
        let commas = sentence.utf8.filter { $0 == 0x2C }.count
        guard commas >= 2 || (commas >= 1 && sentence.contains(" or ")) else { return [] }
        var text = sentence.lowercased()
        for lead in ["you could use ", "we could use ", "options include ", "options are ", "we could try ", "you could try ", "could use ", "such as ", "like "] {
            if let range = text.range(of: lead) { text = String(text[range.upperBound...]) }
        }
        var pieces: [String] = []
        for part in text.split(separator: ",") {
            // "a or b" inside one comma part is two items; a leading "or"/"and" is the list's glue.
            var rest = part.trimmed()
            for glue in ["or ", "and "] where rest.hasPrefix(glue) { rest = String(rest.dropFirst(glue.count)) }
            for item in rest.components(separatedBy: " or ") {
                let cleaned = item.trimmed().trimmingCharacters(in: ["."])
                if !cleaned.isEmpty { pieces.append(cleaned) }
            }
        }
        let short = pieces.filter { $0.split(separator: " ").count <= 4 }
        guard short.count >= 3, Double(short.count) >= Double(pieces.count) * 0.6 else { return [] }
        // A list of options rather than of steps: few of the items carry verbs.
        let verbs = short.filter { $0.split(separator: " ").contains { AnswerLexicon.relationWords.contains(String($0)) } }
        return verbs.count <= short.count / 3 ? short : []
    }

    /// Items of a list laid out one a line or separated by semicolons, after an introduction
    /// like "There are many possible approaches:".
    static func lineItems(in sentence: String, introduced: Bool) -> [String] {
        guard sentence.utf8.contains(where: { $0 == 0x3B || $0 == 0x0A }) else { return [] }
        let pieces = sentence.split(whereSeparator: { $0 == ";" || $0 == "\n" })
            .map { $0.trimmed().trimmingCharacters(in: [".", "-", "*", "•"]).trimmed() }
            .filter { !$0.isEmpty }
        guard pieces.count >= 4 || (introduced && pieces.count >= 3) else { return [] }
        let body = pieces.first.map { $0.hasSuffix(":") } == true ? Array(pieces.dropFirst()) : pieces
        let short = body.filter { $0.split(separator: " ").count <= 14 }
        return short.count >= 3 && Double(short.count) >= Double(body.count) * 0.7 ? short.map { String($0.prefix(60)) } : []
    }

    func namingWithoutExplaining(_ answer: AnswerText) -> Finding {
        var unexplained: [Int] = []
        var names: [String] = []
        var named = 0
        for (index, sentence) in answer.sentences.enumerated() {
            let tokens = Array(answer.tokens[sentence.tokens])
            var matches = techniques.matches(in: tokens)
            let inLexicon = Set(matches.flatMap { Array($0.tokens) })
            for (offset, token) in tokens.enumerated() where offset > 0 && !inLexicon.contains(offset) && Self.looksLikeName(answer, token) {
                matches.append(.init(value: token.lower, surface: Self.surface(answer, token), tokens: offset..<(offset + 1)))
            }
            guard !matches.isEmpty else { continue }
            named += 1
            let covered = Set(matches.flatMap { Array($0.tokens) })
            let distinct = Set(matches.map { $0.surface.lowercased() }).count
            let explanations = tokens.enumerated().filter { offset, token in
                !covered.contains(offset) && Self.explanationWords.contains(token.lower)
            }.count
            // One named technique needs one clause of explanation; a string of them needs more.
            let explained = distinct >= 3 ? explanations * 2 >= distinct : explanations > 0 || sentence.text.contains(" — ")
            let nextExplains = index + 1 < answer.sentences.count && answer.tokens[answer.sentences[index + 1].tokens].prefix(3).contains {
                ["it", "this", "that", "which"].contains($0.lower)
            }
            if !explained && !nextExplains {
                unexplained.append(index)
                names += matches.map(\.surface)
            }
        }
        let present = !unexplained.isEmpty && (unexplained.count >= 2 || Double(unexplained.count) >= Double(named) * 0.5)
        var seen = Set<String>()
        return Finding(present: present, sentences: present ? unexplained : [], detail: names.filter { seen.insert($0.lowercased()).inserted })
    }

    /// Heavy machinery proposed before any baseline: a heavy design the answer itself puts
    /// forward (not one the question asks about, nor one it argues against), or a pile of four or
    /// more named components with no simple starting point anywhere.
    func overEngineering(_ answer: AnswerText, question: String, baseline: Int?) -> Finding {
        let questionTokens = Tokenizer.tokens(question)
        let asked = Set(heavyLexicon.matches(in: questionTokens).map(\.surface))
        var flagged: [Int] = []
        var components = Set<String>()
        for (index, sentence) in answer.sentences.enumerated() where baseline == nil || index < baseline! {
            let tokens = Array(answer.tokens[sentence.tokens])
            let words = Set(tokens.map(\.lower))
            guard !words.isDisjoint(with: Self.proposalWords), words.isDisjoint(with: Self.negationWords) else { continue }
            let hits = heavyLexicon.matches(in: tokens).filter { !asked.contains($0.surface) }
            if !hits.isEmpty { flagged.append(index) }
            components.formUnion(techniques.matches(in: tokens).map { $0.value.lowercased() })
        }
        let pile = baseline == nil && components.count >= 5
        let present = !flagged.isEmpty || pile
        let sentences = flagged.isEmpty && pile ? [0] : flagged
        return Finding(present: present, sentences: present ? sentences : [], detail: sentences.prefix(1).map { answer.sentences[$0].text })
    }

    static let proposalWords: Set<String> = ["i'd", "we'd", "i", "we", "let's", "build", "use", "add", "train", "deploy", "stand", "design", "propose"]
    static let negationWords: Set<String> = ["instead", "rather", "avoid", "not", "wouldn't", "don't", "won't", "never", "overkill", "unless"]

    func forgettingTheBusiness(_ answer: AnswerText) -> Finding {
        let strong = business.sentences(in: answer)
        let metrics = businessMetrics.sentences(in: answer)
        return Finding(present: strong.isEmpty && metrics.count < 2, sentences: [], detail: [])
    }
}
