import ArgumentParser
import CoachCore

struct VersionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "version", abstract: "Print the coach's version.")

    @OptionGroup var output: OutputOptions

    func run() throws {
        switch output.format {
        case .json: try Terminal.printJSON(["name": "coach", "version": CoachVersion.current])
        case .text: print(CoachVersion.current)
        }
    }
}
