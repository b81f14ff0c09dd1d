/// The thing a question is about, for filling `{subject}` in framework prompts:
/// "Design a fraud detector for card payments." → "a fraud detector for card payments".
public enum QuestionSubject {
    static let leadIns: [String] = [
        "how would you go about", "how would you approach", "how would you design", "how would you build",
        "how would you train", "how would you improve", "how would you debug", "how would you evaluate",
        "how would you choose between", "how would you decide between", "how would you", "how do you", "how does", "how do",
        "walk me through how you would", "walk me through how you'd", "walk me through the design of",
        "walk me through designing", "walk me through training", "walk me through", "talk me through",
        "can you explain why", "can you explain", "could you explain", "explain why", "explain how", "explain",
        "tell me about", "describe how", "describe", "sketch", "design and build", "design", "build", "architect", "create",
        "train", "pretrain", "fine-tune", "improve", "debug", "diagnose", "investigate", "reduce", "increase",
        "why does", "why do", "why is", "why are", "why would", "why", "what explains", "what is", "what are", "what's",
        "when would you choose", "when would you use", "when would you prefer", "when should you use", "when does",
        "should we use", "should we", "should i", "is it worth", "would you use", "compare", "choose between",
        "let's say", "suppose", "imagine", "we want to", "we need to", "you need to", "you're asked to", "i want to",
    ]

    static let symptomWords: Set<String> = [
        "dropped", "drops", "fell", "falls", "regressed", "regresses", "spiked", "spikes", "jumped", "degraded",
        "diverged", "diverges", "stopped", "keeps", "collapsed", "plateaued", "plateaus", "slid", "rose", "increased",
        "decreased", "declined", "worsened", "broke", "fails", "failed", "started", "is", "are", "looks", "went",
    ]

    public static func extract(from question: String, maximumWords: Int = 9) -> String {
        let sentences = SentenceSplitter.sentences(in: question)
        guard !sentences.isEmpty else { return "this system" }
        let lowered = sentences.map { $0.lowercased() }
        // Prefer the sentence that asks for something; a scenario set-up comes first otherwise.
        let asking = lowered.firstIndex { sentence in leadIns.contains { sentence.hasPrefix($0 + " ") } }
        var sentence = sentences[asking ?? 0]
        var lower = lowered[asking ?? 0]

        if let lead = leadIns.first(where: { lower.hasPrefix($0 + " ") }) {
            sentence = String(sentence.dropFirst(lead.count + 1))
            lower = String(lower.dropFirst(lead.count + 1))
        } else {
            // A scenario ("Our CTR dropped 3% after the launch"): the subject comes before the symptom.
            let words = sentence.split(separator: " ")
            if let symptom = words.firstIndex(where: { symptomWords.contains($0.lowercased()) }), symptom > 0 {
                var subject = words[..<symptom].map(String.init)
                if let first = subject.first?.lowercased(), ["our", "my", "your", "their"].contains(first) { subject[0] = "the" }
                sentence = subject.joined(separator: " ")
            }
        }

        var words = sentence.split(separator: " ").map(String.init)
        for (index, word) in words.enumerated() where index > 2 && (word.hasSuffix(",") || word.hasSuffix(";") || word.hasSuffix(":")) {
            words = Array(words[...index])
            break
        }
        if words.count > maximumWords { words = Array(words.prefix(maximumWords)) }
        var subject = words.joined(separator: " ")
        while let last = subject.last, ".?!,;:".contains(last) { subject.removeLast() }
        if let first = subject.first, first.isUppercase, subject.dropFirst().first?.isLowercase == true {
            subject = first.lowercased() + subject.dropFirst()
        }
        if words.count == maximumWords { subject += "…" }
        return subject.isEmpty ? "this system" : subject
    }
}

import Foundation
