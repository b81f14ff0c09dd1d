/// Where the scheduler's fuzz draws its randomness. The scheduler asks for randomness only when
/// fuzzing is on and an interval is long enough to fuzz, so with fuzz off none is ever drawn.
public protocol RandomSource: RandomNumberGenerator, Sendable {}

extension SystemRandomNumberGenerator: RandomSource {}

/// A reproducible source: the same seed gives the same draws on every machine and run, which
/// makes fuzzed schedules testable and replays repeatable. SplitMix64 (Steele, Lea and Flood,
/// 2014): tiny, fast, and good enough to spread intervals by a few days.
public struct SeededRandomSource: RandomSource {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }
}
