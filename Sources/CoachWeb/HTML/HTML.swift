/// A fragment of HTML that is safe to send: it can only be made from escaped text, elements with
/// names from a fixed list (`Tag`) and attributes whose values are escaped (`Attribute`).
/// There is no public way to put a `String` into a page unescaped; the one raw constructor is
/// private to this module and used only by the builder itself for markup it writes.
public struct HTML: Sendable, Equatable {
    /// The rendered markup.
    public private(set) var rendered: String

    /// Markup this module wrote itself (tags, entities). Never pass user text here.
    init(trustedMarkup: String) {
        rendered = trustedMarkup
    }

    public init() {
        rendered = ""
    }

    /// Text, escaped for an element's content.
    public init(text: String) {
        rendered = HTML.escape(text)
    }

    public static func text(_ text: String) -> HTML { HTML(text: text) }

    public static func + (lhs: HTML, rhs: HTML) -> HTML {
        HTML(trustedMarkup: lhs.rendered + rhs.rendered)
    }

    public static func += (lhs: inout HTML, rhs: HTML) {
        lhs.rendered += rhs.rendered
    }

    /// Joins fragments, with an optional separator written as text.
    public static func joined(_ parts: [HTML], separator: String = "") -> HTML {
        let glue = escape(separator)
        return HTML(trustedMarkup: parts.map(\.rendered).joined(separator: glue))
    }

    /// Escapes the five characters that matter in HTML text and in quoted attribute values.
    public static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else {
            return text
        }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
