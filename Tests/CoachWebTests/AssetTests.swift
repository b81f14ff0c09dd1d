import CoachWeb
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@Suite struct AssetTests {
    @Test func assetsAreServedWithTheirContentTypes() async throws {
        let app = try TestSupport.app()
        try await app.test(.router) { client in
            for (name, type) in [("coach.css", "text/css; charset=utf-8"), ("coach.js", "text/javascript; charset=utf-8"), ("favicon.svg", "image/svg+xml")] {
                try await client.execute(uri: "/assets/\(name)", method: .get) { response in
                    #expect(response.status == .ok, "\(name)")
                    #expect(response.headers[.contentType] == type)
                    #expect(response.body.readableBytes > 0)
                    #expect(response.headers[.setCookie] == nil)
                }
            }
        }
    }

    @Test func pagesLinkVersionedAssetsThatAreCachedForGood() async throws {
        let app = try TestSupport.app()
        let path = AssetTable.shared.path("coach.css")
        #expect(path.hasPrefix("/assets/coach.css?v="))
        try await app.test(.router) { client in
            try await client.execute(uri: "/", method: .get) { response in
                #expect(String(buffer: response.body).contains(path))
            }
            try await client.execute(uri: path, method: .get) { response in
                #expect(response.headers[.cacheControl]?.contains("immutable") == true)
                let etag = try #require(response.headers[.eTag])
                try await client.execute(uri: path, method: .get, headers: [.ifNoneMatch: etag]) { response in
                    #expect(response.status == .notModified)
                }
            }
        }
    }

    @Test func unknownAndTraversingPathsAre404() async throws {
        let app = try TestSupport.app()
        try await app.test(.router) { client in
            for uri in ["/assets/nope.css", "/assets/../Package.swift", "/assets/..%2F..%2FPackage.swift", "/assets/%2e%2e/%2e%2e/Package.swift",
                        "/assets/Assets/coach.css", "/assets/", "/assets/coach.css/..", "/assets/..\\coach.css", "/Assets/coach.css"] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .notFound, "\(uri)")
                }
            }
        }
    }
}
