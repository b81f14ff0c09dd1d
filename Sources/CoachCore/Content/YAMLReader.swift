import Foundation
import Yams

/// Reads YAML content files and turns every problem into a `ContentIssue` with file and line,
/// so one bad entry costs that entry only, never the whole pack.
struct YAMLReader {
    /// The file's name as shown in messages, relative to its pack.
    let file: String
    private(set) var issues: [ContentIssue] = []
    /// The parsed document, kept so a second list can be read from the same file.
    var root: Node?

    /// Only integers and nulls get tags: every other scalar is text ("no" stays "no"), and
    /// resolving fewer tags keeps start-up fast, as each rule is a regular expression.
    static let resolver = Resolver.basic.appending(.int).appending(.null)

    init(file: String) {
        self.file = file
    }

    /// Parses `text` into a node tree; nil (with an issue) when the YAML is malformed.
    mutating func parse(_ text: String) -> Node? {
        do {
            guard let node = try Yams.compose(yaml: text, Self.resolver) else {
                issues.append(ContentIssue(.error, file: file, line: 1, "file is empty"))
                return nil
            }
            return node
        } catch let error as YamlError {
            issues.append(Self.issue(for: error, file: file))
            return nil
        } catch {
            issues.append(ContentIssue(.error, file: file, line: nil, "could not read YAML: \(error)"))
            return nil
        }
    }

    /// Decodes the whole node as `T`.
    mutating func decode<T: Decodable>(_ type: T.Type, from node: Node) -> T? {
        do {
            return try YAMLDecoder().decode(type, from: node)
        } catch let error as DecodingError {
            issues.append(Self.issue(for: error, in: node, file: file))
            return nil
        } catch {
            issues.append(ContentIssue(.error, file: file, line: node.mark?.line, "\(error)"))
            return nil
        }
    }

    /// Decodes each element of the sequence under `key` on its own, keeping the good ones.
    mutating func decodeList<T: Decodable>(_ type: T.Type, key: String, from root: Node) -> [(T, line: Int?)] {
        guard let mapping = root.mapping else {
            issues.append(ContentIssue(.error, file: file, line: root.mark?.line, "expected a mapping with a '\(key)' list at the top"))
            return []
        }
        guard let listNode = mapping[key] else {
            issues.append(ContentIssue(.error, file: file, line: root.mark?.line, "missing top-level '\(key)' list"))
            return []
        }
        guard let sequence = listNode.sequence else {
            issues.append(ContentIssue(.error, file: file, line: listNode.mark?.line, "'\(key)' must be a list"))
            return []
        }
        var items: [(T, line: Int?)] = []
        for element in sequence {
            if let item = decode(type, from: element) {
                items.append((item, element.mark?.line))
            }
        }
        return items
    }

    mutating func report(_ severity: ContentIssue.Severity, line: Int?, _ message: String) {
        issues.append(ContentIssue(severity, file: file, line: line, message))
    }

    static func issue(for error: YamlError, file: String) -> ContentIssue {
        switch error {
        case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
            return ContentIssue(.error, file: file, line: mark.line, "malformed YAML: \(problem) (column \(mark.column))")
        default:
            return ContentIssue(.error, file: file, line: nil, "malformed YAML: \(error)")
        }
    }

    /// Names the field that failed and the line of the deepest node on its path.
    static func issue(for error: DecodingError, in root: Node, file: String) -> ContentIssue {
        let path: [CodingKey]
        let message: String
        switch error {
        case let .keyNotFound(key, context):
            path = context.codingPath
            message = "missing field '\(key.stringValue)'"
        case let .typeMismatch(type, context):
            path = context.codingPath
            message = "field '\(Self.describe(path))' should be \(Self.describe(type))"
        case let .valueNotFound(type, context):
            path = context.codingPath
            message = "field '\(Self.describe(path))' is empty; expected \(Self.describe(type))"
        case let .dataCorrupted(context):
            path = context.codingPath
            message = "field '\(Self.describe(path))': \(context.debugDescription)"
        @unknown default:
            path = []
            message = "\(error)"
        }
        return ContentIssue(.error, file: file, line: line(of: path, in: root), message)
    }

    static func line(of path: [CodingKey], in root: Node) -> Int? {
        var node = root
        var line = root.mark?.line
        for key in path {
            let next: Node?
            if let index = key.intValue, let sequence = node.sequence, index < sequence.count {
                next = sequence[index]
            } else {
                next = node.mapping?[key.stringValue]
            }
            guard let found = next else { break }
            node = found
            line = found.mark?.line ?? line
        }
        return line
    }

    private static func describe(_ path: [CodingKey]) -> String {
        path.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }
            .joined()
            .trimmingCharacters(in: CharacterSet(charactersIn: "."))
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: return "text"
        case is Int.Type: return "a whole number"
        case is [String].Type: return "a list of text"
        default: return "\(type)"
        }
    }
}
