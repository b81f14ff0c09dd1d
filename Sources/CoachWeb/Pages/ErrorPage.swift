import Hummingbird

/// The page shown for a 4xx or 5xx outside the API.
enum ErrorPage {
    static func render(status: HTTPResponse.Status, message: String) -> HTML {
        Layout.page(title: status.reasonPhrase, current: nil) {
            H.section(.class("panel")) {
                H.h1 { "\(status.code) · \(status.reasonPhrase)" }
                H.p { message }
                H.p { H.a(.href("/")) { "Back to the start page" } }
            }
        }
    }

    static func defaultMessage(for status: HTTPResponse.Status) -> String {
        switch status {
        case .notFound: "There is nothing at this address."
        case .contentTooLarge: "That was more text than the coach accepts in one go."
        case .forbidden: "This request was refused."
        case .internalServerError: "Something went wrong inside the coach. The details are in the server's log."
        default: status.reasonPhrase
        }
    }
}
