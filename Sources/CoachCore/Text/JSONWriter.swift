/// Writes JSON by hand for the few documents printed thousands of times in a batch, where
/// Foundation's `JSONEncoder` costs more than producing the content. Callers write keys in
/// sorted order, so the output matches `JSONEncoder` with `.sortedKeys` value for value.
public struct JSONWriter {
    public private(set) var text = ""
    /// Whether the next member of the current object or array needs a comma first.
    private var needsComma = false

    public init() {}

    public mutating func object(_ body: (inout JSONWriter) -> Void) {
        separate()
        text.append("{")
        needsComma = false
        body(&self)
        text.append("}")
        needsComma = true
    }

    public mutating func array<S: Sequence>(_ elements: S, _ body: (inout JSONWriter, S.Element) -> Void) {
        separate()
        text.append("[")
        needsComma = false
        for element in elements { body(&self, element) }
        text.append("]")
        needsComma = true
    }

    /// Starts a member of an object; the value written next belongs to it.
    public mutating func key(_ name: String) {
        separate()
        appendQuoted(name)
        text.append(":")
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
            text.append(String(Int64(value)))
        } else if value.isFinite {
            text.append(value.description)
        } else {
            text.append("null")
        }
        needsComma = true
    }

    public mutating func number(_ value: Int) {
        separate()
        text.append(String(value))
        needsComma = true
    }

    public mutating func bool(_ value: Bool) {
        separate()
        text.append(value ? "true" : "false")
        needsComma = true
    }

    public mutating func null() {
        separate()
        text.append("null")
        needsComma = true
    }

    public mutating func strings(_ values: [String]) {
        array(values) { $0.string($1) }
    }

    private mutating func separate() {
        if needsComma { text.append(",") }
    }

    private mutating func appendQuoted(_ value: String) {
        text.append("\"")
        var plainStart = value.unicodeScalars.startIndex
        var index = plainStart
        let scalars = value.unicodeScalars
        while index != scalars.endIndex {
            let scalar = scalars[index]
            let escape: String? = switch scalar {
            case "\"": "\\\""
            case "\\": "\\\\"
            case "\n": "\\n"
            case "\r": "\\r"
            case "\t": "\\t"
            case "\u{08}": "\\b"
            case "\u{0C}": "\\f"
            default: scalar.value < 0x20 ? "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count) + String(scalar.value, radix: 16) : nil
            }
            if let escape {
                text.unicodeScalars.append(contentsOf: scalars[plainStart..<index])
                text.append(escape)
                plainStart = scalars.index(after: index)
            }
            index = scalars.index(after: index)
        }
        text.unicodeScalars.append(contentsOf: scalars[plainStart..<scalars.endIndex])
        text.append("\"")
    }
}
