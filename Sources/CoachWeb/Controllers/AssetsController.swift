import Hummingbird

/// `GET /assets/:name`: the CSS, the script and the icon, from the in-memory `AssetTable`.
struct AssetsController {
    let assets: AssetTable

    func addRoutes(to group: RouterGroup<CoachRequestContext>) {
        group.get(":name", use: serve)
    }

    @Sendable func serve(_ request: Request, context: CoachRequestContext) async throws -> Response {
        guard let name = context.parameters.get("name"), let asset = assets[name] else {
            throw HTTPError(.notFound, message: "There is no such file.")
        }
        let etag = "\"\(asset.version)\""
        var headers: HTTPFields = [.contentType: asset.contentType, .eTag: etag]
        // A versioned link may be cached for good; a bare one is checked each time.
        headers[.cacheControl] = request.uri.queryParameters.get("v") == asset.version ? "public, max-age=31536000, immutable" : "no-cache"
        if request.headers[.ifNoneMatch] == etag {
            return Response(status: .notModified, headers: headers)
        }
        var buffer = ByteBuffer()
        buffer.writeBytes(asset.bytes)
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: buffer))
    }
}
