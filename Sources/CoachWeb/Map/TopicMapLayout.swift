import CoachCore
import Foundation

/// A deterministic layout of the topic map: topics evenly on an outer circle in catalog order
/// (so the decades sit together), bridge concepts on an inner circle, each near the topics it
/// links, evenly spaced in that order. The same content always draws the same picture.
struct TopicMapLayout: Sendable {
    struct Point: Sendable, Equatable {
        var x: Double
        var y: Double
    }

    struct TopicNode: Sendable {
        var topic: Topic
        var point: Point
        /// Radians, clockwise from 12 o'clock being -π/2.
        var angle: Double
    }

    struct BridgeNode: Sendable {
        var bridge: Bridge
        var point: Point
        var angle: Double
    }

    enum EdgeKind: String, Sendable {
        /// A bridge concept and a topic it shows up in.
        case bridge
        /// Topics the catalog lists as related.
        case related
        /// Topics that imported notes refer to each other by.
        case notes
    }

    struct Edge: Sendable {
        var kind: EdgeKind
        /// The ids of the two ends (`t39`, `b-cross-entropy`), for highlighting.
        var ends: (String, String)
        var from: Point
        var to: Point
        /// Where a curved edge bends towards; nil for a straight one.
        var control: Point?
    }

    static let size = 1000.0
    static let topicRadius = 360.0
    static let bridgeRadius = 190.0

    var topics: [TopicNode] = []
    var bridges: [BridgeNode] = []
    var edges: [Edge] = []

    init(library: ContentLibrary) {
        let center = Point(x: Self.size / 2, y: Self.size / 2)
        let count = max(library.topics.count, 1)
        var byNumber: [String: TopicNode] = [:]
        for (index, topic) in library.topics.enumerated() {
            let angle = -Double.pi / 2 + 2 * Double.pi * Double(index) / Double(count)
            let node = TopicNode(topic: topic, point: Self.polar(center, Self.topicRadius, angle), angle: angle)
            topics.append(node)
            byNumber[topic.number] = node
        }

        // Bridges: the circular mean of their topics' angles, then spread evenly in that order.
        let wanted = library.bridges.enumerated().map { index, bridge -> (Bridge, Double) in
            let angles = bridge.links.compactMap { byNumber[$0.topic]?.angle }
            let x = angles.map(cos).reduce(0, +), y = angles.map(sin).reduce(0, +)
            let fallback = 2 * Double.pi * Double(index) / Double(max(library.bridges.count, 1))
            return (bridge, abs(x) + abs(y) < 1e-9 ? fallback : atan2(y, x))
        }.sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0.id < $1.0.id }
        let slots = max(wanted.count, 1)
        let step = 2 * Double.pi / Double(slots)
        // The rotation that keeps evenly spaced slots closest to where each bridge wants to be.
        let offsets = wanted.enumerated().map { index, item in item.1 - step * Double(index) }
        let offset = atan2(offsets.map(sin).reduce(0, +), offsets.map(cos).reduce(0, +))
        for (index, item) in wanted.enumerated() {
            let angle = offset + step * Double(index)
            let node = BridgeNode(bridge: item.0, point: Self.polar(center, Self.bridgeRadius, angle), angle: angle)
            bridges.append(node)
            for link in item.0.links {
                if let topic = byNumber[link.topic] {
                    edges.append(Edge(kind: .bridge, ends: (Self.nodeID(bridge: item.0.id), Self.nodeID(topic: link.topic)), from: node.point, to: topic.point))
                }
            }
        }

        // Related topics and links from notes: chords bent towards the centre, each pair once.
        var seen = Set<String>()
        func chord(_ a: String, _ b: String, _ kind: EdgeKind) {
            guard a != b, let first = byNumber[a], let second = byNumber[b] else { return }
            let key = a < b ? "\(a)-\(b)" : "\(b)-\(a)"
            guard seen.insert(key).inserted else { return }
            let middle = Point(x: (first.point.x + second.point.x) / 2, y: (first.point.y + second.point.y) / 2)
            let control = Point(x: center.x + (middle.x - center.x) * 0.35, y: center.y + (middle.y - center.y) * 0.35)
            edges.append(Edge(kind: kind, ends: (Self.nodeID(topic: a), Self.nodeID(topic: b)), from: first.point, to: second.point, control: control))
        }
        // Each topic's closest few only: every related pair would hide the picture in lines.
        for topic in library.topics {
            for other in topic.related.prefix(Self.relatedPerTopic) { chord(topic.number, other, .related) }
        }
        for link in library.topicLinks { chord(link.from, link.to, .notes) }
    }

    static let relatedPerTopic = 3

    static func nodeID(topic number: String) -> String { "t" + number }
    static func nodeID(bridge id: String) -> String { "b-" + id }

    static func polar(_ center: Point, _ radius: Double, _ angle: Double) -> Point {
        Point(x: center.x + radius * cos(angle), y: center.y + radius * sin(angle))
    }
}
