import Foundation

/// Reduces text to the units that key points are matched on: content-word stems, plus one unit
/// per catalog concept named in any of its forms, so "KV cache" and "key-value cache" meet.
/// Units are weighted by rarity across the pack's text: "model" says little, "PagedAttention" a lot.
public struct TermMatcher: Sendable {
    private let concepts: PhraseLexicon<String>
    private let idf: [String: Double]
    private let unknownWeight: Double

    public init(library: ContentLibrary) {
        var concepts = PhraseLexicon<String>()
        for topic in library.topics {
            for concept in topic.concepts {
                let key = "concept:" + Tokenizer.stems(concept.term).joined(separator: "_")
                for name in concept.allNames { concepts.add(name, value: key) }
            }
        }
        self.concepts = concepts

        var documents: [String] = library.topics.map { $0.summary }
        for question in library.builtin.questions {
            documents.append(question.text)
            if let reference = question.reference { documents.append(reference) }
        }
        var frequency: [String: Int] = [:]
        for document in documents {
            for stem in Set(Tokenizer.tokens(document).filter { !Stopwords.english.contains($0.lower) }.map(\.stem)) {
                frequency[stem, default: 0] += 1
            }
        }
        let n = Double(max(1, documents.count))
        idf = frequency.mapValues { log((n + 1) / (Double($0) + 0.5)) }
        unknownWeight = log((n + 1) / 0.5)
    }

    /// The weight of a stem: rarer is heavier, never below a floor so no word is free.
    public func weight(_ stem: String) -> Double {
        max(0.5, idf[stem] ?? unknownWeight)
    }

    /// Units of a token range: concept units for named concepts, stems for the other content words.
    /// Each unit keeps the token index where it starts.
    public func units(_ tokens: ArraySlice<Token>) -> [(unit: String, token: Int)] {
        let base = tokens.startIndex
        let array = Array(tokens)
        var units: [(String, Int)] = []
        var covered = Set<Int>()
        for match in concepts.matches(in: array) {
            units.append((match.value, base + match.tokens.lowerBound))
            // A concept also counts its own words, so a partial naming earns partial credit.
            for index in match.tokens {
                covered.insert(index)
                if !Stopwords.english.contains(array[index].lower) { units.append((array[index].stem, base + index)) }
            }
        }
        for (index, token) in array.enumerated() where !covered.contains(index) && !Stopwords.english.contains(token.lower) {
            if let digits = Self.numberWords[token.lower] {
                // "percent" is dropped like the "%" sign the tokenizer drops.
                if !digits.isEmpty { units.append((digits, base + index)) }
                continue
            }
            guard token.lower.count > 1 || token.lower.first?.isNumber == true else { continue }
            units.append((token.stem, base + index))
        }
        return units
    }

    /// Spelled-out numbers match their digits: "ten to twenty percent" states "10–20%".
    static let numberWords: [String: String] = [
        "zero": "0", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8",
        "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "fifteen": "15", "twenty": "20", "thirty": "30",
        "forty": "40", "fifty": "50", "sixty": "60", "hundred": "100", "thousand": "1000", "million": "1000000",
        "billion": "1000000000", "half": "50", "double": "2", "twice": "2", "percent": "", "pct": "",
    ]

    /// A named concept weighs as much as the rarest word: naming it is strong evidence.
    func unitWeight(_ unit: String) -> Double {
        unit.hasPrefix("concept:") ? unknownWeight : weight(unit)
    }
}
