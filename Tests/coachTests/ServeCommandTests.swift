import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

/// Starts `coach serve` as a user would, on a free port, and stops it again.
@Suite struct ServeCommandTests {
    /// Collects what a pipe delivers while the process runs.
    final class Output: @unchecked Sendable {
        private let lock = NSLock()
        private var data = Data()

        init(_ pipe: Pipe) {
            pipe.fileHandleForReading.readabilityHandler = { [weak self] handle in
                let chunk = handle.availableData
                guard let self else { return }
                self.lock.lock()
                self.data.append(chunk)
                self.lock.unlock()
            }
        }

        var text: String {
            lock.lock()
            defer { lock.unlock() }
            return String(decoding: data, as: UTF8.self)
        }
    }

    struct Server {
        var process: Process
        var stdout: Output
        var stderr: Output
        var url: String

        func stop() {
            process.terminate()
            process.waitUntilExit()
        }
    }

    func serve(_ arguments: String...) throws -> Server {
        let process = Process()
        process.executableURL = CommandLineTests.binary
        process.arguments = ["serve", "--port", "0"] + arguments
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("coach-serve-\(UUID().uuidString)")
        var environment = ProcessInfo.processInfo.environment
        environment["COACH_DB"] = directory.appendingPathComponent("coach.sqlite").path
        environment["XDG_CACHE_HOME"] = FileManager.default.temporaryDirectory.appendingPathComponent("coach-cli-cache").path
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let stdout = Output(out), stderr = Output(err)
        try process.run()
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline, process.isRunning {
            if let range = stdout.text.range(of: #"http://[^ ]+/"#, options: .regularExpression) {
                return Server(process: process, stdout: stdout, stderr: stderr, url: String(stdout.text[range]))
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        throw ServeFailure(stderr: stderr.text)
    }

    struct ServeFailure: Error { var stderr: String }

    @Test func servesOnLoopbackByDefaultAndAnswersHealth() async throws {
        let server = try serve()
        defer { server.stop() }
        #expect(server.url.hasPrefix("http://127.0.0.1:"))
        #expect(!server.stderr.text.contains("warning"))
        let (_, response) = try await URLSession.shared.data(from: URL(string: server.url + "health")!)
        #expect((response as? HTTPURLResponse)?.statusCode == 200)
    }

    @Test func warnsWhenListeningBeyondThisMachine() throws {
        let server = try serve("--host", "0.0.0.0")
        defer { server.stop() }
        #expect(server.stderr.text.contains("warning: listening on 0.0.0.0"))
    }

    @Test func refusesABadPort() throws {
        let run = try CommandLineTests().coach("serve", "--port", "70000")
        #expect(run.status == 2)
        #expect(run.stderr.contains("--port"))
    }
}
