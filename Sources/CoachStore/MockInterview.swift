/// A mock interview with its attempts, in the order they were started.
public struct MockInterview: Sendable, Equatable {
    public var record: MockInterviewRecord
    public var attempts: [AttemptRecord]
}
