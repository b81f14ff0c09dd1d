/// Derives the key points of a reference answer: one per distinct idea, in order.
///
/// Notes write answers tersely ("Pointwise: simple. Pairwise: relative order; listwise for
/// ranked output."), so a sentence, a clause after a semicolon, a list item and an enumerated
/// "(a) … (b) …" part each count as an idea. Fragments too short to be a claim ("Slow.") join
/// the idea before them. Display math and code are not ideas to recite and are left out.
public enum KeyPointExtractor {
    public static let maximumPoints = 8

    public static func keyPoints(fromReference reference: String) -> [KeyPoint] {
        var pieces: [String] = []
        for block in proseBlocks(of: reference) {
            let whole = block[...]
            for range in SentenceSplitter.sentences(in: whole) {
                pieces += splitEnumeration(String(whole[range]))
            }
        }

        var points: [String] = []
        var pending = ""
        for raw in pieces {
            let piece = clean(raw)
            guard !piece.isEmpty else { continue }
            if contentWordCount(piece) >= 2 {
                points.append(pending.isEmpty ? piece : pending + " " + piece)
                pending = ""
            } else if let last = points.last {
                points[points.count - 1] = last + "; " + piece
            } else {
                pending = pending.isEmpty ? piece : pending + " " + piece
            }
        }
        if !pending.isEmpty { points.append(pending) }

        var seen = Set<String>()
        return points
            .filter { seen.insert($0.lowercased()).inserted }
            .prefix(maximumPoints)
            .map { KeyPoint(text: $0) }
    }

    /// The reference without display math and code blocks, tables turned into sentences.
    static func proseBlocks(of reference: String) -> [String] {
        var blocks: [String] = []
        var current: [Substring] = []
        var inFence = false
        var inMath = false
        func flush() {
            if !current.isEmpty { blocks.append(current.joined(separator: "\n")) }
            current = []
        }
        for line in reference.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmed()
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") { inFence.toggle(); flush(); continue }
            if inFence { continue }
            if trimmed.hasPrefix("$$") {
                let closesOnSameLine = trimmed.count > 2 && trimmed.dropFirst(2).contains("$$")
                if !closesOnSameLine { inMath.toggle() }
                flush()
                continue
            }
            if inMath { continue }
            if trimmed.hasPrefix("|") {
                if trimmed.allSatisfy({ "|-: ".contains($0) }) { continue }
                let cells = trimmed.split(separator: "|").map { $0.trimmed() }.filter { !$0.isEmpty }
                if let head = cells.first {
                    flush()
                    blocks.append(cells.count > 1 ? head + ": " + cells.dropFirst().joined(separator: ", ") + "." : head + ".")
                }
                continue
            }
            if trimmed.isEmpty { flush() } else { current.append(line) }
        }
        flush()
        return blocks
    }

    /// Splits "(a) retrieval miss (b) reranking miss" into its parts.
    static func splitEnumeration(_ sentence: String) -> [String] {
        guard sentence.utf8.contains(0x28) else { return [sentence] }
        var parts: [String] = []
        var current = ""
        var index = sentence.startIndex
        while index < sentence.endIndex {
            if sentence[index] == "(", let close = sentence[index...].prefix(4).firstIndex(of: ")") {
                let label = sentence[sentence.index(after: index)..<close]
                let isMarker = (label.count == 1 && label.first!.isLetter && label.first!.isLowercase)
                    || (label.count <= 2 && label.allSatisfy(\.isNumber))
                    || ["i", "ii", "iii", "iv", "v"].contains(String(label))
                if isMarker {
                    let before = current.trimmed()
                    if !before.isEmpty { parts.append(before) }
                    current = ""
                    index = sentence.index(after: close)
                    continue
                }
            }
            current.append(sentence[index])
            index = sentence.index(after: index)
        }
        let rest = current.trimmed()
        if !rest.isEmpty { parts.append(rest) }
        // A lone lead-in ("Five failure modes:") is not an idea of its own when parts follow.
        if parts.count > 2, let first = parts.first, first.hasSuffix(":") { parts.removeFirst() }
        return parts
    }

    static func clean(_ piece: String) -> String {
        var text = piece.trimmed()
        for marker in ["- ", "* ", "• ", "+ "] where text.hasPrefix(marker) {
            text = String(text.dropFirst(marker.count))
        }
        // A list marker ("2. ", "3) ") goes; a bare number ("8.") is the answer itself and stays.
        let digits = text.prefix(while: \.isNumber)
        if !digits.isEmpty, digits.count <= 2 {
            let rest = text.dropFirst(digits.count)
            if let mark = rest.first, mark == "." || mark == ")", rest.dropFirst().first == " " {
                text = String(rest.dropFirst(2))
            }
        }
        if text.utf8.contains(0x24) { text = text.replacingOccurrences(of: "$", with: "") }
        text = MarkdownText.plain(text)
        while let last = text.last, ".;,:".contains(last) { text.removeLast() }
        return text.trimmed()
    }

    static func contentWordCount(_ text: String) -> Int {
        var count = 0
        for word in text.split(whereSeparator: { !$0.isLetter && !$0.isNumber }) where word.count >= 3 {
            if !Stopwords.english.contains(word.lowercased()) { count += 1 }
        }
        return count
    }
}

import Foundation
