import Foundation
import Hummingbird

/// A JSON response encoded exactly as the command line's `--format json` (keys sorted, slashes
/// unescaped), without the pretty-printing.
struct JSONBody<Value: Encodable>: ResponseGenerator {
    var value: Value

    init(_ value: Value) {
        self.value = value
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        var buffer = ByteBuffer()
        buffer.writeBytes(data)
        return Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8", .cacheControl: "no-store"],
                        body: .init(byteBuffer: buffer))
    }
}
