/// The shapes of the YAML files of a pack (see docs/PACK_FORMAT.md). Optional fields default
/// here, so the model types stay strict.
enum PackFiles {
    struct TopicFile: Decodable {
        var number: CatalogNumber
        var slug: String
        var title: String
        var summary: String
        var related: [CatalogNumber]?
        var concepts: [ConceptEntry]
    }

    struct ConceptEntry: Decodable {
        var term: String
        var abbreviations: [String]?
        var synonyms: [String]?

        var concept: Concept {
            Concept(term: term, abbreviations: abbreviations ?? [], synonyms: synonyms ?? [])
        }
    }

    struct ArchetypeEntry: Decodable {
        var id: String
        var name: String
        var summary: String
        var cues: [String]
        var framework: [FrameworkStep]
        var examples: [String]
    }

    struct MoveEntry: Decodable {
        var id: String
        var name: String
        var what: String
        var why: String
        var phrases: [String]
        var example: String
    }

    struct FailureModeEntry: Decodable {
        var id: String
        var name: String
        var description: String
        var advice: String
        var archetypes: [String]?
        var example: BeforeAfter
    }

    struct GotchaEntry: Decodable {
        var question: String
        var wrong: String
        var better: String
        var advice: String
        var archetypes: [String]?
        var example: BeforeAfter
    }

    struct BridgeEntry: Decodable {
        var id: String
        var name: String
        var aliases: [String]?
        var summary: String
        var links: [BridgeLinkEntry]
    }

    struct BridgeLinkEntry: Decodable {
        var topic: CatalogNumber
        var how: String
    }

    struct QuestionEntry: Decodable {
        var id: String
        var text: String
        var archetype: String
        var topics: [CatalogNumber]
        var kind: String?
        var difficulty: Int?
        var reference: String?
        var keyPoints: [KeyPointEntry]?
        var outline: [OutlineEntry]?
        var followUps: [String]?

        enum CodingKeys: String, CodingKey {
            case id, text, archetype, topics, kind, difficulty, reference, outline
            case keyPoints = "key_points"
            case followUps = "follow_ups"
        }
    }

    struct KeyPointEntry: Decodable {
        var text: String
        var synonyms: [String]?
    }

    struct OutlineEntry: Decodable {
        var move: String
        var text: String
    }
}

/// A two-digit catalog number, accepting `"05"` and the `5` YAML reads from an unquoted `05`.
struct CatalogNumber: Decodable, Hashable {
    var value: String

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(Int.self) {
            value = number < 10 ? "0\(number)" : String(number)
        } else {
            value = CatalogNumber.normalize(try container.decode(String.self))
        }
    }

    static func normalize(_ text: String) -> String {
        let trimmed = text.trimmed()
        return trimmed.count == 1 && trimmed.allSatisfy(\.isNumber) ? "0" + trimmed : trimmed
    }
}

import Foundation
