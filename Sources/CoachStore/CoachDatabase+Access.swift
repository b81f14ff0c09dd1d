import Foundation
import GRDB

extension CoachDatabase {
    /// How much the store accepts, so that a runaway paste or a broken client cannot fill the disk.
    public enum Limit {
        /// Characters (Unicode scalars) of an answer.
        public static let answerCharacters = 200_000
        /// Characters of a question's text as shown.
        public static let questionCharacters = 20_000
        /// Characters of a question id (`builtin/...`, `<pack>/<file>#<n>`).
        public static let questionIDCharacters = 1_000
        /// Topics an attempt is tagged with.
        public static let topics = 100
        /// Bytes of a caller's JSON document (a blind-drill result, a mock scorecard).
        public static let jsonBytes = 1_000_000
        /// Minutes a mock interview may be planned for.
        public static let mockMinutes = 600
    }

    /// Runs `updates` in one write transaction; any error rolls everything back and becomes a `StoreError`.
    func writing<T>(_ updates: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try writer.write(updates)
        } catch {
            throw StoreError.describe(error, path: path)
        }
    }

    /// Runs `value` on a consistent snapshot of the database.
    func reading<T>(_ value: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try writer.read(value)
        } catch {
            throw StoreError.describe(error, path: path)
        }
    }

    static func checkLength(_ text: String, of what: String, limit: Int) throws(StoreError) {
        // UTF-8 length bounds the scalar count from above and is free for native strings.
        guard text.utf8.count > limit else { return }
        let characters = text.unicodeScalars.count
        if characters > limit {
            throw .tooLarge(what: what, limit: limit, actual: characters, unit: "characters")
        }
    }

    /// The caller's JSON document as text, refused when it is not JSON or too large.
    static func jsonText(_ data: Data, of what: String) throws(StoreError) -> String {
        if data.count > Limit.jsonBytes {
            throw .tooLarge(what: what, limit: Limit.jsonBytes, actual: data.count, unit: "bytes")
        }
        guard let text = String(data: data, encoding: .utf8),
              (try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])) != nil
        else {
            throw .invalid("the \(what) is not valid JSON text; nothing was saved")
        }
        return text
    }
}
