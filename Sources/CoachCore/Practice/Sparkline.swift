/// A row of block characters for a series of numbers, for the terminal.
public enum Sparkline {
    static let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// `nil` values (no data that day) print as a space; the scale runs from `low` to `high`.
    public static func render(_ values: [Double?], low: Double? = nil, high: Double? = nil) -> String {
        let present = values.compactMap { $0 }
        guard let minimum = low ?? present.min(), let maximum = high ?? present.max() else {
            return String(repeating: " ", count: values.count)
        }
        let span = maximum - minimum
        return String(values.map { value -> Character in
            guard let value else { return " " }
            guard span > 0 else { return blocks[blocks.count / 2] }
            let position = Int(((value - minimum) / span * Double(blocks.count - 1)).rounded())
            return blocks[max(0, min(blocks.count - 1, position))]
        })
    }
}
