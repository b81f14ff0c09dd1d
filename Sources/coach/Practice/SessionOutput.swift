import Foundation

/// Where an interactive session talks to the user: stdout normally, stderr with `--format json`
/// so that stdout carries only the closing JSON document.
struct SessionOutput: Sendable {
    let jsonMode: Bool

    func say(_ text: String = "") {
        let data = Data((text + "\n").utf8)
        if jsonMode { FileHandle.standardError.write(data) } else { FileHandle.standardOutput.write(data) }
    }

    /// A prompt without a newline, flushed at once.
    func prompt(_ text: String) {
        let data = Data(text.utf8)
        if jsonMode { FileHandle.standardError.write(data) } else { FileHandle.standardOutput.write(data) }
    }
}
