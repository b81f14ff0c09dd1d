import ArgumentParser
import CoachCore
import Foundation

/// Runs the command line with the exit codes the coach promises:
/// 0 success, 1 content or data errors, 2 usage errors.
@main
enum CoachMain {
    static func main() async {
        do {
            var command = try Coach.parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let error as CoachFailure {
            Terminal.error(error.message)
            exit(error.exitCode)
        } catch {
            let code = Coach.exitCode(for: error)
            if code == .success {
                // --help and --version: print as ArgumentParser would.
                print(Coach.fullMessage(for: error))
                exit(0)
            }
            Terminal.error(Coach.fullMessage(for: error))
            exit(code == .validationFailure ? CoachFailure.usageExitCode : code.rawValue)
        }
    }
}

/// An error the coach reports itself, with its exit code.
struct CoachFailure: Error {
    static let usageExitCode: Int32 = 2
    static let contentExitCode: Int32 = 1

    var message: String
    var exitCode: Int32

    static func usage(_ message: String) -> CoachFailure { CoachFailure(message: message, exitCode: usageExitCode) }
    static func content(_ message: String) -> CoachFailure { CoachFailure(message: message, exitCode: contentExitCode) }
}
