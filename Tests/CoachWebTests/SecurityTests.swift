@testable import CoachWeb
import Testing

@Suite struct SecurityTests {
    func hex(_ bytes: [UInt8]) -> String { CSRFTokens.hex(bytes) }

    @Test func sha256MatchesKnownDigests() {
        #expect(hex(SHA256.hash([])) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(hex(SHA256.hash(Array("abc".utf8))) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(hex(SHA256.hash(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)))
            == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(hex(SHA256.hash([UInt8](repeating: 0x61, count: 1_000))) == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    }

    @Test func hmacMatchesRFC4231() {
        // Test cases 1, 2 and 6 (a key longer than the block).
        #expect(hex(HMACSHA256.authenticationCode(for: Array("Hi There".utf8), key: [UInt8](repeating: 0x0b, count: 20)))
            == "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7")
        #expect(hex(HMACSHA256.authenticationCode(for: Array("what do ya want for nothing?".utf8), key: Array("Jefe".utf8)))
            == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
        #expect(hex(HMACSHA256.authenticationCode(for: Array("Test Using Larger Than Block-Size Key - Hash Key First".utf8),
                                                  key: [UInt8](repeating: 0xaa, count: 131)))
            == "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54")
    }

    @Test func tokensAreSignedByThisProcessOnly() {
        let tokens = CSRFTokens(secret: [UInt8](repeating: 7, count: 32))
        let token = tokens.issue()
        #expect(tokens.isValid(token))
        #expect(tokens.accepts(cookie: token, field: token))
        #expect(!tokens.accepts(cookie: token, field: tokens.issue()))
        #expect(!tokens.accepts(cookie: nil, field: token))
        #expect(!tokens.accepts(cookie: token, field: nil))
        #expect(!CSRFTokens(secret: [UInt8](repeating: 8, count: 32)).isValid(token))
        var tampered = Array(token)
        tampered[0] = tampered[0] == "a" ? "b" : "a"
        #expect(!tokens.isValid(String(tampered)))
        #expect(!tokens.isValid(""))
        #expect(!tokens.isValid(String(token.dropLast())))
    }

    @Test func formBodiesDecodeLikeBrowsersSendThem() {
        let form = FormBody("question=Why+does+%3Cattention%3E+scale%3F&_csrf=abc.def&empty=&flag")
        #expect(form["question"] == "Why does <attention> scale?")
        #expect(form["_csrf"] == "abc.def")
        #expect(form["empty"] == "")
        #expect(form["flag"] == "")
        #expect(form["missing"] == nil)
    }
}
