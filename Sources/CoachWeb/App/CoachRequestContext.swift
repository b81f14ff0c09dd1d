import Hummingbird

/// The request context of every route: Hummingbird's core storage, the body limit, and the
/// CSRF token that `CSRFMiddleware` hands to the pages that render forms.
public struct CoachRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The token forms on this page must send back; set by `CSRFMiddleware`.
    public var csrfToken: String = ""

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
    }

    public var maxUploadSize: Int { RequestLimits.maximumBodyBytes }
}
