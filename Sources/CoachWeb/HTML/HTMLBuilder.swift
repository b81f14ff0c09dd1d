/// Lets views write markup as nested blocks; a `String` in a block is always escaped text.
@resultBuilder
public enum HTMLBuilder {
    public static func buildExpression(_ html: HTML) -> HTML { html }
    public static func buildExpression(_ text: String) -> HTML { HTML(text: text) }
    public static func buildExpression(_ parts: [HTML]) -> HTML { HTML.joined(parts) }
    public static func buildBlock(_ parts: HTML...) -> HTML { HTML.joined(parts) }
    public static func buildBlock() -> HTML { HTML() }
    public static func buildOptional(_ part: HTML?) -> HTML { part ?? HTML() }
    public static func buildEither(first part: HTML) -> HTML { part }
    public static func buildEither(second part: HTML) -> HTML { part }
    public static func buildArray(_ parts: [HTML]) -> HTML { HTML.joined(parts) }
    public static func buildLimitedAvailability(_ part: HTML) -> HTML { part }
}
