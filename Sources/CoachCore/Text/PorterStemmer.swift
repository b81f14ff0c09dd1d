/// The Porter (1980) suffix-stripping stemmer, on lower-case ASCII words: "retrieving",
/// "retrieval" and "retrieved" meet at "retriev". Words with other characters pass unchanged.
public enum PorterStemmer {
    public static func stem(_ word: String) -> String {
        guard word.utf8.count > 2, word.utf8.allSatisfy({ $0 >= 97 && $0 <= 122 }) else { return word }
        var w = Array(word.utf8)
        step1a(&w)
        step1b(&w)
        step1c(&w)
        step2(&w)
        step3(&w)
        step4(&w)
        step5(&w)
        return String(decoding: w, as: UTF8.self)
    }

    // MARK: - Measures

    private static func isConsonant(_ w: [UInt8], _ i: Int) -> Bool {
        switch w[i] {
        case 97, 101, 105, 111, 117: return false // a e i o u
        case 121: return i == 0 ? true : !isConsonant(w, i - 1) // y
        default: return true
        }
    }

    /// m in [C](VC){m}[V] for w[0..<end].
    private static func measure(_ w: [UInt8], _ end: Int) -> Int {
        var m = 0
        var i = 0
        while i < end, isConsonant(w, i) { i += 1 }
        while i < end {
            while i < end, !isConsonant(w, i) { i += 1 }
            guard i < end else { break }
            while i < end, isConsonant(w, i) { i += 1 }
            m += 1
        }
        return m
    }

    private static func hasVowel(_ w: [UInt8], _ end: Int) -> Bool {
        (0..<end).contains { !isConsonant(w, $0) }
    }

    private static func endsDoubleConsonant(_ w: [UInt8]) -> Bool {
        let n = w.count
        return n >= 2 && w[n - 1] == w[n - 2] && isConsonant(w, n - 1)
    }

    /// consonant-vowel-consonant ending, the last not w, x or y.
    private static func endsCVC(_ w: [UInt8], _ end: Int) -> Bool {
        guard end >= 3, isConsonant(w, end - 1), !isConsonant(w, end - 2), isConsonant(w, end - 3) else { return false }
        let last = w[end - 1]
        return last != 119 && last != 120 && last != 121
    }

    private static func ends(_ w: [UInt8], _ suffix: String) -> Bool {
        let count = suffix.utf8.count
        guard w.count >= count else { return false }
        var index = w.count - count
        for byte in suffix.utf8 {
            if w[index] != byte { return false }
            index += 1
        }
        return true
    }

    /// Replaces `suffix` with `replacement` when the stem before it has measure > `minimum`.
    @discardableResult
    private static func replace(_ w: inout [UInt8], _ suffix: String, _ replacement: String, minimum: Int) -> Bool {
        guard ends(w, suffix) else { return false }
        let stemEnd = w.count - suffix.utf8.count
        if measure(w, stemEnd) > minimum {
            w.removeLast(suffix.utf8.count)
            w.append(contentsOf: replacement.utf8)
        }
        return true
    }

    // MARK: - Steps

    private static func step1a(_ w: inout [UInt8]) {
        if ends(w, "sses") { w.removeLast(2) }
        else if ends(w, "ies") { w.removeLast(2) }
        else if ends(w, "ss") { return }
        else if ends(w, "s") { w.removeLast() }
    }

    private static func step1b(_ w: inout [UInt8]) {
        if ends(w, "eed") {
            if measure(w, w.count - 3) > 0 { w.removeLast() }
            return
        }
        var removed = false
        if ends(w, "ed"), hasVowel(w, w.count - 2) { w.removeLast(2); removed = true }
        else if ends(w, "ing"), hasVowel(w, w.count - 3) { w.removeLast(3); removed = true }
        guard removed else { return }
        if ends(w, "at") || ends(w, "bl") || ends(w, "iz") {
            w.append(101)
        } else if endsDoubleConsonant(w), let last = w.last, last != 108, last != 115, last != 122 {
            w.removeLast()
        } else if measure(w, w.count) == 1, endsCVC(w, w.count) {
            w.append(101)
        }
    }

    private static func step1c(_ w: inout [UInt8]) {
        if ends(w, "y"), hasVowel(w, w.count - 1) { w[w.count - 1] = 105 }
    }

    private static let step2Rules: [(String, String)] = [
        ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"),
        ("abli", "able"), ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"),
        ("ization", "ize"), ("ation", "ate"), ("ator", "ate"), ("alism", "al"), ("iveness", "ive"),
        ("fulness", "ful"), ("ousness", "ous"), ("aliti", "al"), ("iviti", "ive"), ("biliti", "ble"),
    ]

    private static func step2(_ w: inout [UInt8]) {
        for (suffix, replacement) in step2Rules where replace(&w, suffix, replacement, minimum: 0) { return }
    }

    private static let step3Rules: [(String, String)] = [
        ("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"), ("ful", ""), ("ness", ""),
    ]

    private static func step3(_ w: inout [UInt8]) {
        for (suffix, replacement) in step3Rules where replace(&w, suffix, replacement, minimum: 0) { return }
    }

    /// Longest first, so that "ement" is tried before "ment" and "ent".
    private static let step4Suffixes = step4Table.sorted { $0.utf8.count > $1.utf8.count }
    private static let step4Table = [
        "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion", "ou",
        "ism", "ate", "iti", "ous", "ive", "ize",
    ]

    private static func step4(_ w: inout [UInt8]) {
        // Longest matching suffix first, as the algorithm's table is ordered by the penultimate letter.
        for suffix in step4Suffixes where ends(w, suffix) {
            let stemEnd = w.count - suffix.utf8.count
            guard measure(w, stemEnd) > 1 else { return }
            if suffix == "ion" {
                guard stemEnd > 0, w[stemEnd - 1] == 115 || w[stemEnd - 1] == 116 else { return } // s or t
            }
            w.removeLast(suffix.utf8.count)
            return
        }
    }

    private static func step5(_ w: inout [UInt8]) {
        if ends(w, "e") {
            let m = measure(w, w.count - 1)
            if m > 1 || (m == 1 && !endsCVC(w, w.count - 1)) { w.removeLast() }
        }
        if measure(w, w.count) > 1, endsDoubleConsonant(w), w.last == 108 { w.removeLast() }
    }
}
