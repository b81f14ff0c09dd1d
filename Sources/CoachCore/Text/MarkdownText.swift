/// Turns the Markdown of notes into the plain text that questions and answers are shown and
/// graded as: emphasis, links, inline code marks and HTML tags go; the words stay.
public enum MarkdownText {
    /// Plain text of one line or paragraph of inline Markdown.
    public static func plain(_ markdown: Substring) -> String {
        // Most lines of notes have no markup at all: skip the character walk for them.
        if !markdown.utf8.contains(where: { $0 == 0x2A || $0 == 0x5F || $0 == 0x60 || $0 == 0x5B || $0 == 0x3C || $0 == 0x5C }) {
            return collapseSpaces(String(markdown))
        }
        var output = ""
        output.reserveCapacity(markdown.utf8.count)
        var index = markdown.startIndex
        while index < markdown.endIndex {
            let character = markdown[index]
            switch character {
            case "*" where isEmphasisMark(markdown, at: index), "_" where isEmphasisMark(markdown, at: index):
                index = markdown.index(after: index)
            case "`":
                index = markdown.index(after: index)
            case "[":
                // [text](target) keeps the text; anything else keeps the bracket.
                if let close = markdown[index...].firstIndex(of: "]"),
                   markdown.index(after: close) < markdown.endIndex,
                   markdown[markdown.index(after: close)] == "(",
                   let end = markdown[close...].firstIndex(of: ")") {
                    output += plain(markdown[markdown.index(after: index)..<close])
                    index = markdown.index(after: end)
                } else {
                    output.append(character)
                    index = markdown.index(after: index)
                }
            case "<":
                if let end = htmlTagEnd(markdown, from: index) {
                    index = end
                } else {
                    output.append(character)
                    index = markdown.index(after: index)
                }
            case "\\":
                let next = markdown.index(after: index)
                if next < markdown.endIndex, "*_`[]()#<>\\".contains(markdown[next]) {
                    output.append(markdown[next])
                    index = markdown.index(after: next)
                } else {
                    output.append(character)
                    index = next
                }
            default:
                output.append(character)
                index = markdown.index(after: index)
            }
        }
        return collapseSpaces(output)
    }

    public static func plain(_ markdown: String) -> String { plain(markdown[...]) }

    /// Whether the line holds an HTML tag (`<br>`, `<details>`, `</div>`).
    public static func containsHTMLTag(_ line: Substring) -> Bool {
        var index = line.startIndex
        while let open = line[index...].firstIndex(of: "<") {
            if htmlTagEnd(line, from: open) != nil { return true }
            index = line.index(after: open)
        }
        return false
    }

    /// Folds runs of white space into one space and trims the ends.
    public static func collapseSpaces(_ text: String) -> String {
        if isCollapsed(text.utf8) { return text }
        var output = ""
        output.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for character in text {
            if character.isWhitespace {
                pendingSpace = !output.isEmpty
            } else {
                if pendingSpace { output.append(" ") }
                pendingSpace = false
                output.append(character)
            }
        }
        return output
    }

    private static let htmlTagNames: Set<String> = [
        "a", "abbr", "article", "aside", "audio", "b", "blockquote", "br", "button", "caption", "center",
        "code", "del", "details", "div", "em", "figcaption", "figure", "font", "footer", "form", "h1", "h2",
        "h3", "h4", "h5", "h6", "header", "hr", "i", "iframe", "img", "input", "ins", "kbd", "label", "li",
        "mark", "nav", "ol", "p", "pre", "s", "script", "section", "small", "span", "strong", "style", "sub",
        "summary", "sup", "svg", "table", "tbody", "td", "th", "thead", "tr", "u", "ul", "video",
    ]

    /// True when the text has no leading, trailing or repeated white space and only plain spaces.
    private static func isCollapsed(_ bytes: String.UTF8View) -> Bool {
        var previousWasSpace = true
        for byte in bytes {
            if byte == 0x20 {
                if previousWasSpace { return false }
                previousWasSpace = true
            } else if byte < 0x20 || byte >= 0x80 && byte == 0xC2 {
                // Control characters (tabs, newlines) and the lead byte of U+0085/U+00A0 need the full pass.
                return false
            } else if byte == 0xE2 || byte == 0xE3 {
                return false
            } else {
                previousWasSpace = false
            }
        }
        return !previousWasSpace || bytes.isEmpty
    }

    /// `*` or `_` used as emphasis rather than as a literal (`a * b`, `snake_case`).
    private static func isEmphasisMark(_ text: Substring, at index: Substring.Index) -> Bool {
        let before = index > text.startIndex ? text[text.index(before: index)] : " "
        let afterIndex = text.index(after: index)
        let after = afterIndex < text.endIndex ? text[afterIndex] : " "
        if text[index] == "_" {
            return !(before.isLetter || before.isNumber) || !(after.isLetter || after.isNumber)
        }
        return !(before.isWhitespace && after.isWhitespace)
    }

    /// The index just past a tag such as `<br/>` or `</summary>`, or nil when `<` starts no tag.
    private static func htmlTagEnd(_ text: Substring, from open: Substring.Index) -> Substring.Index? {
        var index = text.index(after: open)
        if index < text.endIndex, text[index] == "/" { index = text.index(after: index) }
        var name = ""
        while index < text.endIndex, text[index].isASCII, text[index].isLetter || text[index].isNumber, name.count < 12 {
            name.append(text[index])
            index = text.index(after: index)
        }
        guard htmlTagNames.contains(name.lowercased()), index < text.endIndex,
              text[index] == ">" || text[index] == " " || text[index] == "/" else { return nil }
        var length = 0
        while index < text.endIndex, text[index] != ">" {
            if text[index] == "<" || length > 200 { return nil }
            index = text.index(after: index)
            length += 1
        }
        return index < text.endIndex ? text.index(after: index) : nil
    }
}
