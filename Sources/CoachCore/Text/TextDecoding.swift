import Foundation

/// Turns bytes from disk into text without ever failing: invalid UTF-8 is replaced, and the
/// first bad line is reported so the user can find it.
public enum TextDecoding {
    public struct Decoded: Sendable {
        public var text: String
        /// One-based line of the first invalid byte sequence, nil when the bytes were valid UTF-8.
        public var firstInvalidLine: Int?
    }

    public static func decode(_ data: Data) -> Decoded {
        let invalidLine = firstInvalidLine(in: data)
        var text = String(decoding: data, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return Decoded(text: text, firstInvalidLine: invalidLine)
    }

    /// The one-based line of the first byte sequence that is not valid UTF-8, if any.
    public static func firstInvalidLine(in data: Data) -> Int? {
        data.withUnsafeBytes { raw -> Int? in
            let bytes = raw.bindMemory(to: UInt8.self)
            var line = 1
            var index = 0
            let count = bytes.count
            while index < count {
                let byte = bytes[index]
                if byte < 0x80 {
                    if byte == 0x0A { line += 1 }
                    index += 1
                    continue
                }
                let length: Int
                let minimum: UInt32
                var scalar: UInt32
                switch byte {
                case 0xC2...0xDF: length = 2; minimum = 0x80; scalar = UInt32(byte & 0x1F)
                case 0xE0...0xEF: length = 3; minimum = 0x800; scalar = UInt32(byte & 0x0F)
                case 0xF0...0xF4: length = 4; minimum = 0x10000; scalar = UInt32(byte & 0x07)
                default: return line
                }
                guard index + length <= count else { return line }
                for offset in 1..<length {
                    let next = bytes[index + offset]
                    guard next & 0xC0 == 0x80 else { return line }
                    scalar = scalar << 6 | UInt32(next & 0x3F)
                }
                if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { return line }
                index += length
            }
            return nil
        }
    }
}
