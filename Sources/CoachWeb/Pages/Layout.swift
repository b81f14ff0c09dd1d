import CoachCore

/// The one page layout: skip link, header with the site name and navigation, main, footer.
enum Layout {
    static func page(title: String, current: NavItem?, assets: AssetTable = .shared, @HTMLBuilder content: () -> HTML) -> HTML {
        H.document(lang: "en") {
            H.head {
                H.meta(Attribute("charset", "utf-8"))
                H.meta(.name("viewport"), Attribute("content", "width=device-width, initial-scale=1"))
                H.meta(.name("color-scheme"), Attribute("content", "light dark"))
                H.title(title == "Interview Coach" ? title : "\(title) · Interview Coach")
                H.link(Attribute("rel", "stylesheet"), .href(assets.path("coach.css")))
                H.link(Attribute("rel", "icon"), .type("image/svg+xml"), .href(assets.path("favicon.svg")))
                H.script(.src(assets.path("coach.js")), .flag("defer"))
            }
            H.body {
                H.a(.class("skip-link"), .href("#main")) { "Skip to main content" }
                header(current: current)
                H.main(.id("main"), Attribute("tabindex", "-1")) { content() }
                H.footer(.class("site-footer")) {
                    H.p {
                        "Interview Coach \(CoachVersion.current) · runs on this machine; nothing you type leaves it. "
                        H.a(.href("/api/topics")) { "JSON API" }
                    }
                }
            }
        }
    }

    static func header(current: NavItem?) -> HTML {
        H.header(.class("site-header")) {
            H.div(.class("bar")) {
                H.a(.class("brand"), .href("/")) {
                    H.span(.class("brand-mark"), Attribute("aria-hidden", "true")) { "◆" }
                    " Interview Coach"
                }
                H.nav(.ariaLabel("Main")) {
                    H.ul {
                        for item in NavItem.allCases {
                            if item == current {
                                H.li { H.a(.href(item.path), Attribute("aria-current", "page")) { item.title } }
                            } else {
                                H.li { H.a(.href(item.path)) { item.title } }
                            }
                        }
                    }
                }
            }
        }
    }

    /// The hidden field every form carries; `CSRFMiddleware` checks it against the cookie.
    static func csrfField(_ token: String) -> HTML {
        H.input(.type("hidden"), .name(CSRFTokens.fieldName), .value(token))
    }
}
