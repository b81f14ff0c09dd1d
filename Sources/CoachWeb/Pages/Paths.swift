import CoachCore

/// The app's links, built in one place so every path segment is percent-encoded.
enum Paths {
    static func topic(_ topic: Topic) -> String {
        "/topics/" + segment(topic.slug.isEmpty ? topic.number : topic.slug)
    }

    static func topic(number: String, slug: String) -> String {
        "/topics/" + segment(slug.isEmpty ? number : slug)
    }

    /// A question's page; the id (`pack/file.md#3`) becomes one segment, its `/` and `#` encoded.
    static func practice(_ id: String) -> String {
        "/practice/" + segment(id)
    }

    /// Percent-encodes everything but the unreserved characters of RFC 3986.
    static func segment(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let digits = Array("0123456789ABCDEF".unicodeScalars)
                out += "%"
                out.unicodeScalars.append(digits[Int(byte >> 4)])
                out.unicodeScalars.append(digits[Int(byte & 0x0F)])
            }
        }
        return out
    }
}
