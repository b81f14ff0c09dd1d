/// Turns a question into the sparse features the archetype model reads: words and word pairs
/// (function words kept — "why", "or", "vs" carry the archetype), how the question opens, the
/// archetypes' cue phrases, and its shape (numbers, length, several sentences).
public struct ArchetypeFeatures: Sendable {
    private let cues: PhraseLexicon<ArchetypeID>

    public init(archetypes: [Archetype]) {
        var cues = PhraseLexicon<ArchetypeID>()
        for archetype in archetypes {
            for cue in archetype.cues { cues.add(cue, value: archetype.id) }
        }
        self.cues = cues
    }

    public func extract(_ text: String) -> [String] {
        extract(text, tokens: Tokenizer.tokens(text))
    }

    func extract(_ text: String, tokens: [Token]) -> [String] {
        var features: [String] = ["bias"]
        features.reserveCapacity(tokens.count * 2 + 12)
        for token in tokens { features.append("w:" + token.stem) }
        if tokens.count > 1 {
            for index in 1..<tokens.count { features.append("b:" + tokens[index - 1].stem + "_" + tokens[index].stem) }
        }
        if let first = tokens.first { features.append("f:" + first.stem) }
        if tokens.count > 1 { features.append("f2:" + tokens[0].stem + "_" + tokens[1].stem) }
        for match in cues.matches(in: tokens) { features.append("cue:" + match.value.rawValue) }
        if tokens.contains(where: { $0.lower.first?.isNumber == true }) { features.append("shape:number") }
        if text.contains("%") { features.append("shape:percent") }
        let sentences = SentenceSplitter.sentences(in: text).count
        if sentences > 1 { features.append("shape:sentences") }
        if text.trimmed().hasSuffix("?") { features.append("shape:question-mark") }
        features.append(tokens.count <= 8 ? "len:short" : tokens.count <= 20 ? "len:medium" : "len:long")
        return features
    }
}

import Foundation
