/// Signed double-submit CSRF tokens. A token is a random nonce and its HMAC under a secret that
/// lives only in this process; it goes to the browser twice, in a cookie (HttpOnly,
/// SameSite=Strict) and in each form's hidden field. A form post is accepted only when both
/// carry the same token and the server's own signature checks out, so another site can neither
/// read the token nor plant one of its own.
public struct CSRFTokens: Sendable {
    public static let cookieName = "coach_csrf"
    public static let fieldName = "_csrf"

    private let secret: [UInt8]

    /// A fresh random secret: tokens from an earlier run of the server are not accepted.
    public init() {
        var generator = SystemRandomNumberGenerator()
        secret = Self.randomBytes(32, using: &generator)
    }

    /// A fixed secret, for tests.
    init(secret: [UInt8]) {
        self.secret = secret
    }

    public func issue() -> String {
        var generator = SystemRandomNumberGenerator()
        let nonce = Self.hex(Self.randomBytes(16, using: &generator))
        return nonce + "." + signature(of: nonce)
    }

    public func isValid(_ token: String) -> Bool {
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        guard token.utf8.count == 97, parts.count == 2, parts[0].utf8.count == 32 else { return false }
        return Self.constantTimeEqual(String(parts[1]), signature(of: String(parts[0])))
    }

    /// Whether a form's field matches the cookie and the cookie is one this process signed.
    public func accepts(cookie: String?, field: String?) -> Bool {
        guard let cookie, let field, isValid(cookie) else { return false }
        return Self.constantTimeEqual(cookie, field)
    }

    private func signature(of nonce: String) -> String {
        Self.hex(HMACSHA256.authenticationCode(for: Array(nonce.utf8), key: secret))
    }

    static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        var difference: UInt8 = 0
        for index in x.indices { difference |= x[index] ^ y[index] }
        return difference == 0
    }

    static func randomBytes(_ count: Int, using generator: inout some RandomNumberGenerator) -> [UInt8] {
        (0..<count).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
    }

    static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
