import CoachCore
import Foundation

/// One line of a review log, `{"card": "<id>", "rating": 1-4, "at": "<ISO-8601>"}`; other fields
/// are ignored, so a log may carry more. Read by a small JSON scanner of its own because a
/// replay reads millions of lines and `JSONDecoder` would spend most of the time.
struct LoggedReview {
    var card: String
    var rating: Rating
    var at: Date

    /// Why a line was refused, said about the field at fault.
    struct Problem: Error {
        var message: String
    }

    static let timeExample = "2025-01-31T09:00:00Z"

    static func parse(_ line: UnsafeBufferPointer<UInt8>) throws(Problem) -> LoggedReview {
        var scanner = JSONScanner(bytes: line)
        var card: String?
        var rating: Rating?
        var at: Date?
        var previous: Key?
        func invalid() -> Problem {
            Problem(message: previous.map { "invalid JSON after field '\($0.name)'" } ?? "not a JSON object")
        }

        guard scanner.skip(0x7B) else { throw invalid() } // {
        if !scanner.skip(0x7D) { // }
            repeat {
                guard let (contents, escaped) = scanner.stringContents(), scanner.skip(0x3A) else { throw invalid() }
                let key = Key(contents: contents, escaped: escaped)
                previous = key
                switch key.field {
                case .card:
                    guard let value = scanner.string(), !value.isEmpty else {
                        throw Problem(message: "field 'card' must be a non-empty string")
                    }
                    card = value
                case .rating:
                    guard let value = scanner.number(), value.count == 1, let grade = Rating(rawValue: Int(value[0]) - 0x30) else {
                        throw Problem(message: "field 'rating' must be 1, 2, 3 or 4 (again, hard, good, easy)")
                    }
                    rating = grade
                case .at:
                    guard let (contents, escaped) = scanner.stringContents(),
                          let date = escaped ? JSONScanner.unescape(contents).flatMap(ISOTimestamp.parse) : ISOTimestamp.parse(contents)
                    else {
                        throw Problem(message: "field 'at' must be an ISO-8601 date and time with a time zone, like \(timeExample)")
                    }
                    at = date
                case nil:
                    guard scanner.skipValue() else { throw invalid() }
                }
            } while scanner.skip(0x2C) // ,
            guard scanner.skip(0x7D) else { throw invalid() }
        }
        guard scanner.atEnd else { throw Problem(message: "unexpected text after the JSON object") }
        guard let card else { throw Problem(message: "missing field 'card'") }
        guard let rating else { throw Problem(message: "missing field 'rating'") }
        guard let at else { throw Problem(message: "missing field 'at'") }
        return LoggedReview(card: card, rating: rating, at: at)
    }

    private enum Field {
        case card, rating, at
    }

    /// A key as it stands in the line. Keys are compared as bytes: reading one makes no string.
    private struct Key {
        let contents: UnsafeBufferPointer<UInt8>
        let escaped: Bool

        var name: String { escaped ? JSONScanner.unescape(contents) ?? "" : String(decoding: contents, as: UTF8.self) }

        var field: Field? {
            if escaped {
                return switch name {
                case "card": .card
                case "rating": .rating
                case "at": .at
                default: nil
                }
            }
            if matches("card") { return .card }
            if matches("rating") { return .rating }
            if matches("at") { return .at }
            return nil
        }

        private func matches(_ expected: StaticString) -> Bool {
            contents.count == expected.utf8CodeUnitCount && memcmp(contents.baseAddress!, expected.utf8Start, contents.count) == 0
        }
    }
}

/// Just enough JSON to read one flat object a line: strings with their escapes, numbers, and
/// skipping over any other value.
struct JSONScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    var position = 0

    var atEnd: Bool {
        mutating get {
            skipSpace()
            return position == bytes.count
        }
    }

    mutating func skipSpace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x09, 0x0A, 0x0D: position += 1
            default: return
            }
        }
    }

    /// Consumes `byte` (after any white space) if it comes next.
    mutating func skip(_ byte: UInt8) -> Bool {
        skipSpace()
        guard position < bytes.count, bytes[position] == byte else { return false }
        position += 1
        return true
    }

    /// A string value, unescaped; nil when the next value is not a well-formed string.
    mutating func string() -> String? {
        guard let (contents, escaped) = stringContents() else { return nil }
        return escaped ? Self.unescape(contents) : String(decoding: contents, as: UTF8.self)
    }

    /// The bytes between a string's quotes, still escaped, and whether there are escapes.
    mutating func stringContents() -> (UnsafeBufferPointer<UInt8>, escaped: Bool)? {
        guard skip(0x22) else { return nil }
        let start = position
        var escaped = false
        while position < bytes.count {
            switch bytes[position] {
            case 0x22:
                position += 1
                return (UnsafeBufferPointer(rebasing: bytes[start..<position - 1]), escaped)
            case 0x5C:
                escaped = true
                position += 2
            case 0..<0x20:
                return nil // control characters must be escaped
            default:
                position += 1
            }
        }
        return nil
    }

    /// The text of a number value, checked against JSON's number grammar; nil for anything else.
    mutating func number() -> UnsafeBufferPointer<UInt8>? {
        skipSpace()
        let start = position
        func digits() -> Int {
            let first = position
            while position < bytes.count, (0x30...0x39).contains(bytes[position]) { position += 1 }
            return position - first
        }
        if position < bytes.count, bytes[position] == 0x2D { position += 1 }
        guard digits() > 0 else { return nil }
        if position < bytes.count, bytes[position] == 0x2E {
            position += 1
            guard digits() > 0 else { return nil }
        }
        if position < bytes.count, bytes[position] | 0x20 == 0x65 { // e or E
            position += 1
            if position < bytes.count, bytes[position] == 0x2B || bytes[position] == 0x2D { position += 1 }
            guard digits() > 0 else { return nil }
        }
        return UnsafeBufferPointer(rebasing: bytes[start..<position])
    }

    /// Steps over any value, nested or not; false when it is not well formed.
    mutating func skipValue() -> Bool {
        skipSpace()
        guard position < bytes.count else { return false }
        switch bytes[position] {
        case 0x22:
            return string() != nil
        case 0x7B, 0x5B: // { or [
            let close: UInt8 = bytes[position] == 0x7B ? 0x7D : 0x5D
            position += 1
            if skip(close) { return true }
            repeat {
                if close == 0x7D { guard string() != nil, skip(0x3A) else { return false } }
                guard skipValue() else { return false }
            } while skip(0x2C)
            return skip(close)
        default:
            for literal in ["true", "false", "null"] where bytes[position...].starts(with: literal.utf8) {
                position += literal.utf8.count
                return true
            }
            return number() != nil
        }
    }

    /// Decodes the escapes of a string's contents: `\"`, `\\`, `\/`, `\b`, `\f`, `\n`, `\r`,
    /// `\t` and `\uXXXX`, with surrogate pairs.
    static func unescape(_ contents: UnsafeBufferPointer<UInt8>) -> String? {
        var scalars = String.UnicodeScalarView()
        var utf8: [UInt8] = []
        var index = 0
        func hex4() -> UInt32? {
            guard index + 4 <= contents.count else { return nil }
            var value: UInt32 = 0
            for byte in contents[index..<index + 4] {
                guard let digit = Character(UnicodeScalar(byte)).hexDigitValue else { return nil }
                value = value * 16 + UInt32(digit)
            }
            index += 4
            return value
        }
        func flush() {
            scalars.append(contentsOf: String(decoding: utf8, as: UTF8.self).unicodeScalars)
            utf8.removeAll(keepingCapacity: true)
        }
        while index < contents.count {
            let byte = contents[index]
            index += 1
            guard byte == 0x5C else {
                utf8.append(byte)
                continue
            }
            guard index < contents.count else { return nil }
            let escape = contents[index]
            index += 1
            switch escape {
            case 0x22, 0x5C, 0x2F: utf8.append(escape) // " \ /
            case 0x62: utf8.append(0x08) // b
            case 0x66: utf8.append(0x0C) // f
            case 0x6E: utf8.append(0x0A) // n
            case 0x72: utf8.append(0x0D) // r
            case 0x74: utf8.append(0x09) // t
            case 0x75: break // u, below
            default: return nil
            }
            guard escape == 0x75 else { continue }
            guard var code = hex4() else { return nil }
            if (0xD800..<0xDC00).contains(code) {
                // A high surrogate must be followed by an escaped low one.
                guard index + 2 <= contents.count, contents[index] == 0x5C, contents[index + 1] == 0x75 else { return nil }
                index += 2
                guard let low = hex4(), (0xDC00..<0xE000).contains(low) else { return nil }
                code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
            }
            guard let scalar = UnicodeScalar(code) else { return nil }
            flush()
            scalars.append(scalar)
        }
        flush()
        return String(scalars)
    }
}
