/// A static file the app serves: its bytes, its type and a version for cache-busting.
public struct Asset: Sendable {
    public let name: String
    public let contentType: String
    public let bytes: [UInt8]
    /// The first bytes of the content's SHA-256, in hex: changes whenever the file does.
    public let version: String

    public init(name: String, contentType: String, bytes: [UInt8]) {
        self.name = name
        self.contentType = contentType
        self.bytes = bytes
        version = CSRFTokens.hex(Array(SHA256.hash(bytes).prefix(6)))
    }

    /// The path pages link to, with the version so a browser never keeps a stale copy.
    public var path: String { "/assets/\(name)?v=\(version)" }
}
