/// Sizes every input is held to.
public enum RequestLimits {
    /// Request bodies, for the JSON API and the forms alike.
    public static let maximumBodyBytes = 1 << 20
    /// A directory path typed into the import form.
    public static let maximumPathLength = 4096
    /// `top` of an ask: more topics than the catalog holds mean nothing.
    public static let maximumTopics = 100
}
