import Foundation

/// Stems are asked for the same few thousand words again and again while indexes are built;
/// remembering them makes start-up several times faster.
final class StemCache: @unchecked Sendable {
    static let shared = StemCache()
    /// Beyond this many words the cache stops growing, so memory stays bounded on any input.
    static let capacity = 200_000

    private var stems: [String: (String, Int)] = [:]
    private var ids: [String: Int] = [:]
    private let lock = NSLock()

    /// The stem of a lower-case word and the stem's number.
    func stem(_ word: String) -> (String, Int) {
        lock.lock()
        defer { lock.unlock() }
        if let known = stems[word] { return known }
        let stem = PorterStemmer.stem(word)
        let id = ids[stem] ?? ids.count
        if ids[stem] == nil { ids[stem] = id }
        if stems.count < Self.capacity { stems[word] = (stem, id) }
        return (stem, id)
    }

    /// The number of a stem, assigning one when it is new.
    func id(ofStem stem: String) -> Int {
        lock.lock()
        defer { lock.unlock() }
        if let id = ids[stem] { return id }
        let id = ids.count
        ids[stem] = id
        return id
    }
}
