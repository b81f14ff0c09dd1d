import Foundation

/// Standard output through one fixed buffer, written out 64 KB at a time: small enough to stay in
/// the processor's cache beside the cards being replayed. Bytes go straight into the buffer,
/// without an array's bookkeeping on each append, and the small appends are inlined: a replay
/// makes some twenty a review, a million reviews a run.
struct ByteOutput: ~Copyable {
    private static let capacity = 1 << 16
    private let storage = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
    private var count = 0

    deinit {
        storage.deallocate()
    }

    /// Makes room for `length` more bytes (at most the capacity), writing out the buffer if need be.
    @inline(__always)
    private mutating func reserve(_ length: Int) {
        if count + length > Self.capacity { flush() }
    }

    @inline(__always)
    mutating func appendByte(_ byte: UInt8) {
        reserve(1)
        storage[count] = byte
        count += 1
    }

    @inline(__always)
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let start = bytes.baseAddress else { return }
        guard bytes.count <= Self.capacity else {
            flush()
            Self.writeOut(UnsafeRawBufferPointer(bytes))
            return
        }
        reserve(bytes.count)
        (storage + count).update(from: start, count: bytes.count)
        count += bytes.count
    }

    @inline(__always)
    mutating func append(_ literal: StaticString) {
        append(UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }

    mutating func append(contentsOf text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }

    mutating func append(_ number: Int) {
        if (0...9).contains(number) { appendByte(UInt8(0x30 + number)) } else { append(contentsOf: String(number)) }
    }

    /// The shortest decimal that reads back as the same number, as JSON needs.
    mutating func append(_ number: Double) {
        reserve(DigitSink.capacity)
        var sink = DigitSink(start: storage + count)
        number.write(to: &sink)
        count += sink.count
    }

    /// ISO-8601 in UTC, with seconds.
    mutating func append(_ date: Date) {
        reserve(ISOTimestamp.maximumLength)
        count += ISOTimestamp.write(date, into: storage + count)
    }

    /// A JSON string literal, quoted and escaped.
    mutating func appendJSONString(_ text: String) {
        appendByte(0x22)
        var text = text
        text.withUTF8 { utf8 in
            guard utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) else {
                append(utf8)
                return
            }
            let hex: StaticString = "0123456789abcdef"
            for byte in utf8 {
                switch byte {
                case 0x22, 0x5C:
                    appendByte(0x5C)
                    appendByte(byte)
                case 0..<0x20:
                    append("\\u00")
                    appendByte(hex.utf8Start[Int(byte >> 4)])
                    appendByte(hex.utf8Start[Int(byte & 0xF)])
                default:
                    appendByte(byte)
                }
            }
        }
        appendByte(0x22)
    }

    mutating func flush() {
        Self.writeOut(UnsafeRawBufferPointer(start: storage, count: count))
        count = 0
    }

    private static func writeOut(_ bytes: UnsafeRawBufferPointer) {
        var offset = 0
        while offset < bytes.count {
            let written = write(STDOUT_FILENO, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return // the reader has gone (a closed pipe): nothing more can be said
            }
            offset += written
        }
    }
}

/// Takes a Double's digits from `write(to:)`, which hands them to `_writeASCII` straight from the
/// stack, where `description` would allocate a string for each number: half the cost.
private struct DigitSink: TextOutputStream {
    /// Room for the longest shortest form of a Double, such as `-2.2250738585072014e-308`.
    static let capacity = 32
    let start: UnsafeMutablePointer<UInt8>
    var count = 0

    mutating func _writeASCII(_ buffer: UnsafeBufferPointer<UInt8>) {
        precondition(count + buffer.count <= Self.capacity, "a number longer than any Double's shortest form")
        guard let source = buffer.baseAddress else { return }
        (start + count).update(from: source, count: buffer.count)
        count += buffer.count
    }

    mutating func write(_ string: String) {
        var string = string
        string.withUTF8 { _writeASCII($0) }
    }
}
