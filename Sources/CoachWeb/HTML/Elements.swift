/// Element constructors. Element names are string literals (`StaticString`), content is built
/// with `HTMLBuilder`, so every `String` that reaches a page goes through `HTML.escape`.
public enum H {
    public static func element(_ name: StaticString, _ attributes: [Attribute], content: HTML) -> HTML {
        let tag = name.description
        return HTML(trustedMarkup: "<" + tag + attributes.map(\.rendered).joined() + ">" + content.rendered + "</" + tag + ">")
    }

    /// An element with no content and no end tag (`input`, `meta`, `link`, `br`).
    public static func void(_ name: StaticString, _ attributes: [Attribute]) -> HTML {
        HTML(trustedMarkup: "<" + name.description + attributes.map(\.rendered).joined() + ">")
    }

    /// The doctype and the root element.
    public static func document(lang: String, @HTMLBuilder _ content: () -> HTML) -> HTML {
        HTML(trustedMarkup: "<!doctype html>\n") + element("html", [Attribute("lang", lang)], content: content())
    }

    public static func head(@HTMLBuilder content c: () -> HTML) -> HTML { element("head", [], content: c()) }
    public static func body(_ a: Attribute..., @HTMLBuilder content c: () -> HTML) -> HTML { element("body", a, content: c()) }
    public static func title(_ text: String) -> HTML { element("title", [], content: HTML(text: text)) }
    public static func meta(_ a: Attribute...) -> HTML { void("meta", a) }
    public static func link(_ a: Attribute...) -> HTML { void("link", a) }
    public static func script(_ a: Attribute...) -> HTML { element("script", a, content: HTML()) }

    public static func header(_ a: Attribute..., @HTMLBuilder content c: () -> HTML) -> HTML { element("header", a, content: c()) }
    public static func nav(_ a: Attribute..., @HTMLBuilder content c: () -> HTML) -> HTML { element("nav", a, content: c()) }
    public static func main(_ a: Attribute..., @HTMLBuilder content c: () -> HTML) -> HTML { element("main", a, content: c()) }
    public static func footer(_ a: Attribute..., @HTMLBuilder content c: () -> HTML) -> HTML { element("footer", a, content: c()) }
    public static func section(_ a: Attribute..., @HTMLBuilder content c: () -> HTML) -> HTML { element("section", a, content: c()) }
    public static func article(_ a: Attribute..., @HTMLBuilder content c: () -> HTML) -> HTML { element("article", a, content: c()) }
    public static func aside(_ a: Attribute..., @HTMLBuilder content c: () -> HTML) -> HTML { element("aside", a, content: c()) }
    public static func div(_ a: Attribute..., @HTMLBuilder content c: () -> HTML) -> HTML { element("div", a, content: c()) }
    public static func span(_ a: Attribute..., @HTMLBuilder content c: () -> HTML) -> HTML { element("span", a, content: c()) }

    public static func h1(_ a: Attribute..., @HTMLBuilder content c: () -> HTML) -> HTML { element("h1", a, content: c()) }
    public static func h2(_ a: Attribute..., @HTMLBuilder content c: () -> HTML) -> HTML { element("h2", a, content: c()) }
    public static func h3(_ a: Attribute..., @HTMLBuilder content c: () -> HTML) -> HTML { element("h3", a, content: c()) }
    public static func p(_ a: Attribute..., @HTMLBuilder content c: () -> HTML) -> HTML { element("p", a, content: c()) }
    public static func a(_ a: Attribute..., @HTMLBuilder content c: () -> HTML) -> HTML { element("a", a, content: c()) }
    public static func strong(_ a: Attribute..., @HTMLBuilder content c: () -> HTML) -> HTML { element("strong", a, content: c()) }
    public static func em(_ a: Attribute..., @HTMLBuilder content c: () -> HTML) -> HTML { element("em", a, content: c()) }
    public static func code(_ a: Attribute..., @HTMLBuilder content c: () -> HTML) -> HTML { element("code", a, content: c()) }
    public static func small(_ a: Attribute..., @HTMLBuilder content c: () -> HTML) -> HTML { element("small", a, content: c()) }
    public static func blockquote(_ a: Attribute..., @HTMLBuilder content c: () -> HTML) -> HTML { element("blockquote", a, content: c()) }
    public static func br() -> HTML { void("br", []) }

    public static func ul(_ a: Attribute..., @HTMLBuilder content c: () -> HTML) -> HTML { element("ul", a, content: c()) }
    public static func ol(_ a: Attribute..., @HTMLBuilder content c: () -> HTML) -> HTML { element("ol", a, content: c()) }
    public static func li(_ a: Attribute..., @HTMLBuilder content c: () -> HTML) -> HTML { element("li", a, content: c()) }
    public static func dl(_ a: Attribute..., @HTMLBuilder content c: () -> HTML) -> HTML { element("dl", a, content: c()) }
    public static func dt(_ a: Attribute..., @HTMLBuilder content c: () -> HTML) -> HTML { element("dt", a, content: c()) }
    public static func dd(_ a: Attribute..., @HTMLBuilder content c: () -> HTML) -> HTML { element("dd", a, content: c()) }
    public static func details(_ a: Attribute..., @HTMLBuilder content c: () -> HTML) -> HTML { element("details", a, content: c()) }
    public static func summary(_ a: Attribute..., @HTMLBuilder content c: () -> HTML) -> HTML { element("summary", a, content: c()) }

    public static func table(_ a: Attribute..., @HTMLBuilder content c: () -> HTML) -> HTML { element("table", a, content: c()) }
    public static func caption(_ a: Attribute..., @HTMLBuilder content c: () -> HTML) -> HTML { element("caption", a, content: c()) }
    public static func thead(@HTMLBuilder content c: () -> HTML) -> HTML { element("thead", [], content: c()) }
    public static func tbody(@HTMLBuilder content c: () -> HTML) -> HTML { element("tbody", [], content: c()) }
    public static func tr(_ a: Attribute..., @HTMLBuilder content c: () -> HTML) -> HTML { element("tr", a, content: c()) }
    public static func th(_ a: Attribute..., @HTMLBuilder content c: () -> HTML) -> HTML { element("th", a, content: c()) }
    public static func td(_ a: Attribute..., @HTMLBuilder content c: () -> HTML) -> HTML { element("td", a, content: c()) }

    public static func form(_ a: Attribute..., @HTMLBuilder content c: () -> HTML) -> HTML { element("form", a, content: c()) }
    public static func label(_ a: Attribute..., @HTMLBuilder content c: () -> HTML) -> HTML { element("label", a, content: c()) }
    public static func input(_ a: Attribute...) -> HTML { void("input", a) }
    public static func textarea(_ a: Attribute..., text: String = "") -> HTML { element("textarea", a, content: HTML(text: text)) }
    public static func select(_ a: Attribute..., @HTMLBuilder content c: () -> HTML) -> HTML { element("select", a, content: c()) }
    public static func option(_ a: Attribute..., @HTMLBuilder content c: () -> HTML) -> HTML { element("option", a, content: c()) }
    public static func button(_ a: Attribute..., @HTMLBuilder content c: () -> HTML) -> HTML { element("button", a, content: c()) }
    public static func output(_ a: Attribute..., @HTMLBuilder content c: () -> HTML) -> HTML { element("output", a, content: c()) }
    public static func meter(_ a: Attribute..., @HTMLBuilder content c: () -> HTML) -> HTML { element("meter", a, content: c()) }
    public static func fieldset(_ a: Attribute..., @HTMLBuilder content c: () -> HTML) -> HTML { element("fieldset", a, content: c()) }
    public static func legend(_ a: Attribute..., @HTMLBuilder content c: () -> HTML) -> HTML { element("legend", a, content: c()) }
}

/// SVG elements, for the server-drawn map and charts.
public enum SVG {
    public static func svg(_ a: Attribute..., @HTMLBuilder content c: () -> HTML) -> HTML {
        H.element("svg", [Attribute("xmlns", "http://www.w3.org/2000/svg")] + a, content: c())
    }
    public static func g(_ a: Attribute..., @HTMLBuilder content c: () -> HTML) -> HTML { H.element("g", a, content: c()) }
    public static func a(_ a: Attribute..., @HTMLBuilder content c: () -> HTML) -> HTML { H.element("a", a, content: c()) }
    public static func title(_ text: String, _ a: Attribute...) -> HTML { H.element("title", a, content: HTML(text: text)) }
    public static func desc(_ text: String, _ a: Attribute...) -> HTML { H.element("desc", a, content: HTML(text: text)) }
    public static func text(_ a: Attribute..., content: String) -> HTML { H.element("text", a, content: HTML(text: content)) }
    public static func circle(_ a: Attribute...) -> HTML { H.element("circle", a, content: HTML()) }
    public static func line(_ a: Attribute...) -> HTML { H.element("line", a, content: HTML()) }
    public static func path(_ a: Attribute...) -> HTML { H.element("path", a, content: HTML()) }
    public static func rect(_ a: Attribute...) -> HTML { H.element("rect", a, content: HTML()) }
}
