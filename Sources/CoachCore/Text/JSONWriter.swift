/// Writes JSON by hand for the few documents printed thousands of times in a batch, where
/// Foundation's `JSONEncoder` costs more than producing the content. Callers write keys in
/// sorted order, so the output matches `JSONEncoder` with `.sortedKeys` value for value.
public struct JSONWriter {
    /// UTF-8 bytes: appending bytes is several times cheaper than appending to a `String`.
    public private(set) var bytes: [UInt8] = []
    public var text: String { String(decoding: bytes, as: UTF8.self) }
    /// Whether the next member of the current object or array needs a comma first.
    private var needsComma = false

    public init() {}

    public mutating func object(_ body: (inout JSONWriter) -> Void) {
        separate()
        append("{")
        needsComma = false
        body(&self)
        append("}")
        needsComma = true
    }

    public mutating func array<S: Sequence>(_ elements: S, _ body: (inout JSONWriter, S.Element) -> Void) {
        separate()
        append("[")
        needsComma = false
        for element in elements { body(&self, element) }
        append("]")
        needsComma = true
    }

    /// Starts a member of an object; the value written next belongs to it.
    public mutating func key(_ name: String) {
        separate()
        appendQuoted(name)
        append(":")
        needsComma = false
    }

    public mutating func string(_ value: String) {
        separate()
        appendQuoted(value)
        needsComma = true
    }

    public mutating func number(_ value: Double) {
        separate()
        if value.isFinite, value == value.rounded(), abs(value) < 1e15 {
            append(String(Int64(value)))
        } else if value.isFinite {
            append(value.description)
        } else {
            append("null")
        }
        needsComma = true
    }

    public mutating func number(_ value: Int) {
        separate()
        append(String(value))
        needsComma = true
    }

    public mutating func bool(_ value: Bool) {
        separate()
        append(value ? "true" : "false")
        needsComma = true
    }

    public mutating func null() {
        separate()
        append("null")
        needsComma = true
    }

    public mutating func strings(_ values: [String]) {
        array(values) { $0.string($1) }
    }

    private mutating func separate() {
        if needsComma { append(",") }
    }

    private mutating func append(_ literal: String) {
        bytes.append(contentsOf: literal.utf8)
    }

    private mutating func appendQuoted(_ value: String) {
        bytes.append(0x22)
        for byte in value.utf8 {
            switch byte {
            case 0x22: bytes.append(contentsOf: [0x5C, 0x22])
            case 0x5C: bytes.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: bytes.append(contentsOf: [0x5C, 0x6E])
            case 0x0D: bytes.append(contentsOf: [0x5C, 0x72])
            case 0x09: bytes.append(contentsOf: [0x5C, 0x74])
            case 0x08: bytes.append(contentsOf: [0x5C, 0x62])
            case 0x0C: bytes.append(contentsOf: [0x5C, 0x66])
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
            default: bytes.append(byte)
            }
        }
        bytes.append(0x22)
    }
}
