import ArgumentParser
import CoachCore
import CoachStore
import Foundation

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

struct OutputOptions: ParsableArguments {
    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text
}

struct DatabaseOptions: ParsableArguments {
    @Option(name: .customLong("db"), help: "Database file (default: $COACH_DB, else $XDG_DATA_HOME/interview-coach/coach.sqlite).")
    var path: String?

    var resolvedPath: String { DatabaseLocation.resolve(explicit: path) }

    func open() throws -> CoachDatabase {
        do {
            return try CoachDatabase.open(path: resolvedPath)
        } catch {
            throw CoachFailure.content(error.description)
        }
    }

    /// The built-in pack merged with everything imported into this database.
    func library() throws -> ContentLibrary {
        let builtin = try Builtin.pack()
        let database = try open()
        do {
            return ContentLibrary(builtin: builtin, imported: try database.importedPacks())
        } catch {
            throw CoachFailure.content(error.description)
        }
    }
}

enum Builtin {
    /// `$XDG_CACHE_HOME/interview-coach` (`~/.cache/interview-coach` when unset).
    static func cacheDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        let base = environment["XDG_CACHE_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? ((environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()) + "/.cache")
        return URL(fileURLWithPath: base).appendingPathComponent("interview-coach")
    }

    /// The built-in pack; a problem in it is a defect of this build, reported rather than hidden.
    static func pack() throws -> Pack {
        guard let directory = PackLoader.builtinDirectory() else {
            throw CoachFailure.content("the built-in pack is missing from the bundle")
        }
        let cache = PackCache(directory: cacheDirectory())
        let result = cache.load(packDirectory: directory, id: "builtin", name: "Built-in pack") { PackLoader.loadBuiltin() }
        if let first = result.errors.first {
            throw CoachFailure.content("the built-in pack is damaged: \(first)")
        }
        return result.pack
    }
}
