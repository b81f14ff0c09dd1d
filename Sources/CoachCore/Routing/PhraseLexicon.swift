/// Finds known multi-word names ("key-value cache", "KV cache", "RAG") in tokenized text.
/// Names are compared by their stems, so inflections and hyphenation do not matter; an
/// all-capitals name of up to four letters must be written in capitals too ("KL", not "kl").
public struct PhraseLexicon<Value: Sendable & Hashable>: Sendable {
    struct Entry: Sendable {
        var stems: [Int]
        var requiresUppercase: Bool
        var value: Value
        var surface: String
    }

    public struct Match: Sendable, Hashable {
        public var value: Value
        /// The name as written in the lexicon.
        public var surface: String
        /// Token range in the searched text.
        public var tokens: Range<Int>
    }

    private var entriesByFirstStem: [Int: [Entry]] = [:]
    public private(set) var count = 0

    public init() {}

    public mutating func add(_ name: String, value: Value) {
        let tokens = Tokenizer.tokens(name)
        guard !tokens.isEmpty else { return }
        let letters = name.filter(\.isLetter)
        let requiresUppercase = tokens.count == 1 && letters.count <= 4 && !letters.isEmpty && letters.allSatisfy(\.isUppercase)
        let entry = Entry(stems: tokens.map(\.stemID), requiresUppercase: requiresUppercase, value: value, surface: name)
        entriesByFirstStem[entry.stems[0], default: []].append(entry)
        count += 1
    }

    /// Every value whose name occurs in `tokens`; at each position the longest name wins and
    /// matches do not overlap.
    public func matches(in tokens: [Token]) -> [Match] {
        var found: [Match] = []
        var index = 0
        while index < tokens.count {
            guard let candidates = entriesByFirstStem[tokens[index].stemID] else {
                index += 1
                continue
            }
            var longest = 0
            var atLongest: [Entry] = []
            for entry in candidates where entry.stems.count >= longest && index + entry.stems.count <= tokens.count {
                if entry.requiresUppercase && !tokens[index].isUppercase { continue }
                var matched = true
                for offset in 1..<entry.stems.count where tokens[index + offset].stemID != entry.stems[offset] {
                    matched = false
                    break
                }
                guard matched else { continue }
                if entry.stems.count > longest {
                    longest = entry.stems.count
                    atLongest = [entry]
                } else {
                    atLongest.append(entry)
                }
            }
            if longest == 0 {
                index += 1
                continue
            }
            var seen = Set<Value>()
            for entry in atLongest where seen.insert(entry.value).inserted {
                found.append(Match(value: entry.value, surface: entry.surface, tokens: index..<(index + longest)))
            }
            index += longest
        }
        return found
    }
}
