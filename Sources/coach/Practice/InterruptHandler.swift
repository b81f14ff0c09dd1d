import Foundation

/// Turns Ctrl-C into a clean end: the handler prints what the session did and exits. Every
/// finished line of an answer is already in the database, so nothing typed is lost.
enum InterruptHandler {
    nonisolated(unsafe) private static var source: DispatchSourceSignal?

    static func install(_ handler: @escaping @Sendable () -> Void) {
        signal(SIGINT, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        source.setEventHandler {
            handler()
            exit(130)
        }
        source.resume()
        self.source = source
    }
}
