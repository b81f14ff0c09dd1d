/// Splits prose into sentences and clauses without being fooled by "e.g.", "vs.", "0.5" or "U.S.".
public enum SentenceSplitter {
    private static let abbreviations: Set<String> = [
        "e.g", "i.e", "vs", "etc", "cf", "al", "approx", "fig", "eq", "mr", "mrs", "dr", "no", "resp", "incl", "esp",
    ]

    /// Ranges of the sentences of `text`, trimmed of surrounding white space, in order.
    public static func sentences(in text: Substring) -> [Range<Substring.Index>] {
        var ranges: [Range<Substring.Index>] = []
        var start = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            var ends = false
            if character == "\n" {
                // A blank line or a new list item ends a sentence; a wrapped line does not.
                let rest = text[next...].drop(while: { $0 == " " || $0 == "\t" })
                ends = rest.first == "\n" || rest.first == "-" || rest.first == "*" || rest.first == "•"
                    || (rest.first?.isNumber == true && rest.dropFirst().prefix(3).contains { $0 == "." || $0 == ")" })
            } else if character == "." || character == "!" || character == "?" || character == ";" {
                ends = isBoundary(text, at: index)
            }
            if ends {
                appendTrimmed(text[start..<next], to: &ranges)
                start = next
            }
            index = next
        }
        appendTrimmed(text[start..<text.endIndex], to: &ranges)
        return ranges
    }

    public static func sentences(in text: String) -> [String] {
        let whole = text[...]
        return sentences(in: whole).map { String(whole[$0]) }
    }

    private static func isBoundary(_ text: Substring, at index: Substring.Index) -> Bool {
        let next = text.index(after: index)
        guard next < text.endIndex else { return true }
        let following = text[next]
        if text[index] == ";" { return following.isWhitespace }
        // "0.5", "U.S.", "file.md": no space after the mark, no boundary.
        if !(following.isWhitespace || following == "\"" || following == ")" || following == "*") { return false }
        if text[index] == "." {
            // "2. Solve…" at the start of a line is a list marker, not the end of a sentence.
            var digitStart = index
            while digitStart > text.startIndex, text[text.index(before: digitStart)].isNumber { digitStart = text.index(before: digitStart) }
            if digitStart < index {
                let lead = text[..<digitStart].reversed().prefix(while: { $0 == " " || $0 == "\t" })
                let before = text.index(digitStart, offsetBy: -lead.count)
                if before == text.startIndex || text[text.index(before: before)] == "\n" { return false }
            }
            var wordStart = index
            while wordStart > text.startIndex {
                let before = text.index(before: wordStart)
                if text[before].isLetter || text[before] == "." { wordStart = before } else { break }
            }
            let word = text[wordStart..<index].lowercased()
            if abbreviations.contains(word) { return false }
            // A single capital letter ("J. Smith") is an initial.
            if word.count == 1, let letter = word.first, letter.isLetter, text[wordStart].isUppercase { return false }
        }
        return true
    }

    private static func appendTrimmed(_ piece: Substring, to ranges: inout [Range<Substring.Index>]) {
        guard let first = piece.firstIndex(where: { !$0.isWhitespace }),
              let last = piece.lastIndex(where: { !$0.isWhitespace }) else { return }
        ranges.append(first..<piece.index(after: last))
    }
}
