/// Checks a loaded pack for what the YAML decoder cannot see: references between files,
/// duplicates, and the counts the pack format asks for.
struct PackValidator {
    /// Topics that exist besides the pack's own.
    var catalog: [Topic]

    func check(_ pack: Pack) -> [ContentIssue] {
        var issues: [ContentIssue] = []
        let known = Set(catalog.map(\.number) + pack.topics.map(\.number))

        var seenNumbers: [String: String] = [:]
        for topic in pack.topics {
            let file = "topics/\(topic.number)-\(topic.slug).yaml"
            if !Self.isCatalogNumber(topic.number) {
                issues.append(ContentIssue(.error, file: file, line: 1, "topic number '\(topic.number)' must be two digits"))
            }
            if let other = seenNumbers[topic.number] {
                issues.append(ContentIssue(.error, file: file, line: 1, "topic \(topic.number) is defined twice (also as '\(other)')"))
            }
            seenNumbers[topic.number] = topic.slug
            if topic.summary.isEmpty {
                issues.append(ContentIssue(.error, file: file, line: nil, "summary is empty"))
            }
            if !(8...20).contains(topic.concepts.count) {
                issues.append(ContentIssue(.warning, file: file, line: nil, "has \(topic.concepts.count) concepts; 8 to 20 are expected"))
            }
            var terms = Set<String>()
            for concept in topic.concepts {
                let key = concept.term.lowercased()
                if concept.term.trimmed().isEmpty {
                    issues.append(ContentIssue(.error, file: file, line: nil, "a concept has an empty term"))
                } else if !terms.insert(key).inserted {
                    issues.append(ContentIssue(.warning, file: file, line: nil, "concept '\(concept.term)' is listed twice"))
                }
            }
            for number in topic.related where !known.contains(number) || number == topic.number {
                issues.append(ContentIssue(.error, file: file, line: nil, "related topic '\(number)' is not in the catalog or is the topic itself"))
            }
        }

        for archetype in pack.archetypes {
            if archetype.framework.isEmpty {
                issues.append(ContentIssue(.error, file: "archetypes.yaml", line: nil, "archetype '\(archetype.id.rawValue)' has no framework steps"))
            }
            if archetype.examples.count < 5 {
                issues.append(ContentIssue(.warning, file: "archetypes.yaml", line: nil, "archetype '\(archetype.id.rawValue)' has \(archetype.examples.count) examples; at least 5 are expected"))
            }
        }
        issues += duplicates(pack.archetypes.map(\.id.rawValue), what: "archetype", file: "archetypes.yaml")
        issues += duplicates(pack.moves.map(\.id.rawValue), what: "move", file: "moves.yaml")
        issues += duplicates(pack.failureModes.map(\.id.rawValue), what: "failure mode", file: "failure_modes.yaml")
        issues += duplicates(pack.bridges.map(\.id), what: "bridge", file: "bridges.yaml")

        for bridge in pack.bridges {
            for link in bridge.links where !known.contains(link.topic) {
                issues.append(ContentIssue(.error, file: "bridges.yaml", line: nil, "bridge '\(bridge.id)' links unknown topic '\(link.topic)'"))
            }
        }
        for area in pack.cheatsheet {
            for number in area.topics where !known.contains(number) {
                issues.append(ContentIssue(.error, file: "cheatsheet.yaml", line: nil, "area '\(area.id)' names unknown topic '\(number)'"))
            }
        }

        var questionIDs = Set<String>()
        for question in pack.questions {
            let file = question.source.file
            let line = question.source.line
            if !questionIDs.insert(question.id).inserted {
                issues.append(ContentIssue(.error, file: file, line: line, "question id '\(question.id)' is used twice"))
            }
            if question.topics.isEmpty {
                issues.append(ContentIssue(.error, file: file, line: line, "question '\(question.id)' has no topics"))
            }
            for number in question.topics where !known.contains(number) {
                issues.append(ContentIssue(.error, file: file, line: line, "question '\(question.id)' names unknown topic '\(number)'"))
            }
            if let difficulty = question.difficulty, !(1...5).contains(difficulty) {
                issues.append(ContentIssue(.error, file: file, line: line, "question '\(question.id)': difficulty must be 1 to 5"))
            }
            if question.keyPoints.contains(where: { $0.text.trimmed().isEmpty }) {
                issues.append(ContentIssue(.error, file: file, line: line, "question '\(question.id)' has an empty key point"))
            }
        }
        return issues
    }

    static func isCatalogNumber(_ text: String) -> Bool {
        text.count == 2 && text.allSatisfy(\.isASCII) && text.allSatisfy(\.isNumber)
    }

    private func duplicates(_ ids: [String], what: String, file: String) -> [ContentIssue] {
        var seen = Set<String>()
        return ids.filter { !seen.insert($0).inserted }
            .map { ContentIssue(.error, file: file, line: nil, "\(what) '\($0)' is defined twice") }
    }
}
