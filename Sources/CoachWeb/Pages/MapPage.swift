import CoachCore
import Foundation

/// `/map`: the topics, the bridge concepts and the links between them, drawn on the server as
/// SVG; every node is a link. A list of the same bridges follows for reading without the picture.
enum MapPage {
    static func render(library: ContentLibrary) -> HTML {
        let layout = TopicMapLayout(library: library)
        return Layout.page(title: "Map", current: .map) {
            H.h1 { "Map of the topics" }
            H.p(.class("lead")) {
                "Topics sit on the outer ring in catalog order; the bridge concepts that tie them together sit inside. "
                "Lines join a bridge to the topics it appears in; faint curves join related topics."
            }
            H.div(.class("map-frame")) { svg(layout) }
            legend()
            bridgeList(layout, library: library)
        }
    }

    static func svg(_ layout: TopicMapLayout) -> HTML {
        let size = TopicMapLayout.size
        return SVG.svg(.class("topic-map"), Attribute("viewBox", "-110 -75 \(n(size + 220)) \(n(size + 150))"), .role("group"),
                       .ariaLabelledBy("map-title map-desc")) {
            SVG.title("Map of \(layout.topics.count) topics and \(layout.bridges.count) bridge concepts", .id("map-title"))
            SVG.desc("Each topic and bridge is a link; the list below the map gives the same connections as text.", .id("map-desc"))
            SVG.g(.class("edges"), Attribute("aria-hidden", "true")) {
                for edge in layout.edges where edge.kind != .bridge { edgePath(edge) }
                for edge in layout.edges where edge.kind == .bridge { edgePath(edge) }
            }
            SVG.g(.class("bridges")) {
                for node in layout.bridges { bridgeNode(node) }
            }
            SVG.g(.class("topics")) {
                for node in layout.topics { topicNode(node) }
            }
        }
    }

    static func edgePath(_ edge: TopicMapLayout.Edge) -> HTML {
        if let control = edge.control {
            return SVG.path(.class("edge edge-\(edge.kind.rawValue)"), Attribute("data-ends", "\(edge.ends.0) \(edge.ends.1)"),
                            Attribute("d", "M\(n(edge.from.x)) \(n(edge.from.y)) Q\(n(control.x)) \(n(control.y)) \(n(edge.to.x)) \(n(edge.to.y))"))
        }
        return SVG.line(.class("edge edge-\(edge.kind.rawValue)"), Attribute("data-ends", "\(edge.ends.0) \(edge.ends.1)"), Attribute("x1", n(edge.from.x)), Attribute("y1", n(edge.from.y)),
                        Attribute("x2", n(edge.to.x)), Attribute("y2", n(edge.to.y)))
    }

    static func topicNode(_ node: TopicMapLayout.TopicNode) -> HTML {
        let topic = node.topic
        let decade = topic.number.first.map(String.init) ?? "x"
        let degrees = node.angle * 180 / .pi
        let leftSide = cos(node.angle) < -1e-9
        let label = TopicMapLayout.polar(node.point, 20, node.angle)
        let rotation = leftSide ? degrees + 180 : degrees
        return SVG.a(.href(Paths.topic(topic)), .class("node topic-node"), .ariaLabel("\(topic.number) \(topic.title)"),
                     Attribute("data-node", TopicMapLayout.nodeID(topic: topic.number))) {
            SVG.title("\(topic.number) \(topic.title)")
            SVG.circle(.class("dot decade-\(decade)"), Attribute("cx", n(node.point.x)), Attribute("cy", n(node.point.y)), Attribute("r", "14"))
            SVG.text(.class("dot-label"), Attribute("x", n(node.point.x)), Attribute("y", n(node.point.y)),
                     Attribute("text-anchor", "middle"), Attribute("dominant-baseline", "central"), content: topic.number)
            SVG.text(.class("node-label"), Attribute("x", n(label.x)), Attribute("y", n(label.y)),
                     Attribute("text-anchor", leftSide ? "end" : "start"), Attribute("dominant-baseline", "central"),
                     Attribute("transform", "rotate(\(n(rotation)) \(n(label.x)) \(n(label.y)))"), content: Self.label(topic.title))
        }
    }

    static func bridgeNode(_ node: TopicMapLayout.BridgeNode) -> HTML {
        let bridge = node.bridge
        let inward = TopicMapLayout.polar(node.point, -14, node.angle)
        let leftSide = cos(node.angle) < -1e-9
        let degrees = node.angle * 180 / .pi
        let rotation = leftSide ? degrees + 180 : degrees
        return SVG.a(.href("#bridge-" + Paths.segment(bridge.id)), .class("node bridge-node"), .ariaLabel("Bridge: \(bridge.name)"),
                     Attribute("data-node", TopicMapLayout.nodeID(bridge: bridge.id))) {
            SVG.title("Bridge: \(bridge.name) (\(bridge.links.count) topics)")
            SVG.rect(.class("diamond"), Attribute("x", n(node.point.x - 8)), Attribute("y", n(node.point.y - 8)), Attribute("width", "16"),
                     Attribute("height", "16"), Attribute("transform", "rotate(45 \(n(node.point.x)) \(n(node.point.y)))"))
            SVG.text(.class("bridge-label"), Attribute("x", n(inward.x)), Attribute("y", n(inward.y)),
                     Attribute("text-anchor", leftSide ? "start" : "end"), Attribute("dominant-baseline", "central"),
                     Attribute("transform", "rotate(\(n(rotation)) \(n(inward.x)) \(n(inward.y)))"), content: label(bridge.name))
        }
    }

    static func legend() -> HTML {
        H.ul(.class("legend"), .ariaLabel("Legend")) {
            H.li { H.span(.class("swatch swatch-topic"), Attribute("aria-hidden", "true")) { "" }; " topic (colour by decade of its number)" }
            H.li { H.span(.class("swatch swatch-bridge"), Attribute("aria-hidden", "true")) { "" }; " bridge concept" }
            H.li { H.span(.class("swatch swatch-related"), Attribute("aria-hidden", "true")) { "" }; " related topics" }
            H.li { H.span(.class("swatch swatch-notes"), Attribute("aria-hidden", "true")) { "" }; " linked in your notes" }
        }
    }

    static func bridgeList(_ layout: TopicMapLayout, library: ContentLibrary) -> HTML {
        H.section(.class("panel"), .ariaLabelledBy("bridge-list-heading")) {
            H.h2(.id("bridge-list-heading")) { "Bridges" }
            H.dl(.class("bridge-list")) {
                for node in layout.bridges.sorted(by: { $0.bridge.name < $1.bridge.name }) {
                    H.dt(.id("bridge-" + Paths.segment(node.bridge.id)), Attribute("tabindex", "-1")) { node.bridge.name }
                    H.dd {
                        H.p { node.bridge.summary }
                        H.p(.class("muted")) {
                            "Links: "
                            HTML.joined(node.bridge.links.map { AskPage.topicLink($0.topic, library: library) }, separator: ", ")
                        }
                    }
                }
            }
        }
    }

    /// A name short enough for the ring: without its parenthesis, and when still long, cut at its
    /// first clause ("Calibration and cost-sensitive decisions" → "Calibration").
    static func label(_ name: String, limit: Int = 24) -> String {
        var head = name
        if let range = head.range(of: " ("), range.lowerBound > head.startIndex { head = String(head[..<range.lowerBound]) }
        if head.count > limit {
            for separator in [", ", " and ", ": "] {
                if let range = head.range(of: separator), head.distance(from: head.startIndex, to: range.lowerBound) >= 10 {
                    head = String(head[..<range.lowerBound])
                    break
                }
            }
        }
        return short(head, limit: limit)
    }

    /// Labels on the ring stay short enough not to collide.
    static func short(_ text: String, limit: Int = 24) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)).trimmingCharacters(in: .whitespaces) + "…"
    }

    /// Coordinates with at most one decimal, so the SVG stays small and stable.
    static func n(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
