import Hummingbird

/// A rendered page as a response: UTF-8 HTML, never cached (pages carry CSRF tokens).
struct HTMLPage: ResponseGenerator {
    var html: HTML
    var status: HTTPResponse.Status = .ok

    init(_ html: HTML, status: HTTPResponse.Status = .ok) {
        self.html = html
        self.status = status
    }

    func response(from request: Request, context: some RequestContext) -> Response {
        var buffer = ByteBuffer()
        buffer.writeString(html.rendered)
        return Response(status: status, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
                        body: .init(byteBuffer: buffer))
    }
}
