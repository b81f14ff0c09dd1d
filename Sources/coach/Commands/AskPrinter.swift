import CoachCore

/// The terminal view of a routing.
enum AskPrinter {
    static func print(_ routing: Routing) {
        let archetype = routing.archetype
        var headline = Terminal.bold("Archetype: ") + Terminal.accent(archetype.id.rawValue) + Terminal.dim(" (\(percent(archetype.confidence)))")
        if archetype.close {
            headline += " — also reads as " + Terminal.accent(archetype.runnerUp.id.rawValue) + Terminal.dim(" (\(percent(archetype.runnerUp.confidence)))")
        }
        Swift.print(headline)
        for note in routing.notes { Swift.print(Terminal.warn("  " + note)) }

        Swift.print("\n" + Terminal.bold("Topics to draw on"))
        for topic in routing.topics {
            let because = topic.because.isEmpty ? "" : Terminal.dim("  ← " + topic.because.joined(separator: ", "))
            Swift.print("  \(Terminal.accent(topic.number)) \(topic.title)\(because)")
        }

        Swift.print("\n" + Terminal.bold("Structure your answer") + Terminal.dim(" (subject: \(routing.subject))"))
        for (index, step) in routing.framework.enumerated() {
            Swift.print("  \(index + 1). \(Terminal.bold(step.name)): \(step.prompt)")
        }
        if !routing.bridges.isEmpty {
            Swift.print("\n" + Terminal.bold("Bridges to connect"))
            for bridge in routing.bridges {
                Swift.print("  • \(Terminal.accent(bridge.name))")
                for link in bridge.links { Swift.print(Terminal.dim("      \(link.topic): \(link.how)")) }
            }
        }
        if !routing.pitfalls.isEmpty {
            Swift.print("\n" + Terminal.bold("Pitfalls"))
            for pitfall in routing.pitfalls { Swift.print("  • \(Terminal.warn(pitfall.name)): \(pitfall.advice)") }
        }
    }

    static func percent(_ value: Double) -> String { "\(Int((value * 100).rounded()))%" }
}
