/// One attribute of an element. Its name is a string literal written in this module's source
/// (a `StaticString`, so user text can never become a name); its value is always escaped.
public struct Attribute: Sendable {
    let name: String
    /// Nil for a boolean attribute (`required`, `defer`).
    let value: String?

    public init(_ name: StaticString, _ value: String) {
        self.name = name.description
        self.value = value
    }

    /// A boolean attribute, present or absent.
    public static func flag(_ name: StaticString) -> Attribute {
        Attribute(name: name.description, value: nil)
    }

    private init(name: String, value: String?) {
        self.name = name
        self.value = value
    }

    var rendered: String {
        guard let value else { return " " + name }
        return " " + name + "=\"" + HTML.escape(value) + "\""
    }

    // MARK: - The common ones

    public static func `class`(_ names: String...) -> Attribute {
        Attribute("class", names.filter { !$0.isEmpty }.joined(separator: " "))
    }
    public static func id(_ value: String) -> Attribute { Attribute("id", value) }
    public static func title(_ value: String) -> Attribute { Attribute("title", value) }
    public static func name(_ value: String) -> Attribute { Attribute("name", value) }
    public static func value(_ value: String) -> Attribute { Attribute("value", value) }
    public static func type(_ value: String) -> Attribute { Attribute("type", value) }
    public static func `for`(_ value: String) -> Attribute { Attribute("for", value) }
    public static func role(_ value: String) -> Attribute { Attribute("role", value) }
    public static func ariaLabel(_ value: String) -> Attribute { Attribute("aria-label", value) }
    public static func ariaLabelledBy(_ value: String) -> Attribute { Attribute("aria-labelledby", value) }
    public static func ariaDescribedBy(_ value: String) -> Attribute { Attribute("aria-describedby", value) }

    /// A link target. Only same-site paths, fragments and queries are allowed, so no text can
    /// become a `javascript:` or off-site link; anything else is replaced by `#`.
    public static func href(_ target: String) -> Attribute {
        Attribute("href", safeTarget(target))
    }

    public static func src(_ target: String) -> Attribute {
        Attribute("src", safeTarget(target))
    }

    public static func action(_ target: String) -> Attribute {
        Attribute("action", safeTarget(target))
    }

    static func safeTarget(_ target: String) -> String {
        if target.hasPrefix("//") || target.hasPrefix("/\\") { return "#" }
        if target.hasPrefix("/") || target.hasPrefix("#") || target.hasPrefix("?") { return target }
        return "#"
    }
}
