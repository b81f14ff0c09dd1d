import ArgumentParser
import CoachCore
import CoachWeb
import Foundation
import Hummingbird
import Logging

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the web app on this machine.",
        discussion: """
            Serves the coach's pages and its JSON API (see docs/API.md) on 127.0.0.1 by default. The \
            app can read any folder the server can (the Import page), so bind it to another address \
            only on a network you trust. --port 0 picks a free port. Stops on Ctrl+C.
            """)

    @Option(help: "The address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on (0 picks a free one).")
    var port = 8080

    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        if !(0...65535).contains(port) { throw ValidationError("--port must be between 0 and 65535") }
        if host.isEmpty { throw ValidationError("--host must not be empty") }
    }

    func run() async throws {
        let dependencies: AppDependencies
        do {
            dependencies = try AppDependencies(builtin: try Builtin.pack(), database: try database.open())
        } catch let failure as CoachFailure {
            throw failure
        } catch {
            throw CoachFailure.content("cannot load the content: \(error)")
        }
        if !Self.isLoopback(host) {
            Terminal.error("""
                warning: listening on \(host), not on this machine only. Anyone who can reach it can use the coach \
                and make it import any folder it can read. Use --host 127.0.0.1 unless you mean this.
                """)
        }
        var logger = Logger(label: "coach.serve")
        logger.logLevel = ProcessInfo.processInfo.environment["LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? .warning
        let host = self.host
        let databasePath = database.resolvedPath
        let app = buildApplication(
            dependencies: dependencies,
            configuration: ApplicationConfiguration(address: .hostname(host, port: port), serverName: "coach"),
            logger: logger,
            onServerRunning: { boundPort in
                let port = boundPort ?? 0
                let shown = host.contains(":") ? "[\(host)]" : host
                // Written straight to the file descriptor so scripts reading the URL see it at once.
                FileHandle.standardOutput.write(Data("Interview Coach is running at http://\(shown):\(port)/  (database: \(databasePath); Ctrl+C stops it)\n".utf8))
            })
        do {
            try await app.runService()
        } catch {
            throw CoachFailure.usage("cannot serve on \(host):\(port): \(error)")
        }
    }

    static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host == "::1" || host == "[::1]" || host.hasPrefix("127.")
    }
}
